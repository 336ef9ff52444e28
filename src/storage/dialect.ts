// Every difference between SQLite and PostgreSQL lives here. Stores, migrations and the domain
// never branch on the database; they ask this module.
import SqliteDatabase from 'better-sqlite3';
import {
  DEFAULT_MIGRATION_LOCK_TABLE,
  DEFAULT_MIGRATION_TABLE,
  Kysely,
  sql,
  PostgresDialect,
  SqliteAdapter,
  SqliteDialect,
  type ColumnDataType,
  type CreateTableBuilder,
  type DatabaseIntrospector,
  type DatabaseMetadataOptions,
  type DialectAdapter,
  type RawBuilder,
  type SqlBool,
  type TableMetadata,
} from 'kysely';
import pg from 'pg';
import type { SearchTerm } from '../domain/articles/search-query.ts';
import { foldText } from '../domain/articles/search-text.ts';
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

const STATEMENTS_KEPT = 500;

/**
 * The database as Kysely sees it, with prepared statements kept by their SQL. Kysely prepares
 * every query anew, and an article page runs about ten: preparing was a fifth of their time
 * (measured with `npm run bench`). A statement still being read by a stream is busy, so a query
 * that needs the same SQL meanwhile gets a fresh one. SQLite re-prepares a kept statement itself
 * when a migration changes the schema.
 */
function keepingStatements(sqlite: SqliteDatabase.Database) {
  const kept = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(query: string): SqliteDatabase.Statement {
      const statement = kept.get(query);
      if (statement && !statement.busy) return statement;
      const fresh = sqlite.prepare(query);
      if (!statement) {
        // Oldest first out: a bound for SQL that varies (lists of different lengths).
        if (kept.size >= STATEMENTS_KEPT) kept.delete(kept.keys().next().value!);
        kept.set(query, fresh);
      }
      return fresh;
    },
  };
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
    dialect: new TransactionalSqliteDialect({ database: keepingStatements(sqlite) }),
  });
  return { db, dialect: 'sqlite', describe: file, close: () => db.destroy() };
}

// Counters are bigints we read as numbers (they stay far below 2^53). JSON comes back as text, as
// SQLite gives it, so `readJson` parses it the same way on both (pg would otherwise hand a JSON
// string value back already parsed, indistinguishable from JSON text).
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
pg.types.setTypeParser(pg.types.builtins.JSONB, (v) => v);
pg.types.setTypeParser(pg.types.builtins.JSON, (v) => v);

interface ColumnRow {
  table_name: string;
  kind: string;
  schema: string;
  column_name: string;
  type: string;
  type_schema: string;
  not_null: boolean;
  has_default: boolean;
  identity: boolean;
}

/**
 * What the migrator (and tests) learn of the tables: only this connection's schema. Kysely's own
 * introspector reads every schema on the server and calls has_schema_privilege() on each name, so
 * a schema dropped meanwhile by someone else sharing the server (another site, a parallel test
 * run) made our migrations fail with "schema … does not exist".
 */
class CurrentSchemaIntrospector implements DatabaseIntrospector {
  constructor(private readonly db: Kysely<unknown>) {}

  async getSchemas() {
    const { rows } = await sql<{ name: string }>`
      select nspname as name from pg_catalog.pg_namespace`.execute(this.db);
    return rows;
  }

  async getTables(
    options: DatabaseMetadataOptions = { withInternalKyselyTables: false },
  ): Promise<TableMetadata[]> {
    const { rows } = await sql<ColumnRow>`
      select c.relname as table_name, c.relkind as kind, n.nspname as schema,
        a.attname as column_name, t.typname as type, tn.nspname as type_schema,
        a.attnotnull as not_null, a.atthasdef as has_default, a.attidentity <> '' as identity
      from pg_catalog.pg_class c
        join pg_catalog.pg_namespace n on n.oid = c.relnamespace
        join pg_catalog.pg_attribute a on a.attrelid = c.oid
        join pg_catalog.pg_type t on t.oid = a.atttypid
        join pg_catalog.pg_namespace tn on tn.oid = t.typnamespace
      where n.nspname = current_schema() and c.relkind in ('r', 'v', 'p')
        and a.attnum > 0 and not a.attisdropped
      order by c.relname, a.attnum`.execute(this.db);
    const internal = new Set([DEFAULT_MIGRATION_TABLE, DEFAULT_MIGRATION_LOCK_TABLE]);
    const tables = new Map<
      string,
      TableMetadata & { columns: TableMetadata['columns'][number][] }
    >();
    for (const row of rows) {
      if (!options.withInternalKyselyTables && internal.has(row.table_name)) continue;
      let table = tables.get(row.table_name);
      if (!table) {
        table = { name: row.table_name, schema: row.schema, isView: row.kind === 'v', columns: [] };
        tables.set(row.table_name, table);
      }
      table.columns.push({
        name: row.column_name,
        dataType: row.type,
        dataTypeSchema: row.type_schema,
        isNullable: !row.not_null,
        isAutoIncrementing: row.identity,
        hasDefaultValue: row.has_default,
      });
    }
    return [...tables.values()];
  }

  async getMetadata(options?: DatabaseMetadataOptions) {
    return { tables: await this.getTables(options) };
  }
}

class CurrentSchemaPostgresDialect extends PostgresDialect {
  override createIntrospector(db: Kysely<unknown>): DatabaseIntrospector {
    return new CurrentSchemaIntrospector(db);
  }
}

export function openPostgres(url: string, options: { max?: number } = {}): DatabaseHandle {
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10 });
  const db = new Kysely<Database>({ dialect: new CurrentSchemaPostgresDialect({ pool }) });
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
/**
 * `column` contains `term`, ignoring case. Folded with SQL `lower()`, which both databases apply
 * alike to ASCII letters (SQLite folds nothing else); `like` wildcards in the term are escaped.
 */
export function containsFolded(column: string, term: string): RawBuilder<SqlBool> {
  const pattern = `%${term.toLowerCase().replace(/[\\%_]/g, '\\$&')}%`;
  return sql<SqlBool>`lower(${sql.ref(column)}) like ${pattern} escape '\\'`;
}

/** Lists of values for one `in (…)`, each well below either database's limit on parameters. */
export function inChunks<T>(items: readonly T[], size = 500): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

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

// ---------------------------------------------------------------------------------------------
// Full-text search: SQLite FTS5, PostgreSQL tsvector with a GIN index, one interface.
// Both index the text folded (lower-case, no accents: see search-text.ts) and unstemmed, so the
// two find the same articles; a prefix match on the last word covers plurals and typing in
// progress. The original text is kept beside the index for snippets, made in the application.

export interface SearchDocument {
  headline: string;
  standfirst: string;
  body: string;
  tags: string;
  bylines: string;
}

export interface SearchFilters {
  now: Date;
  sectionId?: number;
  /** Published at or after. */
  from?: Date;
  /** Published before. */
  before?: Date;
}

export interface SearchHit {
  articleId: number;
  /** Standfirst and body as written, for the snippet. */
  excerpt: string;
}

export async function createSearchIndex(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  if (dialect === 'sqlite') {
    await sql`create virtual table article_search using fts5(
      headline, standfirst, body, tags, bylines, excerpt unindexed,
      tokenize = 'unicode61 remove_diacritics 0'
    )`.execute(db);
    return;
  }
  await sql`create table article_search (
    article_id integer primary key references articles(id) on delete cascade,
    excerpt text not null,
    document tsvector not null
  )`.execute(db);
  await sql`create index article_search_document on article_search using gin (document)`.execute(
    db,
  );
}

/** Indexes an article; call it in the transaction that writes the article. */
export async function writeSearchDocument(
  db: Kysely<Database>,
  dialect: DialectName,
  articleId: number,
  document: SearchDocument,
): Promise<void> {
  const f = Object.fromEntries(
    Object.entries(document).map(([k, v]) => [k, foldText(v)]),
  ) as unknown as SearchDocument;
  const excerpt = `${document.standfirst}\n${document.body}`;
  if (dialect === 'sqlite') {
    await sql`delete from article_search where rowid = ${articleId}`.execute(db);
    await sql`insert into article_search (rowid, headline, standfirst, body, tags, bylines, excerpt)
      values (${articleId}, ${f.headline}, ${f.standfirst}, ${f.body}, ${f.tags}, ${f.bylines},
        ${excerpt})`.execute(db);
    return;
  }
  await sql`insert into article_search (article_id, excerpt, document)
    values (${articleId}, ${excerpt},
      setweight(to_tsvector('simple', ${f.headline}), 'A') ||
      setweight(to_tsvector('simple', ${f.standfirst}), 'B') ||
      setweight(to_tsvector('simple', ${f.tags} || ' ' || ${f.bylines}), 'B') ||
      setweight(to_tsvector('simple', ${f.body}), 'D'))
    on conflict (article_id) do update set excerpt = excluded.excerpt, document = excluded.document`.execute(
    db,
  );
}

/** The terms as an FTS5 query; each term is letters and digits only, so quoting is enough. */
const fts5Query = (terms: SearchTerm[]) =>
  terms.map((t) => `"${t.text.replace(/"/g, '')}"${t.prefix ? '*' : ''}`).join(' AND ');

/** The terms as a tsquery: phrases with <->, prefixes with :*. */
const tsQuery = (terms: SearchTerm[]) =>
  terms
    .map((t) => {
      const words = t.text.split(' ').map((w) => `'${w.replace(/['\\]/g, '')}'`);
      return `(${words.join(' <-> ')}${t.prefix ? ':*' : ''})`;
    })
    .join(' & ');

/** Published articles matching every term, best first. */
export async function searchArticles(
  db: Kysely<Database>,
  dialect: DialectName,
  terms: SearchTerm[],
  filters: SearchFilters,
  page: { limit: number; offset: number },
): Promise<{ total: number; hits: SearchHit[] }> {
  if (terms.length === 0) return { total: 0, hits: [] };
  const where = sql.join(
    [
      sql`a.status = 'published'`,
      sql`a.published_at <= ${writeTime(filters.now)}`,
      ...(filters.sectionId !== undefined ? [sql`a.section_id = ${filters.sectionId}`] : []),
      ...(filters.from ? [sql`a.published_at >= ${writeTime(filters.from)}`] : []),
      ...(filters.before ? [sql`a.published_at < ${writeTime(filters.before)}`] : []),
    ],
    sql` and `,
  );
  if (dialect === 'sqlite') {
    const match = fts5Query(terms);
    const count = await sql<{ n: number }>`select count(*) as n from article_search
      join articles a on a.id = article_search.rowid
      where article_search match ${match} and ${where}`.execute(db);
    const rows = await sql<{ article_id: number; excerpt: string }>`
      select a.id as article_id, article_search.excerpt
      from article_search join articles a on a.id = article_search.rowid
      where article_search match ${match} and ${where}
      order by bm25(article_search, 10.0, 5.0, 1.0, 4.0, 4.0), a.published_at desc, a.id desc
      limit ${page.limit} offset ${page.offset}`.execute(db);
    return {
      total: Number(count.rows[0]?.n ?? 0),
      hits: rows.rows.map((r) => ({ articleId: r.article_id, excerpt: r.excerpt })),
    };
  }
  const query = sql`to_tsquery('simple', ${tsQuery(terms)})`;
  const count = await sql<{ n: number }>`select count(*)::int as n from article_search s
    join articles a on a.id = s.article_id
    where s.document @@ ${query} and ${where}`.execute(db);
  const rows = await sql<{ article_id: number; excerpt: string }>`
    select a.id as article_id, s.excerpt
    from article_search s join articles a on a.id = s.article_id
    where s.document @@ ${query} and ${where}
    order by ts_rank(s.document, ${query}) desc, a.published_at desc, a.id desc
    limit ${page.limit} offset ${page.offset}`.execute(db);
  return {
    total: count.rows[0]?.n ?? 0,
    hits: rows.rows.map((r) => ({ articleId: r.article_id, excerpt: r.excerpt })),
  };
}
