import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { DEFAULT_SITE_SETTINGS, type SiteSettings } from '../domain/settings.ts';
import { readJson, writeJson } from './dialect.ts';
import type { Database } from './schema.ts';

const SITE = 'site';
const SECRET = 'secret';

/** A change to the settings: any part, at any depth. */
export type SettingsChange = DeepPartial<SiteSettings>;
type DeepPartial<T> = {
  [K in keyof T]?: T[K] extends unknown[] ? T[K] : T[K] extends object ? DeepPartial<T[K]> : T[K];
};

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** `base` with `change` laid over it, objects merged key by key (lists replaced whole). */
function merge<T>(base: T, change: unknown): T {
  if (!isPlainObject(base) || !isPlainObject(change))
    return (change === undefined ? base : change) as T;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(change))
    if (value !== undefined) out[key] = merge(out[key], value);
  return out as T;
}

const MAX_ATTEMPTS = 100;

/**
 * Changes one settings row as one step: `change` gets what is saved (or `initial`) and answers
 * the new value, or undefined to leave it. The write only lands if the row still holds what was
 * read (compare-and-set, the same on both databases, no locks); otherwise it reads and tries
 * again, so two people saving different settings at the same moment never undo each other.
 */
export async function updateSettingsRow<T>(
  db: Kysely<Database>,
  key: string,
  initial: T,
  change: (saved: T) => T | undefined,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const row = await db
      .selectFrom('settings')
      .select('value')
      .where('key', '=', key)
      .executeTakeFirst();
    const saved = row ? (readJson(row.value) as T) : initial;
    const next = change(saved);
    if (next === undefined) return saved;
    const written = row
      ? (
          await db
            .updateTable('settings')
            .set({ value: writeJson(next) })
            .where('key', '=', key)
            .where('value', '=', row.value)
            .executeTakeFirst()
        ).numUpdatedRows
      : (
          await db
            .insertInto('settings')
            .values({ key, value: writeJson(next) })
            .onConflict((oc) => oc.column('key').doNothing())
            .executeTakeFirst()
        ).numInsertedOrUpdatedRows;
    if (Number(written ?? 0) === 1) return next;
    if (attempt >= MAX_ATTEMPTS)
      throw new Error(`The setting "${key}" kept changing while being saved; try again.`);
  }
}

export class SettingsStore {
  constructor(private readonly db: Kysely<Database>) {}

  /** The site's settings, defaults filled in for anything never set. */
  async site(): Promise<SiteSettings> {
    const row = await this.db
      .selectFrom('settings')
      .select('value')
      .where('key', '=', SITE)
      .executeTakeFirst();
    // Defaults under what was saved: a setting added in a later version has its default.
    return merge(DEFAULT_SITE_SETTINGS, row ? readJson(row.value) : {});
  }

  /** Lays `change` over the saved settings; two changes at once both stick. */
  async updateSite(change: SettingsChange): Promise<SiteSettings> {
    return updateSettingsRow(this.db, SITE, {}, (saved) =>
      merge(merge(DEFAULT_SITE_SETTINGS, saved), change),
    ) as Promise<SiteSettings>;
  }

  /** True for exactly one caller, ever, per name: for work that must happen once per site. */
  async claimOnce(name: string): Promise<boolean> {
    const result = await this.db
      .insertInto('settings')
      .values({ key: `claimed:${name}`, value: writeJson(new Date().toISOString()) })
      .onConflict((oc) => oc.column('key').doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
  }

  /**
   * The key that signs links and tokens; made once per site and kept in the database, so every
   * instance signs alike.
   */
  async secret(): Promise<string> {
    await this.db
      .insertInto('settings')
      .values({ key: SECRET, value: writeJson(randomBytes(32).toString('base64url')) })
      .onConflict((oc) => oc.column('key').doNothing())
      .execute();
    const row = await this.db
      .selectFrom('settings')
      .select('value')
      .where('key', '=', SECRET)
      .executeTakeFirstOrThrow();
    return readJson(row.value) as string;
  }
}
