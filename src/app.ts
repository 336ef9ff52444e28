import path from 'node:path';
import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import fastifyFormbody from '@fastify/formbody';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Config } from './config.ts';
import { systemClock, type Clock } from './domain/clock.ts';
import type { EventCounter } from './domain/counters.ts';
import type { DatabaseHandle } from './storage/dialect.ts';
import { MemoryCounter } from './storage/memory-counter.ts';
import { createStores } from './storage/stores.ts';
import { adminRoutes } from './web/admin/routes.ts';
import { getAssets } from './web/assets.ts';
import type { AppContext } from './web/context.ts';
import { installErrorHandlers } from './web/errors.ts';
import { helmetOptions } from './web/security.ts';
import { siteRoutes } from './web/site/routes.ts';

export interface AppOptions {
  config: Config;
  database: DatabaseHandle;
  clock?: Clock;
  counter?: EventCounter;
  logger?: boolean;
}

/** Builds the server, ready for `listen()` or `inject()`. The database must be migrated. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const stores = createStores(options.database);
  const ctx: AppContext = {
    config: options.config,
    database: options.database,
    stores,
    counter: options.counter ?? new MemoryCounter(),
    clock: options.clock ?? systemClock,
    assets: await getAssets(),
    secret: await stores.settings.secret(),
  };

  const app = Fastify({
    logger: options.logger ? { level: 'info' } : false,
    trustProxy: options.config.trustProxy,
    // Any body beyond this is refused with 413; the comment route sets its own limit.
    bodyLimit: 1024 * 1024,
  });
  await app.register(fastifyHelmet, helmetOptions(options.config.publicUrl));
  await app.register(fastifyCompress, { global: true, threshold: 1024 });
  await app.register(fastifyCookie);
  await app.register(fastifyFormbody);
  await app.register(fastifyStatic, {
    root: path.join(options.config.dataDir, 'media'),
    prefix: '/media/',
    maxAge: '7d',
    index: false,
  });

  installErrorHandlers(app, ctx);
  await app.register(siteRoutes, { ctx });
  await app.register(adminRoutes, { ctx, prefix: '/admin' });
  return app;
}
