import { Migrator, type Migration, type MigrationProvider, type Kysely } from 'kysely';
import { currentSchema, type DatabaseHandle, type DialectName } from './dialect.ts';
import * as initial from './migrations/0001-initial.ts';

export type Migrations = Record<
  string,
  { up(db: Kysely<unknown>, dialect: DialectName): Promise<void> }
>;

// Forward-only, in order. A migration file is never edited once it has shipped.
export const MIGRATIONS: Migrations = {
  '0001-initial': initial,
};

class CodeMigrations implements MigrationProvider {
  constructor(
    private readonly dialect: DialectName,
    private readonly migrations: Migrations,
  ) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    return Object.fromEntries(
      Object.entries(this.migrations).map(([name, m]) => [
        name,
        { up: (db: Kysely<unknown>) => m.up(db, this.dialect) },
      ]),
    );
  }
}

export class DatabaseNewerThanCodeError extends Error {
  constructor(unknown: string[]) {
    super(
      `The database has migrations this version of Dateline does not know (${unknown.join(', ')}). ` +
        'It was migrated by a newer version; run that version, or restore a backup made for this one.',
    );
    this.name = 'DatabaseNewerThanCodeError';
  }
}

export interface MigrationReport {
  applied: string[];
}

/** Applies pending migrations, all in one transaction (both databases roll back DDL). */
export async function migrateToLatest(
  handle: DatabaseHandle,
  migrations: Migrations = MIGRATIONS,
): Promise<MigrationReport> {
  const schema = await currentSchema(handle);
  const migrator = new Migrator({
    db: handle.db,
    provider: new CodeMigrations(handle.dialect, migrations),
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const newer = (await listRecordedMigrations(handle)).filter((name) => !(name in migrations));
  if (newer.length > 0) throw new DatabaseNewerThanCodeError(newer);

  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error');
    throw new Error(
      `Migration ${failed?.migrationName ?? ''} failed, nothing was changed: ${String(
        error instanceof Error ? error.message : error,
      )}`,
      { cause: error },
    );
  }
  return { applied: (results ?? []).map((r) => r.migrationName) };
}

async function listRecordedMigrations(handle: DatabaseHandle): Promise<string[]> {
  const db = handle.db as unknown as Kysely<{ kysely_migration: { name: string } }>;
  try {
    const rows = await db.selectFrom('kysely_migration').select('name').execute();
    return rows.map((r) => r.name);
  } catch {
    return []; // a new database has no migration table yet
  }
}
