// The SQL of imports (WordPress, Disqus) and of the WordPress export. Everything an import brings
// in is linked to its id at the source in `import_links`, so running an import again finds what
// is already here and changes nothing; each article is written with its bylines, tags, search
// entry, comments, redirects and links in one transaction, so an import that stops part way
// leaves whole articles or none, and a rerun carries on.
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { ArticleStatus } from '../domain/articles/article.ts';
import { parseDocument, type ArticleDocument } from '../domain/articles/document.ts';
import type { CommentStatus } from '../domain/comments/comment.ts';
import { slugify } from '../domain/slug.ts';
import {
  inChunks,
  readJson,
  readOptionalTime,
  readTime,
  writeJson,
  writeTime,
  type DialectName,
} from './dialect.ts';
import { JobStore } from './job-store.ts';
import { updateSettingsRow } from './settings-store.ts';
import { newArticleRow, writeArticleRelations } from './article-relations.ts';
import type { NewArticle } from './article-store.ts';
import { appendToLog } from './moderation-log.ts';
import type { Database } from './schema.ts';

type Db = Kysely<Database> | Transaction<Database>;

export interface ImportedComment {
  /** The comment's id at the source (a WordPress comment id, a Disqus post id). */
  externalId: string;
  parentExternalId: string | null;
  /** Keep this public number (`#comment-N`); null: take the next one. */
  number: number | null;
  status: CommentStatus;
  kind: 'comment' | 'pingback' | 'trackback';
  authorName: string;
  authorEmail: string;
  authorUrl: string;
  authorIp: string;
  authorUserAgent: string;
  personId: number | null;
  text: string;
  html: string;
  createdAt: Date;
}

export interface CommentWriteOptions {
  /** Named in the moderation log as the rule that decided: "import:wordpress". */
  rule: string;
  reason: (comment: ImportedComment) => string;
  /** The duplicate fingerprint (see post-comment.ts), given the parent's number. */
  fingerprint: (parentNumber: number | null, comment: ImportedComment) => string;
}

export interface CommentWriteResult {
  imported: number;
  /** Already imported by an earlier run. */
  already: number;
  /** Numbers another comment here already had: the comment got a new one. */
  renumbered: { from: number; to: number }[];
  /** Comments whose parent is not among the imported ones: shown at the top level. */
  orphans: { externalId: string; parentExternalId: string; commentId: number }[];
  /** The same comment twice on one article: kept, marked so the duplicate index allows it. */
  duplicates: number;
}

export interface ImportedArticle extends NewArticle {
  externalId: string;
  createdBy: number | null;
  pinnedAt: Date | null;
  /** Old addresses (path, with any query string) that should answer 301 with the new one. */
  redirects: string[];
  comments: ImportedComment[];
}

/** What runs inside an article's transaction besides the writes here (a publishing job, say). */
export type WithinArticle = (tx: { jobs: JobStore }, articleId: number) => Promise<void>;

export interface NewImportedMedia {
  file: string;
  original: string | null;
  originalUrl: string | null;
  filename: string;
  mime: string;
  width: number;
  height: number;
  bytes: number;
  alt: string;
  caption: string;
  credit: string;
  description: string;
}

export interface ImportRunSummary {
  imported: Record<string, number>;
  skipped: Record<string, number>;
  warnings: { kind: string; count: number; examples: string[] }[];
}

/** An import run started from the admin, as any instance shows it. */
export interface ImportRun {
  id: string;
  kind: 'wordpress' | 'disqus';
  /** The uploaded export in the data folder (shared by every instance); removed when done. */
  file: string;
  /** The name it was uploaded under, for people. */
  fileName: string;
  /** The old site's zone for local times; null: the site's own. */
  timeZone: string | null;
  /** queued → running → done | failed; `waiting` after a failure that will be retried. */
  status: 'queued' | 'running' | 'waiting' | 'done' | 'failed';
  phase: string;
  read: number;
  summary: ImportRunSummary;
  error: string | null;
  startedBy: string;
  createdAt: string;
  updatedAt: string;
}

const RUN_PREFIX = 'import-run:';
const IMAGE_ORIGINS = 'import:image-origins';

/** Parents before their replies, whatever order the source wrote them in. */
function parentsFirst(comments: ImportedComment[]): ImportedComment[] {
  const ids = new Set(comments.map((c) => c.externalId));
  const placed = new Set<string>();
  const out: ImportedComment[] = [];
  let rest = comments;
  while (rest.length > 0) {
    const next = rest.filter(
      (c) => !c.parentExternalId || !ids.has(c.parentExternalId) || placed.has(c.parentExternalId),
    );
    // A cycle (a broken export): the rest go in as they are, their parents found or not.
    const batch = next.length > 0 ? next : rest;
    for (const c of batch) {
      out.push(c);
      placed.add(c.externalId);
    }
    rest = rest.filter((c) => !placed.has(c.externalId));
  }
  return out;
}

export class ImportStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: DialectName,
  ) {}

  async findLink(source: string, kind: string, externalId: string, db: Db = this.db) {
    const row = await db
      .selectFrom('import_links')
      .select('local_id')
      .where('source', '=', source)
      .where('kind', '=', kind)
      .where('external_id', '=', externalId)
      .executeTakeFirst();
    return row?.local_id ?? null;
  }

  async findLinks(
    source: string,
    kind: string,
    externalIds: string[],
  ): Promise<Map<string, number>> {
    const found = new Map<string, number>();
    for (const part of inChunks([...new Set(externalIds)])) {
      const rows = await this.db
        .selectFrom('import_links')
        .select(['external_id', 'local_id'])
        .where('source', '=', source)
        .where('kind', '=', kind)
        .where('external_id', 'in', part)
        .execute();
      for (const r of rows) found.set(r.external_id, r.local_id);
    }
    return found;
  }

  /** Every link of one kind, as [external id, local id] pairs. */
  async linksOfKind(source: string, kind: string): Promise<[string, number][]> {
    const rows = await this.db
      .selectFrom('import_links')
      .select(['external_id', 'local_id'])
      .where('source', '=', source)
      .where('kind', '=', kind)
      .execute();
    return rows.map((r) => [r.external_id, r.local_id]);
  }

  /** A link from any source whose name starts with `sourcePrefix` ("wordpress:"). */
  async findLinkFromAny(sourcePrefix: string, kind: string, externalId: string) {
    const row = await this.db
      .selectFrom('import_links')
      .select('local_id')
      .where('source', 'like', `${sourcePrefix.replace(/[\\%_]/g, '\\$&')}%`)
      .where('kind', '=', kind)
      .where('external_id', '=', externalId)
      .orderBy('created_at')
      .executeTakeFirst();
    return row?.local_id ?? null;
  }

  /** Records what an external id became here (a Disqus thread's article, say). */
  async addLink(source: string, kind: string, externalId: string, localId: number, now: Date) {
    await this.link(this.db, source, kind, externalId, localId, now);
  }

  /** The comment with this public number, if it is on this article. */
  async commentOnArticle(articleId: number, number: number): Promise<boolean> {
    const row = await this.db
      .selectFrom('comments')
      .select('id')
      .where('article_id', '=', articleId)
      .where('number', '=', number)
      .executeTakeFirst();
    return row !== undefined;
  }

  private async link(
    db: Db,
    source: string,
    kind: string,
    externalId: string,
    localId: number,
    now: Date,
  ) {
    await db
      .insertInto('import_links')
      .values({
        source,
        kind,
        external_id: externalId,
        local_id: localId,
        created_at: writeTime(now),
      })
      .onConflict((oc) => oc.columns(['source', 'kind', 'external_id']).doNothing())
      .execute();
  }

  /**
   * The person an author of the source is: linked before, or the person with their email, or a
   * new person without password or role (a byline; an owner can invite them later).
   */
  async ensurePerson(
    source: string,
    login: string,
    person: { name: string; email: string },
    now: Date,
  ): Promise<{ id: number; created: boolean }> {
    return this.db.transaction().execute(async (trx) => {
      const linked = await this.findLink(source, 'author', login, trx);
      if (linked !== null) return { id: linked, created: false };
      const email = person.email.trim().toLowerCase();
      const existing = email
        ? await trx.selectFrom('people').select('id').where('email', '=', email).executeTakeFirst()
        : undefined;
      let id = existing?.id;
      if (id === undefined) {
        const base = slugify(person.name) || slugify(login) || 'person';
        let slug = base;
        for (let n = 2; await this.exists(trx, 'people', 'slug', slug); n++) slug = `${base}-${n}`;
        const at = writeTime(now);
        ({ id } = await trx
          .insertInto('people')
          .values({
            slug,
            name: person.name,
            email: email || null,
            role: null,
            password_hash: null,
            created_at: at,
            updated_at: at,
          })
          .returning('id')
          .executeTakeFirstOrThrow());
      }
      await this.link(trx, source, 'author', login, id, now);
      return { id, created: existing === undefined };
    });
  }

  private async exists(db: Db, table: 'people' | 'sections', column: 'slug', value: string) {
    const row = await db
      .selectFrom(table)
      .select('id')
      .where(column, '=', value)
      .executeTakeFirst();
    return row !== undefined;
  }

  /** The section a category (or the pages) goes to: linked before, same slug, or new. */
  async ensureSection(
    source: string,
    externalId: string,
    section: { slug: string; name: string },
    now: Date,
  ): Promise<{ id: number; slug: string; created: boolean }> {
    return this.db.transaction().execute(async (trx) => {
      const linked = await this.findLink(source, 'category', externalId, trx);
      if (linked !== null) {
        const row = await trx
          .selectFrom('sections')
          .select('slug')
          .where('id', '=', linked)
          .executeTakeFirst();
        if (row) return { id: linked, slug: row.slug, created: false };
      }
      const existing = await trx
        .selectFrom('sections')
        .select('id')
        .where('slug', '=', section.slug)
        .executeTakeFirst();
      let id = existing?.id;
      if (id === undefined) {
        const last = await trx
          .selectFrom('sections')
          .select((eb) => eb.fn.max('position').as('position'))
          .executeTakeFirst();
        ({ id } = await trx
          .insertInto('sections')
          .values({
            slug: section.slug,
            name: section.name,
            position: Number(last?.position ?? 0) + 1,
          })
          .returning('id')
          .executeTakeFirstOrThrow());
      }
      await this.link(trx, source, 'category', externalId, id, now);
      return { id, slug: section.slug, created: existing === undefined };
    });
  }

  /** Redirects to a path (a section's, a tag's); an address already redirected is left alone. */
  async addPathRedirects(redirects: { from: string; to: string }[], now: Date): Promise<number> {
    let added = 0;
    for (const r of redirects) {
      const result = await this.db
        .insertInto('redirects')
        .values({ from_path: r.from, article_id: null, to_path: r.to, created_at: writeTime(now) })
        .onConflict((oc) => oc.column('from_path').doNothing())
        .executeTakeFirst();
      added += Number(result.numInsertedOrUpdatedRows ?? 0);
    }
    return added;
  }

  async sectionSlugs(): Promise<Set<string>> {
    const rows = await this.db.selectFrom('sections').select('slug').execute();
    return new Set(rows.map((r) => r.slug));
  }

  async findMediaLink(
    source: string,
    externalId: string,
  ): Promise<{ id: number; originalUrl: string | null } | null> {
    const row = await this.db
      .selectFrom('import_links as l')
      .innerJoin('media as m', 'm.id', 'l.local_id')
      .select(['m.id', 'm.original_url'])
      .where('l.source', '=', source)
      .where('l.kind', '=', 'attachment')
      .where('l.external_id', '=', externalId)
      .executeTakeFirst();
    return row ? { id: row.id, originalUrl: row.original_url ?? null } : null;
  }

  /**
   * A media record for an attachment, linked by its id, by each address it was shown at, and by
   * any other kinds given (`attached-to:<post>`).
   */
  async createMedia(
    source: string,
    externalId: string,
    urlKeys: string[],
    media: NewImportedMedia,
    now: Date,
    otherLinks: string[] = [],
  ): Promise<number> {
    return this.db.transaction().execute(async (trx) => {
      const { id } = await trx
        .insertInto('media')
        .values({
          file: media.file,
          original: media.original,
          original_url: media.originalUrl,
          filename: media.filename,
          mime: media.mime,
          width: media.width,
          height: media.height,
          bytes: media.bytes,
          alt: media.alt,
          caption: media.caption,
          credit: media.credit,
          source: '',
          description: media.description,
          may_redistribute: 0,
          uploaded_by: null,
          created_at: writeTime(now),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await this.link(trx, source, 'attachment', externalId, id, now);
      // The first attachment shown at an address keeps it; a later copy does not take it over.
      for (const key of urlKeys) await this.link(trx, source, 'attachment-url', key, id, now);
      for (const kind of otherLinks) await this.link(trx, source, kind, externalId, id, now);
      return id;
    });
  }

  /** Captions and credits of media records, to tell an override from the record's own. */
  async mediaTexts(ids: number[]): Promise<Map<number, { caption: string; credit: string }>> {
    const found = new Map<number, { caption: string; credit: string }>();
    for (const part of inChunks([...new Set(ids)])) {
      const rows = await this.db
        .selectFrom('media')
        .select(['id', 'caption', 'credit'])
        .where('id', 'in', part)
        .execute();
      for (const r of rows) found.set(r.id, { caption: r.caption, credit: r.credit });
    }
    return found;
  }

  /** Whether a media file name is already in use (imported remote pictures get made-up ones). */
  async mediaFileTaken(file: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('media')
      .select('id')
      .where('file', '=', file)
      .executeTakeFirst();
    return row !== undefined;
  }

  /** Moves the comment counter up to `number`, so numbers up to it are never handed out. */
  async reserveCommentNumbers(number: number, db: Db = this.db): Promise<void> {
    await db
      .updateTable('counters')
      .set({ value: number })
      .where('name', '=', 'comment_number')
      .where('value', '<', number)
      .execute();
  }

  async commentCounter(): Promise<number> {
    const row = await this.db
      .selectFrom('counters')
      .select('value')
      .where('name', '=', 'comment_number')
      .executeTakeFirstOrThrow();
    return Number(row.value);
  }

  /**
   * An article, with everything that belongs to it, in one transaction; null when an earlier
   * run brought it in already.
   */
  async writeArticle(
    source: string,
    article: ImportedArticle,
    options: CommentWriteOptions & { within?: WithinArticle },
    now: Date,
  ): Promise<{
    articleId: number;
    path: string;
    redirects: number;
    comments: CommentWriteResult;
  } | null> {
    parseDocument(article.body);
    return this.db.transaction().execute(async (trx) => {
      if ((await this.findLink(source, 'post', article.externalId, trx)) !== null) return null;
      const section = await trx
        .selectFrom('sections')
        .select('slug')
        .where('id', '=', article.sectionId)
        .executeTakeFirstOrThrow();
      // Another article may have the address already: the import takes the next free one.
      let slug = article.slug;
      for (let n = 2; ; n++) {
        const taken = await trx
          .selectFrom('articles')
          .select('id')
          .where('section_id', '=', article.sectionId)
          .where('slug', '=', slug)
          .executeTakeFirst();
        if (!taken) break;
        slug = `${article.slug}-${n}`;
      }
      const { id } = await trx
        .insertInto('articles')
        .values({
          ...newArticleRow({ ...article, slug }),
          created_by: article.createdBy,
          version: 1,
          pinned_at: article.pinnedAt ? writeTime(article.pinnedAt) : null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await this.link(trx, source, 'post', article.externalId, id, now);

      await writeArticleRelations(trx, this.dialect, id, article, { replace: false });

      const path = `/${section.slug}/${slug}`;
      let redirects = 0;
      for (const from of new Set(article.redirects)) {
        if (from === path) continue;
        const result = await trx
          .insertInto('redirects')
          .values({ from_path: from, article_id: id, to_path: null, created_at: writeTime(now) })
          .onConflict((oc) => oc.column('from_path').doNothing())
          .executeTakeFirst();
        redirects += Number(result.numInsertedOrUpdatedRows ?? 0);
      }
      const comments = await this.insertComments(trx, source, id, article.comments, options, now);
      await options.within?.({ jobs: new JobStore(trx) }, id);
      return { articleId: id, path, redirects, comments };
    });
  }

  /** Comments for an article already here (a later export, a Disqus import): one transaction. */
  async writeComments(
    source: string,
    articleId: number,
    comments: ImportedComment[],
    options: CommentWriteOptions,
    now: Date,
  ): Promise<CommentWriteResult> {
    return this.db
      .transaction()
      .execute((trx) => this.insertComments(trx, source, articleId, comments, options, now));
  }

  private async insertComments(
    trx: Transaction<Database>,
    source: string,
    articleId: number,
    comments: ImportedComment[],
    options: CommentWriteOptions,
    now: Date,
  ): Promise<CommentWriteResult> {
    const result: CommentWriteResult = {
      imported: 0,
      already: 0,
      renumbered: [],
      orphans: [],
      duplicates: 0,
    };
    for (const c of parentsFirst(comments)) {
      if ((await this.findLink(source, 'comment', c.externalId, trx)) !== null) {
        result.already++;
        continue;
      }
      const parent = c.parentExternalId
        ? await trx
            .selectFrom('import_links as l')
            .innerJoin('comments as p', 'p.id', 'l.local_id')
            .select(['p.id', 'p.number', 'p.article_id'])
            .where('l.source', '=', source)
            .where('l.kind', '=', 'comment')
            .where('l.external_id', '=', c.parentExternalId)
            .executeTakeFirst()
        : undefined;
      const parentHere = parent && parent.article_id === articleId ? parent : undefined;

      let number: number;
      const taken =
        c.number !== null &&
        (await trx
          .selectFrom('comments')
          .select('id')
          .where('number', '=', c.number)
          .executeTakeFirst()) !== undefined;
      if (c.number !== null && !taken) {
        number = c.number;
        await this.reserveCommentNumbers(number, trx);
      } else {
        ({ number } = await trx
          .updateTable('counters')
          .set((eb) => ({ value: eb('value', '+', 1) }))
          .where('name', '=', 'comment_number')
          .returning('value as number')
          .executeTakeFirstOrThrow());
        if (c.number !== null) result.renumbered.push({ from: c.number, to: number });
      }

      let fingerprint = options.fingerprint(parentHere?.number ?? null, c);
      if (c.status !== 'trash') {
        const duplicate = await trx
          .selectFrom('comments')
          .select('id')
          .where('article_id', '=', articleId)
          .where('fingerprint', '=', fingerprint)
          .where('status', '<>', 'trash')
          .executeTakeFirst();
        if (duplicate) {
          // The source has the same comment twice; both are kept, as they were there.
          fingerprint = `${fingerprint}:${source}:${c.externalId}`;
          result.duplicates++;
        }
      }
      const at = writeTime(c.createdAt);
      const { id } = await trx
        .insertInto('comments')
        .values({
          number,
          article_id: articleId,
          parent_id: parentHere?.id ?? null,
          status: c.status,
          author_name: c.authorName,
          author_email: c.authorEmail,
          author_email_key: c.authorEmail.trim().toLowerCase(),
          author_url: c.authorUrl,
          author_ip: c.authorIp,
          author_user_agent: c.authorUserAgent,
          person_id: c.personId,
          text: c.text,
          html: c.html,
          fingerprint,
          kind: c.kind,
          created_at: at,
          updated_at: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await appendToLog(trx, [
        {
          commentId: id,
          by: { rule: options.rule },
          from: null,
          to: c.status,
          reason: options.reason(c),
          at: writeTime(now),
        },
      ]);
      await this.link(trx, source, 'comment', c.externalId, id, now);
      if (c.parentExternalId && !parentHere)
        result.orphans.push({
          externalId: c.externalId,
          parentExternalId: c.parentExternalId,
          commentId: id,
        });
      result.imported++;
    }
    return result;
  }

  /**
   * Sets the parent of comments imported before their parent was (a source that lists replies
   * first); true for each that found its parent now.
   */
  async attachToParent(
    source: string,
    orphan: { commentId: number; parentExternalId: string },
    fingerprint: (parentNumber: number, c: { name: string; email: string; text: string }) => string,
  ): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      const child = await trx
        .selectFrom('comments')
        .select(['id', 'article_id', 'parent_id', 'author_name', 'author_email', 'text', 'status'])
        .where('id', '=', orphan.commentId)
        .executeTakeFirst();
      const parent = await trx
        .selectFrom('import_links as l')
        .innerJoin('comments as p', 'p.id', 'l.local_id')
        .select(['p.id', 'p.number', 'p.article_id'])
        .where('l.source', '=', source)
        .where('l.kind', '=', 'comment')
        .where('l.external_id', '=', orphan.parentExternalId)
        .executeTakeFirst();
      if (!child || child.parent_id !== null || !parent || parent.article_id !== child.article_id)
        return false;
      const print = fingerprint(parent.number, {
        name: child.author_name,
        email: child.author_email,
        text: child.text,
      });
      const clash =
        child.status !== 'trash' &&
        (await trx
          .selectFrom('comments')
          .select('id')
          .where('article_id', '=', child.article_id)
          .where('fingerprint', '=', print)
          .where('status', '<>', 'trash')
          .executeTakeFirst()) !== undefined;
      await trx
        .updateTable('comments')
        .set({ parent_id: parent.id, fingerprint: clash ? `${print}:${child.id}` : print })
        .where('id', '=', child.id)
        .execute();
      return true;
    });
  }

  /** Comments of a source imported with no parent although they named one (see attachToParent). */
  async orphanedComments(
    source: string,
    externalIds: string[],
  ): Promise<Map<string, { commentId: number; parentId: number | null }>> {
    const out = new Map<string, { commentId: number; parentId: number | null }>();
    for (const part of inChunks([...new Set(externalIds)])) {
      const rows = await this.db
        .selectFrom('import_links as l')
        .innerJoin('comments as c', 'c.id', 'l.local_id')
        .select(['l.external_id', 'c.id', 'c.parent_id'])
        .where('l.source', '=', source)
        .where('l.kind', '=', 'comment')
        .where('l.external_id', 'in', part)
        .execute();
      for (const r of rows) out.set(r.external_id, { commentId: r.id, parentId: r.parent_id });
    }
    return out;
  }

  /** The article at a site path: its own address, or one that redirects to it. */
  async findArticleAt(path: string): Promise<number | null> {
    const direct = /^\/([^/?#]+)\/([^/?#]+)\/?$/.exec(path);
    if (direct) {
      const row = await this.db
        .selectFrom('articles as a')
        .innerJoin('sections as s', 's.id', 'a.section_id')
        .select('a.id')
        .where('s.slug', '=', decodeURIComponent(direct[1]!))
        .where('a.slug', '=', decodeURIComponent(direct[2]!))
        .executeTakeFirst();
      if (row) return row.id;
    }
    const candidates = [path, path.replace(/\/+$/, ''), `${path.replace(/\/+$/, '')}/`];
    const redirect = await this.db
      .selectFrom('redirects')
      .select(['article_id', 'to_path'])
      .where('from_path', 'in', [...new Set(candidates.filter(Boolean))])
      .where('article_id', 'is not', null)
      .executeTakeFirst();
    return redirect?.article_id ?? null;
  }

  /** Origins of imported pictures that stayed on the old site: the CSP must allow them. */
  async imageOrigins(): Promise<string[]> {
    const row = await this.db
      .selectFrom('settings')
      .select('value')
      .where('key', '=', IMAGE_ORIGINS)
      .executeTakeFirst();
    const value = row ? readJson(row.value) : [];
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  }

  async addImageOrigins(origins: Iterable<string>): Promise<void> {
    const add = [...origins];
    if (add.length === 0) return;
    await updateSettingsRow<string[]>(this.db, IMAGE_ORIGINS, [], (current) => {
      const next = [...new Set([...current, ...add])].sort();
      return next.length === current.length ? undefined : next;
    });
  }

  async saveRun(run: ImportRun): Promise<void> {
    await this.db
      .insertInto('settings')
      .values({ key: `${RUN_PREFIX}${run.id}`, value: writeJson(run) })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: writeJson(run) }))
      .execute();
  }

  async findRun(id: string): Promise<ImportRun | null> {
    const row = await this.db
      .selectFrom('settings')
      .select('value')
      .where('key', '=', `${RUN_PREFIX}${id}`)
      .executeTakeFirst();
    return row ? (readJson(row.value) as ImportRun) : null;
  }

  /** The latest runs, newest first. */
  async listRuns(limit: number): Promise<ImportRun[]> {
    const rows = await this.db
      .selectFrom('settings')
      .select('value')
      .where('key', 'like', `${RUN_PREFIX}%`)
      .execute();
    return rows
      .map((r) => readJson(r.value) as ImportRun)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
      .slice(0, limit);
  }
}

// ---------------------------------------------------------------------------------------------
// The export reads the site in pages, so a site of any size is written out in bounded memory.

export interface ExportPerson {
  id: number;
  slug: string;
  name: string;
  email: string | null;
}

export interface ExportArticle {
  id: number;
  sectionSlug: string;
  sectionName: string;
  slug: string;
  status: ArticleStatus;
  headline: string;
  standfirst: string;
  body: ArticleDocument;
  dateline: { place: string; date: string | null } | null;
  leadMediaId: number | null;
  seoTitle: string | null;
  seoDescription: string | null;
  commentsOpen: boolean;
  bylines: { personId: number; credit: string | null }[];
  tags: { slug: string; name: string }[];
  pinnedAt: Date | null;
  publishedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface ExportComment {
  number: number;
  parentNumber: number | null;
  status: CommentStatus;
  kind: string;
  authorName: string;
  authorEmail: string;
  authorUrl: string;
  authorIp: string;
  personId: number | null;
  html: string;
  createdAt: Date;
}

export interface ExportMedia {
  id: number;
  file: string;
  originalUrl: string | null;
  filename: string;
  mime: string;
  width: number;
  height: number;
  alt: string;
  caption: string;
  credit: string;
  description: string;
  createdAt: Date;
}

export class ExportStore {
  constructor(private readonly db: Kysely<Database>) {}

  /** Everyone named on an article: bylines and who created it. */
  async people(): Promise<ExportPerson[]> {
    return this.db
      .selectFrom('people as p')
      .select(['p.id', 'p.slug', 'p.name', 'p.email'])
      .where((eb) =>
        eb.or([
          eb.exists(
            eb
              .selectFrom('article_bylines as b')
              .select('b.article_id')
              .whereRef('b.person_id', '=', 'p.id'),
          ),
          eb.exists(
            eb.selectFrom('articles as a').select('a.id').whereRef('a.created_by', '=', 'p.id'),
          ),
        ]),
      )
      .orderBy('p.id')
      .execute();
  }

  async sections() {
    return this.db
      .selectFrom('sections')
      .select(['id', 'slug', 'name'])
      .orderBy('position')
      .orderBy('id')
      .execute();
  }

  async tags() {
    return this.db.selectFrom('tags').select(['id', 'slug', 'name']).orderBy('id').execute();
  }

  async maxArticleId(): Promise<number> {
    const row = await this.db
      .selectFrom('articles')
      .select((eb) => eb.fn.max('id').as('id'))
      .executeTakeFirst();
    return Number(row?.id ?? 0);
  }

  /** Articles with ids above `afterId`, in id order. */
  async articles(afterId: number, limit: number): Promise<ExportArticle[]> {
    const rows = await this.db
      .selectFrom('articles as a')
      .innerJoin('sections as s', 's.id', 'a.section_id')
      .selectAll('a')
      .select(['s.slug as section_slug', 's.name as section_name'])
      .where('a.id', '>', afterId)
      .orderBy('a.id')
      .limit(limit)
      .execute();
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const [bylines, tags] = await Promise.all([
      this.db
        .selectFrom('article_bylines')
        .select(['article_id', 'person_id', 'credit'])
        .where('article_id', 'in', ids)
        .orderBy('article_id')
        .orderBy('position')
        .execute(),
      this.db
        .selectFrom('article_tags as at')
        .innerJoin('tags as t', 't.id', 'at.tag_id')
        .select(['at.article_id', 't.slug', 't.name'])
        .where('at.article_id', 'in', ids)
        .orderBy('at.article_id')
        .orderBy('at.position')
        .execute(),
    ]);
    return rows.map((r) => ({
      id: r.id,
      sectionSlug: r.section_slug,
      sectionName: r.section_name,
      slug: r.slug,
      status: r.status as ArticleStatus,
      headline: r.headline,
      standfirst: r.standfirst,
      body: parseDocument(readJson(r.body)),
      dateline: r.dateline_place ? { place: r.dateline_place, date: r.dateline_date } : null,
      leadMediaId: r.lead_media_id,
      seoTitle: r.seo_title,
      seoDescription: r.seo_description,
      commentsOpen: r.comment_status !== 'closed',
      bylines: bylines
        .filter((b) => b.article_id === r.id)
        .map((b) => ({ personId: b.person_id, credit: b.credit })),
      tags: tags.filter((t) => t.article_id === r.id).map((t) => ({ slug: t.slug, name: t.name })),
      pinnedAt: readOptionalTime(r.pinned_at),
      publishedAt: readOptionalTime(r.published_at),
      createdAt: readTime(r.created_at),
      updatedAt: readTime(r.updated_at),
    }));
  }

  /** Every comment of these articles, oldest first, with its parent's number. */
  async comments(articleId: number): Promise<ExportComment[]> {
    const rows = await this.db
      .selectFrom('comments as c')
      .leftJoin('comments as p', 'p.id', 'c.parent_id')
      .select([
        'c.number',
        'p.number as parent_number',
        'c.status',
        'c.kind',
        'c.author_name',
        'c.author_email',
        'c.author_url',
        'c.author_ip',
        'c.person_id',
        'c.html',
        'c.created_at',
      ])
      .where('c.article_id', '=', articleId)
      .orderBy('c.created_at')
      .orderBy('c.id')
      .execute();
    return rows.map((r) => ({
      number: r.number,
      parentNumber: r.parent_number ?? null,
      status: r.status as CommentStatus,
      kind: r.kind ?? 'comment',
      authorName: r.author_name,
      authorEmail: r.author_email,
      authorUrl: r.author_url,
      authorIp: r.author_ip,
      personId: r.person_id,
      html: r.html,
      createdAt: readTime(r.created_at),
    }));
  }

  async media(afterId: number, limit: number): Promise<ExportMedia[]> {
    const rows = await this.db
      .selectFrom('media')
      .selectAll()
      .where('id', '>', afterId)
      .orderBy('id')
      .limit(limit)
      .execute();
    return rows.map(toExportMedia);
  }

  async mediaByIds(ids: number[]): Promise<Map<number, ExportMedia>> {
    const found = new Map<number, ExportMedia>();
    for (const part of inChunks([...new Set(ids)])) {
      const rows = await this.db.selectFrom('media').selectAll().where('id', 'in', part).execute();
      for (const r of rows) found.set(r.id, toExportMedia(r));
    }
    return found;
  }
}

const toExportMedia = (m: Selectable<Database['media']>): ExportMedia => ({
  id: m.id,
  file: m.file,
  originalUrl: m.original_url ?? null,
  filename: m.filename ?? '',
  mime: m.mime,
  width: m.width,
  height: m.height,
  alt: m.alt,
  caption: m.caption,
  credit: m.credit,
  description: m.description ?? '',
  createdAt: readTime(m.created_at),
});
