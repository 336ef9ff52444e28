import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { sql } from 'kysely';
import { openSqlite } from './dialect.ts';

test('SQLite keeps prepared statements: each run answers whole, after a stream and a schema change', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'dateline-dialect-'));
  const handle = openSqlite(path.join(dir, 'kept.sqlite'));
  try {
    const db = handle.db;
    await sql`create table notes (id integer primary key, body text not null)`.execute(db);
    for (let i = 1; i <= 5; i++)
      await sql`insert into notes (body) values (${`note ${i}`})`.execute(db);
    const all = () => sql<{ body: string }>`select body from notes order by id`;
    // The same SQL run again and again (from the kept statement) gives fresh, whole answers.
    for (let i = 0; i < 3; i++) assert.equal((await all().execute(db)).rows.length, 5);

    // A stream left part way (the connection is the stream's until then) frees its statement.
    const query = db
      .selectFrom('notes' as never)
      .select('body' as never)
      .orderBy('id' as never);
    const seen: string[] = [];
    for await (const row of query.stream() as AsyncIterable<{ body: string }>) {
      seen.push(row.body);
      if (seen.length === 2) break;
    }
    assert.deepEqual(seen, ['note 1', 'note 2']);
    assert.equal(((await query.execute()) as unknown[]).length, 5);

    // A schema change after a statement was kept: SQLite prepares it again by itself.
    await sql`alter table notes add column extra text`.execute(db);
    assert.equal((await all().execute(db)).rows.length, 5);
  } finally {
    await handle.close();
    await rm(dir, { recursive: true, force: true });
  }
});
