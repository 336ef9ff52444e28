import { randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { ARTICLE_STATUSES, type ArticleStatus } from '../domain/articles/article.ts';
import { parseDocument } from '../domain/articles/document.ts';
import {
  COMMENT_MODES,
  type ArticleDraft,
  type CommentMode,
  type EditableArticle,
  type SaveResult,
} from '../domain/articles/editing.ts';
import { slugify } from '../domain/slug.ts';
import {
  isUniqueViolation,
  readJson,
  readOptionalTime,
  readTime,
  writeJson,
  writeSearchDocument,
  writeTime,
  type DialectName,
} from './dialect.ts';
import { writeArticleRelations } from './article-relations.ts';
import type { Database } from './schema.ts';

const SLUG_INDEX = {
  name: 'articles_section_slug',
  table: 'articles',
  columns: ['section_id', 'slug'],
};
/** Someone is "editing" while their editor has been heard from this recently. */
export const EDITING_WINDOW_MS = 2 * 60_000;

export interface AdminListItem {
  id: number;
  headline: string;
  status: ArticleStatus;
  section: string;
  bylines: string[];
  createdBy: number | null;
  updatedAt: Date;
  publishedAt: Date | null;
  path: string;
}

export interface RevisionListItem {
  id: number;
  version: number;
  kind: string;
  by: string | null;
  createdAt: Date;
}

const status = (value: string): ArticleStatus =>
  (ARTICLE_STATUSES as readonly string[]).includes(value) ? (value as ArticleStatus) : 'draft';
const commentMode = (value: string): CommentMode =>
  (COMMENT_MODES as readonly string[]).includes(value) ? (value as CommentMode) : 'open';

/** Articles as the newsroom works on them: drafts, saves, revisions, publication. */
export class ArticleEditStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: DialectName,
  ) {}

  async findForEdit(id: number, now: Date): Promise<EditableArticle | null> {
    const row = await this.db
      .selectFrom('articles as a')
      .innerJoin('sections as s', 's.id', 'a.section_id')
      .leftJoin('people as e', 'e.id', 'a.editing_by')
      .selectAll('a')
      .select(['s.slug as section_slug', 'e.name as editing_name'])
      .where('a.id', '=', id)
      .executeTakeFirst();
    if (!row) return null;
    const [bylines, tags] = await Promise.all([
      this.db
        .selectFrom('article_bylines')
        .select(['person_id', 'credit'])
        .where('article_id', '=', id)
        .orderBy('position')
        .execute(),
      this.db
        .selectFrom('article_tags as at')
        .innerJoin('tags as t', 't.id', 'at.tag_id')
        .select('t.name')
        .where('at.article_id', '=', id)
        .orderBy('at.position')
        .execute(),
    ]);
    const editingAt = readOptionalTime(row.editing_at);
    return {
      id: row.id,
      status: status(row.status),
      version: row.version ?? 1,
      createdBy: row.created_by ?? null,
      publishedAt: readOptionalTime(row.published_at),
      updatedAt: readTime(row.updated_at),
      path: `/${row.section_slug}/${row.slug}`,
      editing:
        row.editing_by && editingAt && now.getTime() - editingAt.getTime() < EDITING_WINDOW_MS
          ? { personId: row.editing_by, name: row.editing_name ?? '', at: editingAt }
          : null,
      headline: row.headline,
      standfirst: row.standfirst,
      slug: row.slug,
      sectionId: row.section_id,
      tags: tags.map((t) => t.name),
      bylines: bylines.map((b) => ({ personId: b.person_id, credit: b.credit })),
      dateline: row.dateline_place ? { place: row.dateline_place, date: row.dateline_date } : null,
      leadMediaId: row.lead_media_id,
      leadCaption: row.lead_caption,
      body: parseDocument(readJson(row.body)),
      seoTitle: row.seo_title ?? '',
      seoDescription: row.seo_description ?? '',
      commentMode: commentMode(row.comment_status),
      commentsCloseDays: row.comments_close_days ?? null,
    };
  }

  async sectionExists(id: number): Promise<boolean> {
    return (
      (await this.db
        .selectFrom('sections')
        .select('id')
        .where('id', '=', id)
        .executeTakeFirst()) !== undefined
    );
  }

  /** A new, empty draft in a section, so the editor (and autosave) has an article to work on. */
  async createDraft(draft: { sectionId: number; createdBy: number; now: Date }): Promise<number> {
    const at = writeTime(draft.now);
    return this.db.transaction().execute(async (trx) => {
      const { id } = await trx
        .insertInto('articles')
        .values({
          section_id: draft.sectionId,
          slug: `draft-${randomBytes(6).toString('hex')}`,
          status: 'draft',
          headline: '',
          standfirst: '',
          body: writeJson({ type: 'doc', content: [] }),
          dateline_place: null,
          dateline_date: null,
          lead_media_id: null,
          lead_caption: null,
          seo_title: null,
          seo_description: null,
          comment_status: 'open',
          created_by: draft.createdBy,
          version: 1,
          published_at: null,
          created_at: at,
          updated_at: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await writeSearchDocument(trx, this.dialect, id, {
        headline: '',
        standfirst: '',
        body: '',
        tags: '',
        bylines: '',
      });
      return id;
    });
  }

  /**
   * Saves a draft over version `expectedVersion`, all or nothing: the article, its bylines and
   * tags, its search entry, a redirect from its old address, and a revision.
   */
  async save(change: {
    id: number;
    draft: ArticleDraft;
    expectedVersion: number;
    personId: number;
    now: Date;
    kind: 'save' | 'restore';
  }): Promise<SaveResult> {
    const { draft } = change;
    const at = writeTime(change.now);
    try {
      return await this.db.transaction().execute(async (trx): Promise<SaveResult> => {
        const current = await trx
          .selectFrom('articles as a')
          .innerJoin('sections as s', 's.id', 'a.section_id')
          .select(['a.version', 'a.status', 'a.slug', 's.slug as section_slug', 'a.updated_at'])
          .where('a.id', '=', change.id)
          .executeTakeFirst();
        if (!current) return { ok: false, reason: 'missing' };
        if ((current.version ?? 1) !== change.expectedVersion) {
          const last = await trx
            .selectFrom('revisions as r')
            .leftJoin('people as p', 'p.id', 'r.person_id')
            .select(['p.name', 'r.created_at'])
            .where('r.article_id', '=', change.id)
            .where('r.kind', '<>', 'autosave')
            .orderBy('r.id', 'desc')
            .executeTakeFirst();
          return {
            ok: false,
            reason: 'conflict',
            current: {
              version: current.version ?? 1,
              by: last?.name ?? null,
              at: readTime(last?.created_at ?? current.updated_at),
            },
          };
        }
        const version = (current.version ?? 1) + 1;
        await trx
          .updateTable('articles')
          .set({
            section_id: draft.sectionId ?? undefined,
            slug: draft.slug,
            headline: draft.headline,
            standfirst: draft.standfirst,
            body: writeJson(draft.body),
            dateline_place: draft.dateline?.place ?? null,
            dateline_date: draft.dateline?.date ?? null,
            lead_media_id: draft.leadMediaId,
            lead_caption: draft.leadCaption,
            seo_title: draft.seoTitle || null,
            seo_description: draft.seoDescription || null,
            comment_status: draft.commentMode,
            comments_close_days: draft.commentsCloseDays,
            version,
            updated_at: at,
          })
          .where('id', '=', change.id)
          .execute();

        await writeArticleRelations(
          trx,
          this.dialect,
          change.id,
          { ...draft, tags: draft.tags.map((name) => ({ slug: slugify(name), name })) },
          { replace: true },
        );

        // Every address a published article has had keeps working.
        const section = await trx
          .selectFrom('sections')
          .select('slug')
          .where('id', '=', draft.sectionId ?? -1)
          .executeTakeFirst();
        const oldPath = `/${current.section_slug}/${current.slug}`;
        const newPath = section ? `/${section.slug}/${draft.slug}` : oldPath;
        if (
          oldPath !== newPath &&
          (current.status === 'published' || current.status === 'scheduled')
        ) {
          await trx
            .insertInto('redirects')
            .values({ from_path: oldPath, article_id: change.id, to_path: null, created_at: at })
            .onConflict((oc) =>
              oc.column('from_path').doUpdateSet({ article_id: change.id, to_path: null }),
            )
            .execute();
        }
        // The new address may once have redirected elsewhere; it is this article's now.
        await trx.deleteFrom('redirects').where('from_path', '=', newPath).execute();

        await trx
          .insertInto('revisions')
          .values({
            article_id: change.id,
            version,
            kind: change.kind,
            person_id: change.personId,
            snapshot: writeJson(draft),
            created_at: at,
          })
          .execute();
        // Their autosave is now part of the article.
        await trx
          .deleteFrom('revisions')
          .where('article_id', '=', change.id)
          .where('person_id', '=', change.personId)
          .where('kind', '=', 'autosave')
          .execute();
        return { ok: true, version };
      });
    } catch (error) {
      if (isUniqueViolation(error, SLUG_INDEX)) return { ok: false, reason: 'slug-taken' };
      throw error;
    }
  }

  /** Moves an article between draft, review, scheduled, published and trash. */
  async setStatus(change: {
    id: number;
    status: ArticleStatus;
    publishedAt: Date | null;
    now: Date;
  }): Promise<void> {
    await this.db
      .updateTable('articles')
      .set({
        status: change.status,
        published_at: change.publishedAt ? writeTime(change.publishedAt) : null,
        updated_at: writeTime(change.now),
      })
      .where('id', '=', change.id)
      .execute();
  }

  /** The scheduled-publishing job: publishes the article if its time has come. */
  async publishDue(id: number, now: Date): Promise<boolean> {
    const result = await this.db
      .updateTable('articles')
      .set({ status: 'published' })
      .where('id', '=', id)
      .where('status', '=', 'scheduled')
      .where('published_at', '<=', writeTime(now))
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async listForAdmin(
    filter: {
      status?: ArticleStatus;
      sectionId?: number;
      personId?: number;
      query?: string;
      /** Only articles this person created or is bylined on. */
      ownBy?: number;
    },
    page: { limit: number; offset: number },
  ): Promise<{ total: number; items: AdminListItem[] }> {
    let query = this.db
      .selectFrom('articles as a')
      .innerJoin('sections as s', 's.id', 'a.section_id');
    if (filter.status) query = query.where('a.status', '=', filter.status);
    else query = query.where('a.status', '<>', 'trash');
    if (filter.sectionId) query = query.where('a.section_id', '=', filter.sectionId);
    for (const personId of [filter.personId, filter.ownBy]) {
      if (personId === undefined) continue;
      query = query.where((eb) =>
        eb.or([
          eb('a.created_by', '=', personId),
          eb.exists(
            eb
              .selectFrom('article_bylines as b')
              .select('b.article_id')
              .whereRef('b.article_id', '=', 'a.id')
              .where('b.person_id', '=', personId),
          ),
        ]),
      );
    }
    if (filter.query) {
      // Escape LIKE's wildcards: a headline search for "50%" means the characters.
      const pattern = `%${filter.query.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query = query.where(sql<boolean>`lower(a.headline) like ${pattern} escape '\\'`);
    }
    const [count, rows] = await Promise.all([
      query.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow(),
      query
        .select([
          'a.id',
          'a.headline',
          'a.status',
          'a.slug',
          'a.created_by',
          'a.updated_at',
          'a.published_at',
          's.name as section_name',
          's.slug as section_slug',
        ])
        .orderBy('a.updated_at', 'desc')
        .orderBy('a.id', 'desc')
        .limit(page.limit)
        .offset(page.offset)
        .execute(),
    ]);
    const ids = rows.map((r) => r.id);
    const bylines = ids.length
      ? await this.db
          .selectFrom('article_bylines as b')
          .innerJoin('people as p', 'p.id', 'b.person_id')
          .select(['b.article_id', 'p.name'])
          .where('b.article_id', 'in', ids)
          .orderBy('b.position')
          .execute()
      : [];
    return {
      total: Number(count.n),
      items: rows.map((r) => ({
        id: r.id,
        headline: r.headline,
        status: status(r.status),
        section: r.section_name,
        bylines: bylines.filter((b) => b.article_id === r.id).map((b) => b.name),
        createdBy: r.created_by ?? null,
        updatedAt: readTime(r.updated_at),
        publishedAt: readOptionalTime(r.published_at),
        path: `/${r.section_slug}/${r.slug}`,
      })),
    };
  }

  async listRevisions(articleId: number): Promise<RevisionListItem[]> {
    const rows = await this.db
      .selectFrom('revisions as r')
      .leftJoin('people as p', 'p.id', 'r.person_id')
      .select(['r.id', 'r.version', 'r.kind', 'p.name', 'r.created_at'])
      .where('r.article_id', '=', articleId)
      .where('r.kind', '<>', 'autosave')
      .orderBy('r.id', 'desc')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      version: r.version,
      kind: r.kind,
      by: r.name,
      createdAt: readTime(r.created_at),
    }));
  }

  async findRevision(
    articleId: number,
    revisionId: number,
  ): Promise<(RevisionListItem & { draft: ArticleDraft }) | null> {
    const row = await this.db
      .selectFrom('revisions as r')
      .leftJoin('people as p', 'p.id', 'r.person_id')
      .select(['r.id', 'r.version', 'r.kind', 'p.name', 'r.created_at', 'r.snapshot'])
      .where('r.article_id', '=', articleId)
      .where('r.id', '=', revisionId)
      .executeTakeFirst();
    if (!row) return null;
    const draft = readJson(row.snapshot) as ArticleDraft;
    return {
      id: row.id,
      version: row.version,
      kind: row.kind,
      by: row.name,
      createdAt: readTime(row.created_at),
      draft: { ...draft, body: parseDocument(draft.body) },
    };
  }

  /** Keeps a person's unsaved work (one autosave each, replaced) and notes they are editing. */
  async autosave(change: {
    articleId: number;
    personId: number;
    version: number;
    draft: ArticleDraft;
    now: Date;
  }): Promise<void> {
    const at = writeTime(change.now);
    await this.db.transaction().execute(async (trx) => {
      await trx
        .deleteFrom('revisions')
        .where('article_id', '=', change.articleId)
        .where('person_id', '=', change.personId)
        .where('kind', '=', 'autosave')
        .execute();
      await trx
        .insertInto('revisions')
        .values({
          article_id: change.articleId,
          version: change.version,
          kind: 'autosave',
          person_id: change.personId,
          snapshot: writeJson(change.draft),
          created_at: at,
        })
        .execute();
      await trx
        .updateTable('articles')
        .set({ editing_by: change.personId, editing_at: at })
        .where('id', '=', change.articleId)
        .execute();
    });
  }

  /** A person's autosave newer than the article's last save, if there is one. */
  async findAutosave(articleId: number, personId: number) {
    const row = await this.db
      .selectFrom('revisions as r')
      .innerJoin('articles as a', 'a.id', 'r.article_id')
      .select(['r.snapshot', 'r.created_at', 'r.version', 'a.updated_at'])
      .where('r.article_id', '=', articleId)
      .where('r.person_id', '=', personId)
      .where('r.kind', '=', 'autosave')
      .executeTakeFirst();
    if (!row || readTime(row.created_at) <= readTime(row.updated_at)) return null;
    const draft = readJson(row.snapshot) as ArticleDraft;
    return {
      draft: { ...draft, body: parseDocument(draft.body) },
      savedAt: readTime(row.created_at),
      version: row.version,
    };
  }

  async markEditing(articleId: number, personId: number, now: Date): Promise<void> {
    await this.db
      .updateTable('articles')
      .set({ editing_by: personId, editing_at: writeTime(now) })
      .where('id', '=', articleId)
      .execute();
  }

  /** Other people whose editor has been heard from recently (their autosaves, their visits). */
  async othersEditing(articleId: number, personId: number, now: Date): Promise<string[]> {
    const since = writeTime(new Date(now.getTime() - EDITING_WINDOW_MS));
    const rows = await this.db
      .selectFrom('revisions as r')
      .innerJoin('people as p', 'p.id', 'r.person_id')
      .select('p.name')
      .where('r.article_id', '=', articleId)
      .where('r.kind', '=', 'autosave')
      .where('r.person_id', '<>', personId)
      .where('r.created_at', '>=', since)
      .execute();
    const article = await this.db
      .selectFrom('articles as a')
      .innerJoin('people as p', 'p.id', 'a.editing_by')
      .select('p.name')
      .where('a.id', '=', articleId)
      .where('a.editing_by', '<>', personId)
      .where('a.editing_at', '>=', since)
      .executeTakeFirst();
    return [...new Set([...rows.map((r) => r.name), ...(article ? [article.name] : [])])];
  }
}
