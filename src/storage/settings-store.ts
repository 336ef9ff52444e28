import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { DEFAULT_SITE_SETTINGS, type SiteSettings } from '../domain/settings.ts';
import { readJson, writeJson } from './dialect.ts';
import type { Database } from './schema.ts';

const SITE = 'site';
const SECRET = 'secret';

export class SettingsStore {
  constructor(private readonly db: Kysely<Database>) {}

  /** The site's settings, defaults filled in for anything never set. */
  async site(): Promise<SiteSettings> {
    const row = await this.db
      .selectFrom('settings')
      .select('value')
      .where('key', '=', SITE)
      .executeTakeFirst();
    const saved = (row ? readJson(row.value) : {}) as Partial<SiteSettings>;
    return {
      ...DEFAULT_SITE_SETTINGS,
      ...saved,
      comments: { ...DEFAULT_SITE_SETTINGS.comments, ...saved.comments },
      feeds: { ...DEFAULT_SITE_SETTINGS.feeds, ...saved.feeds },
      privacy: { ...DEFAULT_SITE_SETTINGS.privacy, ...saved.privacy },
    };
  }

  async updateSite(
    change: Partial<Omit<SiteSettings, 'comments' | 'feeds' | 'privacy'>> & {
      comments?: Partial<SiteSettings['comments']>;
      feeds?: Partial<SiteSettings['feeds']>;
      privacy?: Partial<SiteSettings['privacy']>;
    },
  ): Promise<SiteSettings> {
    const current = await this.site();
    const next: SiteSettings = {
      ...current,
      ...change,
      comments: { ...current.comments, ...change.comments },
      feeds: { ...current.feeds, ...change.feeds },
      privacy: { ...current.privacy, ...change.privacy },
    };
    await this.db
      .insertInto('settings')
      .values({ key: SITE, value: writeJson(next) })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: writeJson(next) }))
      .execute();
    return next;
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
