// Every difference between SQLite and PostgreSQL lives here. Stores, migrations and the domain
// never branch on the database; they ask this module.
import SqliteDatabase from 'better-sqlite3';
import {
  Kysely,
  sql,
  PostgresDialect,
  SqliteAdapter,
  SqliteDialect,
  type ColumnDataType,
  type CreateTableBuilder,
  type DialectAdapter,
} from 'kysely';
import pg from 'pg';
import type { Database } from './schema.ts';

export type DialectName = 'sqlite' | 'postgres';

export interface DatabaseHandle {
  db: Kysely<Database>;
  dialect: DialectName;
  /** Where it lives, for messages: a file path or a URL without its password. */
  describe: string;
  close(): Promise<void>;
}

/** SQLite can roll back DDL; Kysely's default adapter does not say so, so migrations would not run in a transaction. */
class TransactionalSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}
class TransactionalSqliteDialect extends SqliteDialect {
  override createAdapter(): DialectAdapter {
    return new TransactionalSqliteAdapter();
  }
}

export function openSqlite(file: string): DatabaseHandle {
  const sqlite = new SqliteDatabase(file);
  // WAL lets pages be read while a comment is written; synchronous=FULL makes a commit durable
  // (fsync'd) before we answer, so an accepted comment survives a crash or power cut.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({
    dialect: new TransactionalSqliteDialect({ database: sqlite }),
  });
  return { db, dialect: 'sqlite', describe: file, close: () => db.destroy() };
}

// Counters are bigints we read as numbers (they stay far below 2^53). JSON comes back as text, as
// SQLite gives it, so `readJson` parses it the same way on both (pg would otherwise hand a JSON
// string value back already parsed, indistinguishable from JSON text).
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
pg.types.setTypeParser(pg.types.builtins.JSONB, (v) => v);
pg.types.setTypeParser(pg.types.builtins.JSON, (v) => v);

export function openPostgres(url: string, options: { max?: number } = {}): DatabaseHandle {
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10 });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const safe = new URL(url);
  if (safe.password) safe.password = '***';
  return { db, dialect: 'postgres', describe: safe.toString(), close: () => db.destroy() };
}

export function openDatabase(config: { databaseUrl?: string; sqliteFile: string }): DatabaseHandle {
  return config.databaseUrl ? openPostgres(config.databaseUrl) : openSqlite(config.sqliteFile);
}

/** Column types that differ between the two databases. */
export function columnTypes(dialect: DialectName): {
  timestamp: ColumnDataType;
  json: ColumnDataType;
} {
  return dialect === 'postgres'
    ? { timestamp: 'timestamptz', json: 'jsonb' }
    : { timestamp: 'text', json: 'text' };
}

/** Adds an auto-generated integer primary key named `id`. */
export function withIdColumn<T extends string>(
  dialect: DialectName,
  table: CreateTableBuilder<T, never>,
): CreateTableBuilder<T, 'id'> {
  return dialect === 'postgres'
    ? table.addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    : // AUTOINCREMENT: SQLite never hands out a deleted row's id again.
      table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
}

export function writeTime(date: Date): string {
  return date.toISOString();
}

export function readTime(value: Date | string): Date {
  return value instanceof Date ? value : new Date(value);
}

export function readOptionalTime(value: Date | string | null): Date | null {
  return value === null ? null : readTime(value);
}

export function writeJson(value: unknown): string {
  return JSON.stringify(value);
}

export function readJson(value: unknown): unknown {
  if (typeof value !== 'string') throw new Error('Expected JSON text from the database');
  return JSON.parse(value);
}

/**
 * Whether `error` is the database refusing a row because of the named unique index. SQLite names
 * the columns in its message, PostgreSQL names the constraint.
 */
export function isUniqueViolation(
  error: unknown,
  index: { name: string; table: string; columns: string[] },
): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as { code?: unknown; constraint?: unknown; message?: unknown };
  if (e.code === '23505') return e.constraint === index.name;
  return (
    typeof e.code === 'string' &&
    e.code.startsWith('SQLITE_CONSTRAINT') &&
    typeof e.message === 'string' &&
    e.message.includes(index.columns.map((c) => `${index.table}.${c}`).join(', '))
  );
}

/**
 * The PostgreSQL schema tables are created in (the first on the search path), or undefined on
 * SQLite. Kysely's migrator needs it named: otherwise it finds its own tables in any schema.
 */
export async function currentSchema(handle: DatabaseHandle): Promise<string | undefined> {
  if (handle.dialect !== 'postgres') return undefined;
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(
    handle.db,
  );
  return rows[0]?.schema;
}
