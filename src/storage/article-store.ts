import type { Kysely, Selectable } from 'kysely';
import {
  ARTICLE_STATUSES,
  RESERVED_SECTION_SLUGS,
  ReservedSlugError,
  type Article,
  type ArticleStatus,
  type Correction,
  type SectionRef,
  type TagRef,
} from '../domain/articles/article.ts';
import { parseDocument, type ArticleDocument } from '../domain/articles/document.ts';
import type { SearchTerm } from '../domain/articles/search-query.ts';
import type { MediaItem } from '../domain/media/media.ts';
import {
  readJson,
  readOptionalTime,
  readTime,
  searchArticles,
  writeTime,
  type DialectName,
  type SearchFilters,
} from './dialect.ts';
import { newArticleRow, writeArticleRelations } from './article-relations.ts';
import type { ArticleRow, Database, MediaTable } from './schema.ts';

export interface NewArticle {
  sectionId: number;
  slug: string;
  status: ArticleStatus;
  headline: string;
  standfirst: string;
  body: ArticleDocument;
  dateline: { place: string; date: string | null } | null;
  leadMediaId: number | null;
  leadCaption?: string | null;
  bylines: { personId: number; credit?: string | null }[];
  tags: { slug: string; name: string }[];
  commentsOpen: boolean;
  seoTitle?: string | null;
  seoDescription?: string | null;
  publishedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/** A line in a list of articles (front, section, tag, author and search pages; sitemaps). */
export interface ArticleSummary {
  id: number;
  path: string;
  headline: string;
  standfirst: string;
  section: SectionRef;
  publishedAt: Date;
  updatedAt: Date;
  lead: MediaItem | null;
  /** Main bylines, in order. */
  bylines: { name: string; slug: string }[];
}

/** Which published articles a list shows. */
export interface ArticleFilter {
  sectionId?: number;
  tagId?: number;
  personId?: number;
  /** Published at or after. */
  since?: Date;
}

export interface Page {
  limit: number;
  offset: number;
}

/** Comments are open in "open" and "hold" modes, until the article's comment window closes. */
export function commentsOpenAt(
  a: { mode: string; closeDays: number | null; publishedAt: Date | null },
  now: Date,
): boolean {
  if (a.mode === 'closed') return false;
  if (a.closeDays === null || a.publishedAt === null) return true;
  return now.getTime() < a.publishedAt.getTime() + a.closeDays * 86_400_000;
}

const articleStatus = (value: string): ArticleStatus => {
  if (!(ARTICLE_STATUSES as readonly string[]).includes(value))
    throw new Error(`Unknown article status "${value}" in the database`);
  return value as ArticleStatus;
};

export const toMediaItem = (m: Selectable<MediaTable>): MediaItem => ({
  id: m.id,
  file: m.file,
  mime: m.mime,
  width: m.width,
  height: m.height,
  bytes: m.bytes,
  alt: m.alt,
  caption: m.caption,
  credit: m.credit,
  source: m.source,
  description: m.description,
  filename: m.filename,
  originalUrl: m.original_url,
  mayRedistribute: m.may_redistribute === 1,
});

export class ArticleStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: DialectName,
  ) {}

  /** Articles readers may see at `now` (the SQL form of `isPublic`), with their section. */
  private readable(now: Date) {
    return this.db
      .selectFrom('articles as a')
      .innerJoin('sections as s', 's.id', 'a.section_id')
      .where('a.status', '=', 'published')
      .where('a.published_at', '<=', writeTime(now));
  }

  /** `readable`, narrowed by a filter. */
  private filtered(now: Date, filter: ArticleFilter) {
    let query = this.readable(now);
    if (filter.sectionId !== undefined) query = query.where('a.section_id', '=', filter.sectionId);
    if (filter.since) query = query.where('a.published_at', '>=', writeTime(filter.since));
    if (filter.tagId !== undefined) {
      const tagId = filter.tagId;
      query = query.where(({ exists, selectFrom }) =>
        exists(
          selectFrom('article_tags as t')
            .select('t.article_id')
            .whereRef('t.article_id', '=', 'a.id')
            .where('t.tag_id', '=', tagId),
        ),
      );
    }
    if (filter.personId !== undefined) {
      const personId = filter.personId;
      query = query.where(({ exists, selectFrom }) =>
        exists(
          selectFrom('article_bylines as b')
            .select('b.article_id')
            .whereRef('b.article_id', '=', 'a.id')
            .where('b.person_id', '=', personId),
        ),
      );
    }
    return query;
  }

  /** The published article at /section/slug, or null if readers may not see one there. */
  async findPublic(sectionSlug: string, slug: string, now: Date): Promise<Article | null> {
    const row = await this.readable(now)
      .selectAll('a')
      .select(['s.slug as section_slug', 's.name as section_name'])
      .where('s.slug', '=', sectionSlug)
      .where('a.slug', '=', slug)
      .executeTakeFirst();
    return row ? this.assemble(row, now) : null;
  }

  /** The published article with this id, or null. */
  async findPublicById(id: number, now: Date): Promise<Article | null> {
    const row = await this.readable(now)
      .selectAll('a')
      .select(['s.slug as section_slug', 's.name as section_name'])
      .where('a.id', '=', id)
      .executeTakeFirst();
    return row ? this.assemble(row, now) : null;
  }

  /** An article whatever its status, as it would show (for previews). */
  async findAnyById(id: number, now: Date): Promise<Article | null> {
    const row = await this.db
      .selectFrom('articles as a')
      .innerJoin('sections as s', 's.id', 'a.section_id')
      .selectAll('a')
      .select(['s.slug as section_slug', 's.name as section_name'])
      .where('a.id', '=', id)
      .executeTakeFirst();
    return row ? this.assemble(row, now) : null;
  }

  async findCorrections(articleId: number): Promise<Correction[]> {
    const rows = await this.db
      .selectFrom('corrections')
      .select(['kind', 'text', 'created_at'])
      .where('article_id', '=', articleId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map((c) => ({
      kind: c.kind === 'update' ? 'update' : 'correction',
      text: c.text,
      createdAt: readTime(c.created_at),
    }));
  }

  /** Whether an article was at /section/slug and has been taken down (answered 410). */
  async isGone(sectionSlug: string, slug: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('articles as a')
      .innerJoin('sections as s', 's.id', 'a.section_id')
      .select('a.id')
      .where('s.slug', '=', sectionSlug)
      .where('a.slug', '=', slug)
      .where('a.status', '=', 'trash')
      .executeTakeFirst();
    return row !== undefined;
  }

  /** /section/slug of an article, whatever its status. */
  async pathOf(id: number): Promise<string | null> {
    const row = await this.db
      .selectFrom('articles as a')
      .innerJoin('sections as s', 's.id', 'a.section_id')
      .select(['a.slug', 's.slug as section_slug'])
      .where('a.id', '=', id)
      .executeTakeFirst();
    return row ? `/${row.section_slug}/${row.slug}` : null;
  }

  /** An article as readers see it at `now` (whether comments are still open depends on it). */
  async assemble(
    row: ArticleRow & { section_slug: string; section_name: string },
    now: Date,
  ): Promise<Article> {
    const [lead, bylines, tags, corrections] = await Promise.all([
      row.lead_media_id === null
        ? undefined
        : this.db
            .selectFrom('media')
            .selectAll()
            .where('id', '=', row.lead_media_id)
            .executeTakeFirst(),
      this.db
        .selectFrom('article_bylines as b')
        .innerJoin('people as p', 'p.id', 'b.person_id')
        .select(['p.id', 'p.name', 'p.slug', 'b.credit'])
        .where('b.article_id', '=', row.id)
        .orderBy('b.position')
        .execute(),
      this.db
        .selectFrom('article_tags as at')
        .innerJoin('tags as t', 't.id', 'at.tag_id')
        .select(['t.id', 't.slug', 't.name'])
        .where('at.article_id', '=', row.id)
        .orderBy('at.position')
        .execute(),
      this.findCorrections(row.id),
    ]);
    return {
      id: row.id,
      section: { id: row.section_id, slug: row.section_slug, name: row.section_name },
      slug: row.slug,
      status: articleStatus(row.status),
      headline: row.headline,
      standfirst: row.standfirst,
      body: parseDocument(readJson(row.body)),
      dateline: row.dateline_place ? { place: row.dateline_place, date: row.dateline_date } : null,
      lead: lead ? { media: toMediaItem(lead), caption: row.lead_caption ?? lead.caption } : null,
      bylines: bylines.map((b) => ({
        person: { id: b.id, name: b.name, slug: b.slug },
        credit: b.credit,
      })),
      tags,
      seoTitle: row.seo_title,
      seoDescription: row.seo_description,
      commentsOpen: commentsOpenAt(
        {
          mode: row.comment_status,
          closeDays: row.comments_close_days,
          publishedAt: readOptionalTime(row.published_at),
        },
        now,
      ),
      commentsHeld: row.comment_status === 'hold',
      corrections,
      publishedAt: readOptionalTime(row.published_at),
      updatedAt: readTime(row.updated_at),
    };
  }

  /** Published articles, newest first. */
  async listPublic(now: Date, filter: ArticleFilter, page: Page): Promise<ArticleSummary[]> {
    const rows = await this.filtered(now, filter)
      .select(['a.id'])
      .orderBy('a.published_at', 'desc')
      .orderBy('a.id', 'desc')
      .limit(page.limit)
      .offset(page.offset)
      .execute();
    return this.summaries(rows.map((r) => r.id));
  }

  async countPublic(now: Date, filter: ArticleFilter): Promise<number> {
    const row = await this.filtered(now, filter)
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** Addresses and last changes of published articles, newest first, for sitemaps. */
  async listSitemapEntries(
    now: Date,
    filter: ArticleFilter,
    page: Page,
  ): Promise<{ path: string; headline: string; publishedAt: Date; updatedAt: Date }[]> {
    const rows = await this.filtered(now, filter)
      .select(['a.slug', 's.slug as section_slug', 'a.headline', 'a.published_at', 'a.updated_at'])
      .orderBy('a.published_at', 'desc')
      .orderBy('a.id', 'desc')
      .limit(page.limit)
      .offset(page.offset)
      .execute();
    return rows.map((r) => ({
      path: `/${r.section_slug}/${r.slug}`,
      headline: r.headline,
      publishedAt: readTime(r.published_at!),
      updatedAt: readTime(r.updated_at),
    }));
  }

  /** Whole published articles, newest first (for full-text feeds). */
  async listPublicArticles(now: Date, filter: ArticleFilter, limit: number): Promise<Article[]> {
    const rows = await this.filtered(now, filter)
      .selectAll('a')
      .select(['s.slug as section_slug', 's.name as section_name'])
      .orderBy('a.published_at', 'desc')
      .orderBy('a.id', 'desc')
      .limit(limit)
      .execute();
    return Promise.all(rows.map((r) => this.assemble(r, now)));
  }

  /** Summaries of these articles, in the order given. */
  async summaries(ids: number[]): Promise<ArticleSummary[]> {
    if (ids.length === 0) return [];
    const [rows, bylines] = await Promise.all([
      this.db
        .selectFrom('articles as a')
        .innerJoin('sections as s', 's.id', 'a.section_id')
        .select([
          'a.id',
          'a.slug',
          'a.headline',
          'a.standfirst',
          'a.published_at',
          'a.updated_at',
          'a.lead_media_id',
          's.id as section_id',
          's.slug as section_slug',
          's.name as section_name',
        ])
        .where('a.id', 'in', ids)
        .execute(),
      this.db
        .selectFrom('article_bylines as b')
        .innerJoin('people as p', 'p.id', 'b.person_id')
        .select(['b.article_id', 'p.name', 'p.slug'])
        .where('b.article_id', 'in', ids)
        .where('b.credit', 'is', null)
        .orderBy('b.position')
        .execute(),
    ]);
    const media = await this.findMedia(
      rows.flatMap((r) => (r.lead_media_id === null ? [] : [r.lead_media_id])),
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.flatMap((id) => {
      const r = byId.get(id);
      if (!r) return [];
      return [
        {
          id: r.id,
          path: `/${r.section_slug}/${r.slug}`,
          headline: r.headline,
          standfirst: r.standfirst,
          section: { id: r.section_id, slug: r.section_slug, name: r.section_name },
          publishedAt: readTime(r.published_at ?? r.updated_at),
          updatedAt: readTime(r.updated_at),
          lead: r.lead_media_id === null ? null : (media.get(r.lead_media_id) ?? null),
          bylines: bylines
            .filter((b) => b.article_id === r.id)
            .map((b) => ({ name: b.name, slug: b.slug })),
        },
      ];
    });
  }

  /** The front page's lead: the most recently pinned published article, if any. */
  async findPinned(now: Date): Promise<ArticleSummary | null> {
    const row = await this.readable(now)
      .select('a.id')
      .where('a.pinned_at', 'is not', null)
      .orderBy('a.pinned_at', 'desc')
      .executeTakeFirst();
    return row ? ((await this.summaries([row.id]))[0] ?? null) : null;
  }

  async pin(articleId: number, at: Date | null): Promise<void> {
    await this.db
      .updateTable('articles')
      .set({ pinned_at: at ? writeTime(at) : null })
      .where('id', '=', articleId)
      .execute();
  }

  /** Full-text search over published articles. */
  async search(
    terms: SearchTerm[],
    filters: SearchFilters,
    page: Page,
  ): Promise<{ total: number; hits: (ArticleSummary & { excerpt: string })[] }> {
    const { total, hits } = await searchArticles(this.db, this.dialect, terms, filters, page);
    const summaries = new Map(
      (await this.summaries(hits.map((h) => h.articleId))).map((s) => [s.id, s]),
    );
    return {
      total,
      hits: hits.flatMap((h) => {
        const summary = summaries.get(h.articleId);
        return summary ? [{ ...summary, excerpt: h.excerpt }] : [];
      }),
    };
  }

  async findMedia(ids: number[]): Promise<Map<number, MediaItem>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db.selectFrom('media').selectAll().where('id', 'in', ids).execute();
    return new Map(rows.map((m) => [m.id, toMediaItem(m)]));
  }

  async listSections(): Promise<SectionRef[]> {
    return (
      this.db
        .selectFrom('sections')
        .select(['id', 'slug', 'name'])
        .orderBy('position')
        // Not by name: text order depends on the database's collation; ids order the same everywhere.
        .orderBy('id')
        .execute()
    );
  }

  async findSection(slug: string): Promise<SectionRef | null> {
    return (
      (await this.db
        .selectFrom('sections')
        .select(['id', 'slug', 'name'])
        .where('slug', '=', slug)
        .executeTakeFirst()) ?? null
    );
  }

  async createSection(section: { slug: string; name: string; position?: number }): Promise<number> {
    if (RESERVED_SECTION_SLUGS.has(section.slug)) throw new ReservedSlugError(section.slug);
    const { id } = await this.db
      .insertInto('sections')
      .values({ slug: section.slug, name: section.name, position: section.position ?? 0 })
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  }

  async findTag(slug: string): Promise<TagRef | null> {
    return (
      (await this.db
        .selectFrom('tags')
        .select(['id', 'slug', 'name'])
        .where('slug', '=', slug)
        .executeTakeFirst()) ?? null
    );
  }

  /** Tags on at least one published article. */
  async listUsedTags(now: Date): Promise<TagRef[]> {
    return this.db
      .selectFrom('tags as t')
      .select(['t.id', 't.slug', 't.name'])
      .where(({ exists, selectFrom }) =>
        exists(
          selectFrom('article_tags as at')
            .innerJoin('articles as a', 'a.id', 'at.article_id')
            .select('at.article_id')
            .whereRef('at.tag_id', '=', 't.id')
            .where('a.status', '=', 'published')
            .where('a.published_at', '<=', writeTime(now)),
        ),
      )
      .orderBy('t.id')
      .execute();
  }

  /** Where an old path now lives, for a 301. */
  async findRedirect(path: string): Promise<string | null> {
    const row = await this.db
      .selectFrom('redirects as r')
      .leftJoin('articles as a', 'a.id', 'r.article_id')
      .leftJoin('sections as s', 's.id', 'a.section_id')
      .select(['r.to_path', 'a.slug', 's.slug as section_slug'])
      .where('r.from_path', '=', path)
      .executeTakeFirst();
    if (!row) return null;
    return row.slug && row.section_slug ? `/${row.section_slug}/${row.slug}` : row.to_path;
  }

  async addRedirect(fromPath: string, target: { articleId: number } | { path: string }, now: Date) {
    await this.db
      .insertInto('redirects')
      .values({
        from_path: fromPath,
        article_id: 'articleId' in target ? target.articleId : null,
        to_path: 'path' in target ? target.path : null,
        created_at: writeTime(now),
      })
      .onConflict((oc) =>
        oc.column('from_path').doUpdateSet({
          article_id: 'articleId' in target ? target.articleId : null,
          to_path: 'path' in target ? target.path : null,
        }),
      )
      .execute();
  }

  /** Creates an article with its bylines, tags and search entry, all or nothing. */
  async create(article: NewArticle): Promise<number> {
    parseDocument(article.body);
    return this.db.transaction().execute(async (trx) => {
      const { id } = await trx
        .insertInto('articles')
        .values(newArticleRow(article))
        .returning('id')
        .executeTakeFirstOrThrow();
      await writeArticleRelations(trx, this.dialect, id, article, { replace: false });
      return id;
    });
  }

  /** Appends a dated correction or update note; they are never edited away. */
  async addCorrection(articleId: number, correction: Correction): Promise<void> {
    await this.db
      .insertInto('corrections')
      .values({
        article_id: articleId,
        kind: correction.kind,
        text: correction.text,
        created_at: writeTime(correction.createdAt),
      })
      .execute();
  }

  async setCommentsOpen(articleId: number, open: boolean): Promise<void> {
    await this.db
      .updateTable('articles')
      .set({ comment_status: open ? 'open' : 'closed' })
      .where('id', '=', articleId)
      .execute();
  }

  async setStatus(articleId: number, status: ArticleStatus): Promise<void> {
    await this.db.updateTable('articles').set({ status }).where('id', '=', articleId).execute();
  }

  async countAll(): Promise<number> {
    const row = await this.db
      .selectFrom('articles')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }
}
