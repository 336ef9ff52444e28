// A throwaway Dateline site for tests: a temporary data folder with its own SQLite database,
// migrated, holding a small newsroom, and the app built over it (not listening; use inject()).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app.ts';
import type { Config } from '../../src/config.ts';
import { doc, p, quote, h2 } from '../../src/domain/articles/document.ts';
import type { SiteSettings } from '../../src/domain/settings.ts';
import type { DatabaseHandle, DialectName } from '../../src/storage/dialect.ts';
import { migrateToLatest } from '../../src/storage/migrate.ts';
import { MemoryCounter } from '../../src/storage/memory-counter.ts';
import { createStores, type Stores } from '../../src/storage/stores.ts';
import { createFormToken } from '../../src/domain/comments/form-token.ts';
import { createTestDatabase } from './databases.ts';

export interface TestSite {
  app: FastifyInstance;
  stores: Stores;
  database: DatabaseHandle;
  dataDir: string;
  config: Config;
  /** Moves the site's clock. */
  clock: { now: Date; advance(ms: number): void };
  articles: { open: { id: number; path: string }; closed: { id: number; path: string } };
  people: { reporter: number };
  /** A comment form's signed time stamp, made well before now (as if a person took their time). */
  formToken(): string;
  close(): Promise<void>;
}

export async function createTestSite(
  options: { settings?: Partial<SiteSettings['comments']>; database?: DialectName } = {},
): Promise<TestSite> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'dateline-test-'));
  const testDatabase = await createTestDatabase(options.database ?? 'sqlite', dataDir);
  const database = testDatabase.handle;
  await migrateToLatest(database);
  const stores = createStores(database);
  const clock = {
    now: new Date('2026-11-20T12:00:00Z'),
    advance(ms: number) {
      this.now = new Date(this.now.getTime() + ms);
    },
  };
  const config: Config = {
    port: 0,
    host: '127.0.0.1',
    dataDir,
    publicUrl: 'https://news.example.test',
    trustProxy: false,
    demoContent: false,
    mailFrom: 'The Test Gazette <news@news.example.test>',
  };
  await stores.settings.updateSite({
    title: 'The Test Gazette',
    tagline: 'News for tests',
    language: 'en-GB',
    timeZone: 'Europe/London',
    comments: options.settings ?? {},
  });
  const world = await stores.articles.createSection({ slug: 'world', name: 'World' });
  const reporter = await stores.people.create({
    slug: 'ada-reporter',
    name: 'Ada Reporter',
    email: 'ada@newsroom.example.test',
    role: 'author',
    now: clock.now,
  });
  const published = new Date('2026-11-19T08:30:00Z');
  const common = {
    sectionId: world,
    status: 'published' as const,
    dateline: { place: 'Moscow', date: null },
    leadMediaId: null,
    bylines: [{ personId: reporter }],
    tags: [{ slug: 'energy', name: 'Energy' }],
    publishedAt: published,
    createdAt: published,
    updatedAt: published,
  };
  const openId = await stores.articles.create({
    ...common,
    slug: 'pipeline-talks-resume',
    headline: 'Pipeline talks resume after a week of silence',
    standfirst: 'Negotiators return to the table with winter approaching.',
    body: doc(
      p('Talks over the northern pipeline resumed on Thursday.'),
      quote(['We are here to finish this.'], 'A negotiator'),
      h2('What comes next'),
      p('A second round is planned for next week.'),
    ),
    commentsOpen: true,
  });
  const closedId = await stores.articles.create({
    ...common,
    slug: 'court-hears-appeal',
    headline: 'Court hears appeal in harbour case',
    standfirst: 'Comments are closed on court reports.',
    body: doc(p('The appeal was heard on Friday.')),
    commentsOpen: false,
  });
  const secret = await stores.settings.secret();
  const app = await buildApp({
    config,
    database,
    clock: () => clock.now,
    counter: new MemoryCounter(() => clock.now.getTime()),
  });
  return {
    app,
    stores,
    database,
    dataDir,
    config,
    clock,
    articles: {
      open: { id: openId, path: '/world/pipeline-talks-resume' },
      closed: { id: closedId, path: '/world/court-hears-appeal' },
    },
    people: { reporter },
    formToken: () => createFormToken(secret, new Date(clock.now.getTime() - 60_000)),
    close: async () => {
      await app.close();
      await testDatabase.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** A form body as a browser sends it. */
export const form = (fields: Record<string, string | number>): string =>
  new URLSearchParams(Object.entries(fields).map(([k, v]) => [k, String(v)])).toString();

export const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
