// Shared by the import tests: the Theme Unit Test export read independently of the importer (by
// regular expressions over the raw text), imports into a test site, and row counts per table.
import { createReadStream } from 'node:fs';
import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { sql, type Kysely } from 'kysely';
import { importWordPress, type WordPressImportOptions } from '../../src/import/import-wordpress.ts';
import { FIXTURE, rawValues } from '../../src/import/wordpress/test-fixture.ts';
import type { Database } from '../../src/storage/schema.ts';
import type { TestSite } from '../helpers/site.ts';

export {
  FIXTURE,
  fixtureSkipReason,
  fixtureText,
} from '../../src/import/wordpress/test-fixture.ts';

export const SOURCE = 'wordpress:https://wpthemetestdata.wordpress.com';

export interface RawItem {
  id: number;
  type: string;
  status: string;
  password: string;
  title: string;
  name: string;
  link: string;
  date: string;
  attachmentUrl: string;
  sticky: boolean;
  thumbnailId: number | null;
  comments: { id: number; parent: number; approved: string; type: string }[];
}

const first = (block: string, element: string) => rawValues(block, element)[0] ?? '';

/** The export's items as the raw text has them: the expectations, not the importer's reading. */
export function rawItems(text: string): RawItem[] {
  return [...text.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => {
    const block = m[1]!;
    const withoutComments = block.replace(/<wp:comment>[\s\S]*?<\/wp:comment>/g, '');
    const thumbnail =
      /<wp:meta_key>(?:<!\[CDATA\[)?_thumbnail_id(?:\]\]>)?<\/wp:meta_key>\s*<wp:meta_value>(?:<!\[CDATA\[)?(\d+)/.exec(
        block,
      );
    return {
      id: Number(first(withoutComments, 'wp:post_id')),
      type: first(withoutComments, 'wp:post_type'),
      status: first(withoutComments, 'wp:status'),
      password: first(withoutComments, 'wp:post_password'),
      title: first(withoutComments, 'title'),
      name: first(withoutComments, 'wp:post_name'),
      link: first(withoutComments, 'link'),
      date: first(withoutComments, 'wp:post_date'),
      attachmentUrl: first(withoutComments, 'wp:attachment_url'),
      sticky: first(withoutComments, 'wp:is_sticky') === '1',
      thumbnailId: thumbnail ? Number(thumbnail[1]) : null,
      comments: [...block.matchAll(/<wp:comment>([\s\S]*?)<\/wp:comment>/g)].map((c) => ({
        id: Number(first(c[1]!, 'wp:comment_id')),
        parent: Number(first(c[1]!, 'wp:comment_parent')),
        approved: first(c[1]!, 'wp:comment_approved'),
        type: first(c[1]!, 'wp:comment_type'),
      })),
    };
  });
}

export const isArticle = (i: RawItem) =>
  (i.type === 'post' || i.type === 'page') && i.status !== 'auto-draft' && i.status !== 'inherit';
export const isPublic = (i: RawItem) => isArticle(i) && i.status === 'publish' && !i.password;
export const isPicture = (i: RawItem) =>
  i.type === 'attachment' && /\.(jpe?g|png|gif|webp|avif|tiff?)$/i.test(i.attachmentUrl);

/** Imports the fixture (or `file`) into a test site, on the site's clock. */
export function importFixture(
  site: TestSite,
  options: Partial<WordPressImportOptions> = {},
  file = FIXTURE,
) {
  return importWordPress({
    open: () => createReadStream(file),
    store: site.stores.imports,
    timeZone: 'UTC',
    clock: () => site.clock.now,
    ...options,
  });
}

const TABLES = [
  'people',
  'sections',
  'tags',
  'media',
  'articles',
  'article_bylines',
  'article_tags',
  'redirects',
  'comments',
  'moderation_log',
  'import_links',
  'jobs',
  'settings',
  'counters',
] as const;

/** Rows per table, and the comment counter: what "nothing changed" is checked against. */
export async function rowCounts(db: Kysely<Database>): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    const { rows } = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(
      table,
    )}`.execute(db);
    counts[table] = Number(rows[0]?.n ?? 0);
  }
  const counter = await db
    .selectFrom('counters')
    .select('value')
    .where('name', '=', 'comment_number')
    .executeTakeFirstOrThrow();
  counts.comment_number = Number(counter.value);
  return counts;
}

/** The path an imported item lives at now. */
export async function pathOfItem(site: TestSite, id: number): Promise<string | null> {
  const articleId = await site.stores.imports.findLink(SOURCE, 'post', String(id));
  return articleId === null ? null : site.stores.articles.pathOf(articleId);
}

export const SMALL_SITE = fileURLToPath(new URL('./fixtures/small-site.xml', import.meta.url));

/** A copy of the weekly's uploads folder holding one of its two pictures, camera details and all. */
export async function uploadsCopy(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'dateline-uploads-'));
  await mkdir(path.join(dir, '2026/02'), { recursive: true });
  await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#4a6a8a' } })
    .jpeg()
    .withExif({ IFD0: { Artist: 'Hester Wren', Copyright: 'Camera serial 0xC0FFEE' } })
    .toFile(path.join(dir, '2026/02/mill-bridge.jpg'));
  return dir;
}
