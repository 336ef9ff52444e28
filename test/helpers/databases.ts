// The databases a test can run on. SQLite always; PostgreSQL when a server answers at
// DATELINE_TEST_POSTGRES_URL (default: this project's machines, 127.0.0.1:5432, database `test`).
// Without one the PostgreSQL suites are skipped with a notice, unless DATELINE_REQUIRE_SERVICES=1
// (set by .ci/run), where an unreachable server fails the run.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import {
  openPostgres,
  openSqlite,
  type DatabaseHandle,
  type DialectName,
} from '../../src/storage/dialect.ts';
import { skipWithoutService } from './services.ts';

export const POSTGRES_URL =
  process.env.DATELINE_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export const DATABASES: readonly DialectName[] = ['sqlite', 'postgres'];

let reachable: Promise<string | null> | undefined;

/** Null when PostgreSQL answers, otherwise why not. */
function postgresProblem(): Promise<string | null> {
  return (reachable ??= (async () => {
    const client = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 3000 });
    try {
      await client.connect();
      await client.query('select 1');
      return null;
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    } finally {
      await client.end().catch(() => {});
    }
  })());
}

/** For `describe(..., { skip })`: false when the database can be used here. */
export async function skipUnless(kind: DialectName): Promise<string | false> {
  if (kind === 'sqlite') return false;
  const where = new URL(POSTGRES_URL);
  return skipWithoutService(
    'PostgreSQL',
    `${where.host}${where.pathname}`,
    await postgresProblem(),
  );
}

export interface TestDatabase {
  kind: DialectName;
  handle: DatabaseHandle;
  /** For a child process: DATABASE_URL pointing at the same database (PostgreSQL only). */
  url: string | null;
  /** Closes the handle and removes the database (schema or file). */
  drop(): Promise<void>;
}

/**
 * A fresh, empty database of its own: a temporary SQLite file, or a PostgreSQL schema with a
 * random name (so test files can run in parallel on one server).
 */
export async function createTestDatabase(kind: DialectName, dir?: string): Promise<TestDatabase> {
  if (kind === 'sqlite') {
    const folder = dir ?? (await mkdtemp(path.join(tmpdir(), 'dateline-db-')));
    const handle = openSqlite(path.join(folder, 'dateline.sqlite'));
    return {
      kind,
      handle,
      url: null,
      drop: async () => {
        await handle.close();
        if (!dir) await rm(folder, { recursive: true, force: true });
      },
    };
  }
  const schema = `dateline_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: POSTGRES_URL });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const url = new URL(POSTGRES_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  const handle = openPostgres(url.toString(), { max: 5 });
  return {
    kind,
    handle,
    url: url.toString(),
    drop: async () => {
      await handle.close();
      const cleanup = new pg.Client({ connectionString: POSTGRES_URL });
      await cleanup.connect();
      await cleanup.query(`drop schema ${schema} cascade`);
      await cleanup.end();
    },
  };
}
