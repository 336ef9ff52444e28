import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import {
  DATABASES,
  createTestDatabase,
  skipUnless,
  type TestDatabase,
} from '../../test/helpers/databases.ts';
import { openSqlite } from './dialect.ts';
import { DatabaseNewerThanCodeError, MIGRATIONS, migrateToLatest } from './migrate.ts';

for (const kind of DATABASES) {
  describe(`migrations on ${kind}`, { skip: await skipUnless(kind) }, () => {
    let database: TestDatabase;
    before(async () => {
      database = await createTestDatabase(kind);
    });
    after(() => database.drop());

    test('apply once; a second run has nothing to do', async () => {
      assert.deepEqual((await migrateToLatest(database.handle)).applied, ['0001-initial']);
      assert.deepEqual((await migrateToLatest(database.handle)).applied, []);
    });

    test('a migration that fails changes nothing', async () => {
      const broken = {
        ...MIGRATIONS,
        '0002-broken': {
          async up(db: Parameters<(typeof MIGRATIONS)['0001-initial']['up']>[0]) {
            await db.schema.createTable('half_made').addColumn('id', 'integer').execute();
            throw new Error('boom');
          },
        },
      };
      await assert.rejects(
        migrateToLatest(database.handle, broken),
        /0002-broken failed, nothing was changed: boom/,
      );
      const tables = await database.handle.db.introspection.getTables();
      const schema =
        kind === 'postgres'
          ? (await sql<{ s: string }>`select current_schema() as s`.execute(database.handle.db))
              .rows[0]!.s
          : undefined;
      assert.ok(
        !tables.some(
          (t) => t.name === 'half_made' && (schema === undefined || t.schema === schema),
        ),
      );
      const { rows } = await sql<{ name: string }>`select name from kysely_migration`.execute(
        database.handle.db,
      );
      assert.deepEqual(
        rows.map((r) => r.name),
        ['0001-initial'],
      );
    });

    test('a database migrated by a newer Dateline is refused with a clear message', async () => {
      await sql`insert into kysely_migration (name, timestamp) values ('9999-from-the-future', '2030-01-01')`.execute(
        database.handle.db,
      );
      await assert.rejects(migrateToLatest(database.handle), (error: unknown) => {
        assert.ok(error instanceof DatabaseNewerThanCodeError);
        assert.match(error.message, /9999-from-the-future/);
        assert.match(error.message, /newer version/);
        return true;
      });
    });
  });
}

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

describe(
  'migrations on PostgreSQL while others on the server come and go',
  { skip: await skipUnless('postgres') },
  () => {
    test('only this schema is read: another schema dropped meanwhile does not matter', async () => {
      const ours = await createTestDatabase('postgres');
      const others = await Promise.all(
        Array.from({ length: 3 }, () => createTestDatabase('postgres')),
      );
      try {
        for (const other of others)
          await sql`create table elsewhere (id integer primary key)`.execute(other.handle.db);
        // Other schemas are dropped while ours migrates and is read, as parallel runs do.
        const dropping = Promise.all(others.map((other) => other.drop()));
        assert.deepEqual((await migrateToLatest(ours.handle)).applied, ['0001-initial']);
        await dropping;
        const names = (await ours.handle.db.introspection.getTables()).map((t) => t.name);
        assert.ok(names.includes('comments'));
        assert.ok(!names.includes('elsewhere'), 'no table of another schema');
        assert.ok(!names.includes('kysely_migration'), 'the migrator’s own tables left out');
        const comments = (await ours.handle.db.introspection.getTables()).find(
          (t) => t.name === 'comments',
        )!;
        const id = comments.columns.find((c) => c.name === 'id')!;
        assert.deepEqual([id.isAutoIncrementing, id.isNullable], [true, false]);
      } finally {
        await ours.drop();
      }
    });
  },
);
