import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { sql } from 'kysely';
import { openSqlite } from './dialect.ts';
import { DatabaseNewerThanCodeError, migrateToLatest } from './migrate.ts';

test('migrations apply once; a second run has nothing to do', async () => {
  const database = openSqlite(':memory:');
  assert.deepEqual((await migrateToLatest(database)).applied, ['0001-initial']);
  assert.deepEqual((await migrateToLatest(database)).applied, []);
  await database.close();
});

test('a database migrated by a newer Dateline is refused with a clear message', async () => {
  const database = openSqlite(':memory:');
  await migrateToLatest(database);
  await sql`insert into kysely_migration (name, timestamp) values ('9999-from-the-future', '2030-01-01')`.execute(
    database.db,
  );
  await assert.rejects(migrateToLatest(database), (error: unknown) => {
    assert.ok(error instanceof DatabaseNewerThanCodeError);
    assert.match(error.message, /9999-from-the-future/);
    assert.match(error.message, /newer version/);
    return true;
  });
  await database.close();
});

test('the SQLite file is in WAL mode with full synchronous commits', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'dateline-wal-'));
  const database = openSqlite(path.join(dir, 'site.sqlite'));
  try {
    const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(database.db);
    assert.equal(mode.rows[0]?.journal_mode, 'wal');
    const sync = await sql<{ synchronous: number }>`pragma synchronous`.execute(database.db);
    assert.equal(sync.rows[0]?.synchronous, 2, 'FULL');
  } finally {
    await database.close();
    await rm(dir, { recursive: true, force: true });
  }
});
