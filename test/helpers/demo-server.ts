// The demo newsroom served on a real port, for browser tests and benchmarks.
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app.ts';
import { jobHandlers } from '../../src/jobs/handlers.ts';
import { JobRunner } from '../../src/jobs/runner.ts';
import { OutboxMailer } from '../../src/mail/mailer.ts';
import { demoContent } from '../../src/demo/demo-content.ts';
import { seedDemo } from '../../src/demo/seed.ts';
import type { CommentSettings } from '../../src/domain/settings.ts';
import type { DialectName } from '../../src/storage/dialect.ts';
import { migrateToLatest } from '../../src/storage/migrate.ts';
import { createStores, type Stores } from '../../src/storage/stores.ts';
import { createTestDatabase } from './databases.ts';

export interface DemoServer {
  url: string;
  app: FastifyInstance;
  stores: Stores;
  dataDir: string;
  /** The server's clock: real time plus however far a test has moved it. */
  clock: { now(): Date; advance(ms: number): void };
  /** The job runner (scheduled publishing, mail), running as in production. */
  runner: JobRunner;
  close(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export async function startDemoServer(
  options: { comments?: Partial<CommentSettings>; database?: DialectName } = {},
): Promise<DemoServer> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'dateline-demo-'));
  const testDatabase = await createTestDatabase(options.database ?? 'sqlite', dataDir);
  const database = testDatabase.handle;
  await migrateToLatest(database);
  const stores = createStores(database);
  await seedDemo(stores, demoContent, { dataDir, now: new Date() });
  if (options.comments) await stores.settings.updateSite({ comments: options.comments });
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let offset = 0;
  const clock = {
    now: () => new Date(Date.now() + offset),
    advance(ms: number) {
      offset += ms;
      runner.nudge();
    },
  };
  const runner = new JobRunner({
    jobs: stores.jobs,
    handlers: jobHandlers({
      stores,
      mailer: new OutboxMailer(path.join(dataDir, 'outbox'), 'news@news.example.test'),
      clock: clock.now,
    }),
    clock: clock.now,
    pollMs: 1000,
  });
  const app = await buildApp({
    clock: clock.now,
    nudgeJobs: () => runner.nudge(),
    config: {
      port,
      host: '127.0.0.1',
      dataDir,
      publicUrl: url,
      trustProxy: false,
      demoContent: true,
      mailFrom: 'The Test Gazette <news@news.example.test>',
    },
    database,
  });
  await app.listen({ port, host: '127.0.0.1' });
  runner.start();
  return {
    url,
    app,
    stores,
    dataDir,
    clock,
    runner,
    close: async () => {
      await runner.stop();
      await app.close();
      await testDatabase.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
