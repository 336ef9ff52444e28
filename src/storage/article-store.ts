import type { Kysely, Selectable } from 'kysely';
import {
  ARTICLE_STATUSES,
  type Article,
  type ArticleStatus,
  type SectionRef,
} from '../domain/articles/article.ts';
import { parseDocument, type ArticleDocument } from '../domain/articles/document.ts';
import type { MediaItem } from '../domain/media/media.ts';
import { readJson, readOptionalTime, readTime, writeJson, writeTime } from './dialect.ts';
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

/** A line in a list of articles (home and section pages). */
export interface ArticleSummary {
  id: number;
  path: string;
  headline: string;
  standfirst: string;
  section: SectionRef;
  publishedAt: Date;
  lead: MediaItem | null;
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
  alt: m.alt,
  caption: m.caption,
  credit: m.credit,
  source: m.source,
  mayRedistribute: m.may_redistribute === 1,
});

export class ArticleStore {
  constructor(private readonly db: Kysely<Database>) {}

  /** Articles readers may see at `now` (the SQL form of `isPublic`), with their section. */
  private readable(now: Date) {
    return this.db
      .selectFrom('articles as a')
      .innerJoin('sections as s', 's.id', 'a.section_id')
      .where('a.status', '=', 'published')
      .where('a.published_at', '<=', writeTime(now));
  }

  /** The published article at /section/slug, or null if readers may not see one there. */
  async findPublic(sectionSlug: string, slug: string, now: Date): Promise<Article | null> {
    const row = await this.readable(now)
      .selectAll('a')
      .select(['s.slug as section_slug', 's.name as section_name'])
      .where('s.slug', '=', sectionSlug)
      .where('a.slug', '=', slug)
      .executeTakeFirst();
    return row ? this.assemble(row) : null;
  }

  /** The published article with this id, or null. */
  async findPublicById(id: number, now: Date): Promise<Article | null> {
    const row = await this.readable(now)
      .selectAll('a')
      .select(['s.slug as section_slug', 's.name as section_name'])
      .where('a.id', '=', id)
      .executeTakeFirst();
    return row ? this.assemble(row) : null;
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

  private async assemble(
    row: ArticleRow & { section_slug: string; section_name: string },
  ): Promise<Article> {
    const [lead, bylines, tags] = await Promise.all([
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
      commentsOpen: row.comment_status === 'open',
      publishedAt: readOptionalTime(row.published_at),
      updatedAt: readTime(row.updated_at),
    };
  }

  /** Published articles, newest first, optionally of one section. */
  async listLatest(
    now: Date,
    options: { limit: number; sectionId?: number },
  ): Promise<ArticleSummary[]> {
    let query = this.readable(now)
      .leftJoin('media as m', 'm.id', 'a.lead_media_id')
      .select([
        'a.id',
        'a.slug',
        'a.headline',
        'a.standfirst',
        'a.published_at',
        's.id as section_id',
        's.slug as section_slug',
        's.name as section_name',
        'm.id as media_id',
      ])
      .orderBy('a.published_at', 'desc')
      .orderBy('a.id', 'desc')
      .limit(options.limit);
    if (options.sectionId !== undefined)
      query = query.where('a.section_id', '=', options.sectionId);
    const rows = await query.execute();
    const media = await this.findMedia(
      rows.flatMap((r) => (r.media_id === null ? [] : [r.media_id])),
    );
    return rows.map((r) => ({
      id: r.id,
      path: `/${r.section_slug}/${r.slug}`,
      headline: r.headline,
      standfirst: r.standfirst,
      section: { id: r.section_id, slug: r.section_slug, name: r.section_name },
      publishedAt: readTime(r.published_at!),
      lead: r.media_id === null ? null : (media.get(r.media_id) ?? null),
    }));
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
    const { id } = await this.db
      .insertInto('sections')
      .values({ slug: section.slug, name: section.name, position: section.position ?? 0 })
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
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

  /** Creates an article with its bylines and tags, all or nothing. */
  async create(article: NewArticle): Promise<number> {
    parseDocument(article.body);
    return this.db.transaction().execute(async (trx) => {
      const { id } = await trx
        .insertInto('articles')
        .values({
          section_id: article.sectionId,
          slug: article.slug,
          status: article.status,
          headline: article.headline,
          standfirst: article.standfirst,
          body: writeJson(article.body),
          dateline_place: article.dateline?.place ?? null,
          dateline_date: article.dateline?.date ?? null,
          lead_media_id: article.leadMediaId,
          lead_caption: article.leadCaption ?? null,
          seo_title: article.seoTitle ?? null,
          seo_description: article.seoDescription ?? null,
          comment_status: article.commentsOpen ? 'open' : 'closed',
          published_at: article.publishedAt ? writeTime(article.publishedAt) : null,
          created_at: writeTime(article.createdAt),
          updated_at: writeTime(article.updatedAt),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (article.bylines.length > 0)
        await trx
          .insertInto('article_bylines')
          .values(
            article.bylines.map((b, position) => ({
              article_id: id,
              person_id: b.personId,
              position,
              credit: b.credit ?? null,
            })),
          )
          .execute();
      for (const [position, tag] of article.tags.entries()) {
        await trx
          .insertInto('tags')
          .values(tag)
          .onConflict((oc) => oc.column('slug').doNothing())
          .execute();
        const { id: tagId } = await trx
          .selectFrom('tags')
          .select('id')
          .where('slug', '=', tag.slug)
          .executeTakeFirstOrThrow();
        await trx
          .insertInto('article_tags')
          .values({ article_id: id, tag_id: tagId, position })
          .execute();
      }
      return id;
    });
  }

  async setCommentsOpen(articleId: number, open: boolean): Promise<void> {
    await this.db
      .updateTable('articles')
      .set({ comment_status: open ? 'open' : 'closed' })
      .where('id', '=', articleId)
      .execute();
  }

  async countAll(): Promise<number> {
    const row = await this.db
      .selectFrom('articles')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }
}
