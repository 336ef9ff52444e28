import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import type { Config } from './config.ts';
import { systemClock } from './domain/clock.ts';
import { issueOwnerSetup } from './domain/people/set-up-owner.ts';
import { demoContent } from './demo/demo-content.ts';
import { seedDemo } from './demo/seed.ts';
import { jobHandlers } from './jobs/handlers.ts';
import { ensureCommentNotificationsScheduled } from './jobs/comment-notifications.ts';
import { ensureIpRetentionScheduled } from './jobs/ip-retention.ts';
import { JobRunner } from './jobs/runner.ts';
import { createMailer } from './mail/mailer.ts';
import { openDatabase, type DatabaseHandle } from './storage/dialect.ts';
import { migrateToLatest } from './storage/migrate.ts';
import { RedisCounter } from './storage/redis-counter.ts';
import { createStores } from './storage/stores.ts';

/** Opens the database configured: PostgreSQL when a URL is set, else SQLite in the data folder. */
export async function openConfiguredDatabase(config: Config): Promise<DatabaseHandle> {
  await mkdir(path.join(config.dataDir, 'media'), { recursive: true });
  return openDatabase({
    ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : {}),
    sqliteFile: path.join(config.dataDir, 'dateline.sqlite'),
  });
}

export interface Running {
  app: FastifyInstance;
  url: string;
  close(): Promise<void>;
}

/** `dateline start`: migrate, seed an empty site, print the owner's setup link, listen. */
export async function start(
  config: Config,
  log: (line: string) => void = (l) => console.log(l),
): Promise<Running> {
  const database = await openConfiguredDatabase(config);
  const closers: (() => Promise<void>)[] = [];
  try {
    const { applied } = await migrateToLatest(database);
    if (applied.length) log(`Applied migrations: ${applied.join(', ')}`);
    const stores = createStores(database);
    if (
      config.demoContent &&
      (await seedDemo(stores, demoContent, { dataDir: config.dataDir, now: new Date() }))
    )
      log('Added the demo newsroom (set DATELINE_DEMO=0 to start empty).');

    // Background jobs (scheduled publishing, mail) run in every instance; each job runs once.
    const runner = new JobRunner({
      jobs: stores.jobs,
      handlers: jobHandlers({
        stores,
        mailer: createMailer(config),
        clock: systemClock,
        publicUrl: config.publicUrl,
      }),
      clock: systemClock,
      log: (message, error) => console.error(message, error),
    });
    // With Redis, flood control and rate limits hold across every instance; without it (or
    // while it is down) each instance counts for itself.
    const counter = config.redisUrl
      ? new RedisCounter({
          url: config.redisUrl,
          ...(config.redisPrefix ? { prefix: config.redisPrefix } : {}),
        })
      : undefined;
    if (counter) {
      log(
        (await counter.ready())
          ? `Counting limits in Redis at ${counter.where}.`
          : `Redis at ${counter.where} did not answer; counting limits in this instance until it does.`,
      );
      closers.push(() => counter.close());
    }
    const app = await buildApp({
      config,
      database,
      ...(counter ? { counter } : {}),
      logger: process.env.DATELINE_LOG === '1',
      nudgeJobs: () => runner.nudge(),
    });
    // Commenters' IPs are cut after privacy.ipRetentionDays by a daily job that books its own next
    // run; this only adds it where none is pending (a new site, or one that ran out of attempts).
    await ensureIpRetentionScheduled(stores.jobs, systemClock);
    // Mail about comments (approvals, replies, the moderators' digest) comes from two recurring
    // jobs reading the moderation log; booked here where none is pending.
    await ensureCommentNotificationsScheduled(stores, systemClock);
    const setupToken = await issueOwnerSetup({ people: stores.people, clock: systemClock });
    await app.listen({ port: config.port, host: config.host });
    runner.start();
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const url = config.publicUrl.replace(/:\d+$/, `:${port}`);
    // One message, so whoever reads the output sees the setup link with the address.
    log(
      [
        `Dateline is running at ${url} (data in ${database.describe})`,
        ...(setupToken
          ? [
              `Set up the owner account at ${url}/admin/setup/${setupToken}`,
              '  (this link works once and for 24 hours; a restart prints a new one until the owner exists)',
            ]
          : []),
      ].join('\n'),
    );
    return {
      app,
      url,
      close: async () => {
        await runner.stop();
        await app.close();
        for (const close of closers) await close();
        await database.close();
      },
    };
  } catch (error) {
    for (const close of closers) await close();
    await database.close();
    throw error;
  }
}
