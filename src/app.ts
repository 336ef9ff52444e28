import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import fastifyFormbody from '@fastify/formbody';
import fastifyHelmet from '@fastify/helmet';
import Fastify, { type FastifyContextConfig, type FastifyInstance } from 'fastify';
import type { Config } from './config.ts';
import { systemClock, type Clock } from './domain/clock.ts';
import type { EventCounter } from './domain/counters.ts';
import type { DatabaseHandle } from './storage/dialect.ts';
import { MemoryCounter } from './storage/memory-counter.ts';
import { createStores } from './storage/stores.ts';
import { JobMailQueue } from './jobs/mail-queue.ts';
import { adminRoutes } from './web/admin/routes.ts';
import { getAssets } from './web/assets.ts';
import type { AppContext } from './web/context.ts';
import { installErrorHandlers } from './web/errors.ts';
import { cachedImageOrigins, helmetOptions } from './web/security.ts';
import { siteMediaRoutes } from './web/site/media-routes.ts';
import { siteRoutes } from './web/site/routes.ts';

export interface RouteRecord {
  method: string;
  url: string;
  config: FastifyContextConfig;
}

declare module 'fastify' {
  interface FastifyInstance {
    routeTable: RouteRecord[];
  }
}

export interface AppOptions {
  config: Config;
  database: DatabaseHandle;
  clock?: Clock;
  counter?: EventCounter;
  logger?: boolean;
  /** Called when work is queued, so a job runner in this process starts it at once. */
  nudgeJobs?: () => void;
}

/** Builds the server, ready for `listen()` or `inject()`. The database must be migrated. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const stores = createStores(options.database);
  const clock = options.clock ?? systemClock;
  const nudgeJobs = options.nudgeJobs ?? (() => {});
  const ctx: AppContext = {
    config: options.config,
    database: options.database,
    stores,
    counter: options.counter ?? new MemoryCounter(),
    clock,
    assets: await getAssets(),
    secret: await stores.settings.secret(),
    mail: new JobMailQueue(stores.jobs, clock, nudgeJobs),
    nudgeJobs,
  };

  const app = Fastify({
    logger: options.logger ? { level: 'info' } : false,
    trustProxy: options.config.trustProxy,
    // Any body beyond this is refused with 413; the comment route sets its own limit.
    bodyLimit: 1024 * 1024,
  });
  // Imported pictures left on the old site are shown from its origin; the list comes from the
  // database (an import on any instance adds to it) and is re-read at most once a minute.
  await app.register(
    fastifyHelmet,
    helmetOptions(
      options.config.publicUrl,
      cachedImageOrigins(() => stores.imports.imageOrigins()),
    ),
  );
  await app.register(fastifyCompress, { global: true, threshold: 1024 });
  await app.register(fastifyCookie);
  await app.register(fastifyFormbody);
  // Published pictures and their resized copies; kept originals are never served.
  await app.register(siteMediaRoutes, { ctx });

  // Every route with its config, so tests can walk the whole admin for every role.
  const routeTable: RouteRecord[] = [];
  app.decorate('routeTable', routeTable);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat())
      routeTable.push({ method, url: route.url, config: route.config ?? {} });
  });

  installErrorHandlers(app, ctx);
  await app.register(siteRoutes, { ctx });
  await app.register(adminRoutes, { ctx, prefix: '/admin' });
  return app;
}
