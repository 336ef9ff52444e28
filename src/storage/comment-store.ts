import { emailKey } from '../domain/email.ts';
import type { Kysely } from 'kysely';
import { type CommentStatus, type PublicComment } from '../domain/comments/comment.ts';
import type { ModerationPorts } from '../domain/comments/moderate-comment.ts';
import type {
  Acceptance,
  CommenterMeasure,
  CommentTarget,
} from '../domain/comments/moderation/rule.ts';
import { type CommentPorts, type NewCommentRecord } from '../domain/comments/post-comment.ts';
import { isPublic } from '../domain/articles/article.ts';
import { commentsOpenAt } from './article-store.ts';
import { readOptionalTime, readTime, writeTime } from './dialect.ts';
import { appendToLog } from './moderation-log.ts';
import { commentStatus, rethrowAsDuplicate } from './comment-rows.ts';
import type { CommentRow, Database } from './schema.ts';

// The only columns a public page may read: no email, IP or user agent.
const PUBLIC_COLUMNS = [
  'id',
  'number',
  'parent_id',
  'status',
  'author_name',
  'author_url',
  'html',
  'created_at',
  'person_id',
  'featured_at',
] as const;

type PublicRow = Pick<CommentRow, (typeof PUBLIC_COLUMNS)[number]>;

const toPublic = (r: PublicRow): PublicComment => ({
  id: r.id,
  number: r.number,
  parentId: r.parent_id,
  status: commentStatus(r.status),
  authorName: r.author_name,
  authorUrl: r.author_url,
  html: r.html,
  createdAt: readTime(r.created_at),
  byStaff: r.person_id !== null,
  featured: r.featured_at !== null,
});

export interface ModerationListItem {
  number: number;
  status: CommentStatus;
  authorName: string;
  authorEmail: string;
  authorUrl: string;
  authorIp: string;
  html: string;
  createdAt: Date;
  article: { id: number; headline: string; path: string };
  /** Why it is where it is: the last decision in the log. */
  lastDecision: { rule: string | null; reason: string; byPerson: string | null } | null;
}

export class CommentStore implements CommentPorts, ModerationPorts {
  constructor(private readonly db: Kysely<Database>) {}

  async findCommentTarget(articleId: number, now: Date): Promise<CommentTarget | null> {
    const article = await this.db
      .selectFrom('articles as a')
      .innerJoin('sections as s', 's.id', 'a.section_id')
      .select([
        'a.id',
        'a.status',
        'a.published_at',
        'a.comment_status',
        'a.comments_close_days',
        'a.surge_at',
        'a.slug',
        's.slug as section_slug',
      ])
      .where('a.id', '=', articleId)
      .executeTakeFirst();
    if (!article) return null;
    const bylines = await this.db
      .selectFrom('article_bylines')
      .select('person_id')
      .where('article_id', '=', articleId)
      .execute();
    return {
      id: article.id,
      readable: isPublic(
        { status: article.status, publishedAt: readOptionalTime(article.published_at) },
        now,
      ),
      commentsOpen: commentsOpenAt(
        {
          mode: article.comment_status,
          closeDays: article.comments_close_days,
          publishedAt: readOptionalTime(article.published_at),
        },
        now,
      ),
      holdAll: article.comment_status === 'hold',
      surge: article.surge_at !== null,
      path: `/${article.section_slug}/${article.slug}`,
      bylinePersonIds: bylines.map((b) => b.person_id),
    };
  }

  async findParent(number: number) {
    const row = await this.db
      .selectFrom('comments')
      .select(['id', 'article_id', 'status'])
      .where('number', '=', number)
      .executeTakeFirst();
    return row
      ? { id: row.id, articleId: row.article_id, status: commentStatus(row.status) }
      : null;
  }

  async isDuplicate(articleId: number, fingerprint: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('comments')
      .select('id')
      .where('article_id', '=', articleId)
      .where('fingerprint', '=', fingerprint)
      .where('status', '<>', 'trash')
      .executeTakeFirst();
    return row !== undefined;
  }

  async hasApprovedComment(
    who: { personId: number } | { name: string; email: string },
  ): Promise<boolean> {
    let query = this.db
      .selectFrom('comments')
      .select('id')
      .where('status', '=', 'approved')
      .limit(1);
    query =
      'personId' in who
        ? query.where('person_id', '=', who.personId)
        : query
            .where('author_name', '=', who.name)
            .where('author_email_key', '=', emailKey(who.email));
    return (await query.executeTakeFirst()) !== undefined;
  }

  async isStaffEmail(email: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('people')
      .select('id')
      .where('email', '=', email.trim().toLowerCase())
      .where('role', 'is not', null)
      .executeTakeFirst();
    return row !== undefined;
  }

  async findMeasures(who: { email: string; ip: string }, now: Date): Promise<CommenterMeasure[]> {
    const values = [
      ['email', emailKey(who.email)],
      ['ip', who.ip],
    ].filter(([, v]) => v !== '');
    if (values.length === 0) return [];
    const rows = await this.db
      .selectFrom('commenter_measures')
      .select(['kind', 'note', 'expires_at'])
      .where((eb) =>
        eb.or(
          values.map(([match, value]) =>
            eb.and([eb('match', '=', match!), eb('value', '=', value!)]),
          ),
        ),
      )
      .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', writeTime(now))]))
      .orderBy('id', 'desc')
      .execute();
    return rows.map((r) => ({
      kind: r.kind === 'ban' ? 'ban' : 'hold',
      note: r.note,
      expiresAt: readOptionalTime(r.expires_at),
    }));
  }

  async startSurge(articleId: number, now: Date): Promise<void> {
    await this.db
      .updateTable('articles')
      .set({ surge_at: writeTime(now) })
      .where('id', '=', articleId)
      .where('surge_at', 'is', null)
      .execute();
  }

  async insert(
    record: NewCommentRecord,
    decision: Acceptance,
  ): Promise<{ id: number; number: number }> {
    const at = writeTime(record.createdAt);
    try {
      return await this.db.transaction().execute(async (trx) => {
        const { number } = await trx
          .updateTable('counters')
          .set((eb) => ({ value: eb('value', '+', 1) }))
          .where('name', '=', 'comment_number')
          .returning('value as number')
          .executeTakeFirstOrThrow();
        const { id } = await trx
          .insertInto('comments')
          .values({
            number,
            article_id: record.articleId,
            parent_id: record.parentId,
            status: record.status,
            author_name: record.authorName,
            author_email: record.authorEmail,
            author_email_key: emailKey(record.authorEmail),
            author_url: record.authorUrl,
            author_ip: record.authorIp,
            author_user_agent: record.authorUserAgent,
            person_id: record.personId,
            text: record.text,
            html: record.html,
            fingerprint: record.fingerprint,
            created_at: at,
            updated_at: at,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await appendToLog(trx, [
          {
            commentId: id,
            by: { rule: decision.rule },
            from: null,
            to: record.status,
            reason: decision.reason,
            at,
          },
        ]);
        return { id, number };
      });
    } catch (error) {
      rethrowAsDuplicate(error);
    }
  }

  async changeStatus(change: {
    number: number;
    to: CommentStatus;
    personId: number;
    reason: string;
    at: Date;
  }): Promise<{ from: CommentStatus } | null> {
    try {
      return await this.db.transaction().execute(async (trx) => {
        const row = await trx
          .selectFrom('comments')
          .select(['id', 'status', 'open_reports'])
          .where('number', '=', change.number)
          .executeTakeFirst();
        if (!row) return null;
        const at = writeTime(change.at);
        await trx
          .updateTable('comments')
          .set({ status: change.to, open_reports: 0, updated_at: at })
          .where('id', '=', row.id)
          .execute();
        await appendToLog(trx, [
          {
            commentId: row.id,
            by: { personId: change.personId },
            from: row.status,
            to: change.to,
            reason: change.reason,
            ...(row.open_reports > 0 ? { detail: { dismissedReports: row.open_reports } } : {}),
            at,
          },
        ]);
        return { from: commentStatus(row.status) };
      });
    } catch (error) {
      rethrowAsDuplicate(error);
    }
  }

  async previousStatus(
    number: number,
  ): Promise<{ current: CommentStatus; before: CommentStatus | null } | null> {
    const row = await this.db
      .selectFrom('comments')
      .select(['id', 'status'])
      .where('number', '=', number)
      .executeTakeFirst();
    if (!row) return null;
    const entry = await this.db
      .selectFrom('moderation_log')
      .select('from_status')
      .where('comment_id', '=', row.id)
      .where('to_status', '=', row.status)
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
    const before = entry?.from_status ?? null;
    return {
      current: commentStatus(row.status),
      before: before === null ? null : commentStatus(before),
    };
  }

  /**
   * What readers see under an article: approved comments, oldest first, plus one held comment
   * when its author holds a valid notice token. Never selects email, IP or user agent.
   */
  async listPublic(articleId: number, heldNumber: number | null = null): Promise<PublicComment[]> {
    const rows = await this.db
      .selectFrom('comments')
      .select(PUBLIC_COLUMNS)
      .where('article_id', '=', articleId)
      .where((eb) =>
        heldNumber === null
          ? eb('status', '=', 'approved')
          : eb.or([
              eb('status', '=', 'approved'),
              eb.and([eb('number', '=', heldNumber), eb('status', '=', 'pending')]),
            ]),
      )
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map(toPublic);
  }

  /** The article a comment is on, for pages that start from the comment. */
  async articleIdOf(number: number): Promise<number | null> {
    const row = await this.db
      .selectFrom('comments')
      .select('article_id')
      .where('number', '=', number)
      .executeTakeFirst();
    return row?.article_id ?? null;
  }

  async findPublic(number: number): Promise<PublicComment | null> {
    const row = await this.db
      .selectFrom('comments')
      .select(PUBLIC_COLUMNS)
      .where('number', '=', number)
      .executeTakeFirst();
    return row ? toPublic(row) : null;
  }

  /** The moderation queue and the other status lists, newest first. */
  async listForModeration(
    statusFilter: CommentStatus,
    limit = 100,
  ): Promise<{ items: ModerationListItem[]; counts: Record<CommentStatus, number> }> {
    const rows = await this.db
      .selectFrom('comments as c')
      .innerJoin('articles as a', 'a.id', 'c.article_id')
      .innerJoin('sections as s', 's.id', 'a.section_id')
      .select([
        'c.id',
        'c.number',
        'c.status',
        'c.author_name',
        'c.author_email',
        'c.author_url',
        'c.author_ip',
        'c.html',
        'c.created_at',
        'a.id as article_id',
        'a.headline',
        'a.slug',
        's.slug as section_slug',
      ])
      .where('c.status', '=', statusFilter)
      .orderBy('c.created_at', 'desc')
      .orderBy('c.id', 'desc')
      .limit(limit)
      .execute();
    const ids = rows.map((r) => r.id);
    const log = ids.length
      ? await this.db
          .selectFrom('moderation_log as l')
          .leftJoin('people as p', 'p.id', 'l.person_id')
          .select(['l.comment_id', 'l.rule', 'l.reason', 'p.name as person_name'])
          .where('l.comment_id', 'in', ids)
          .orderBy('l.id')
          .execute()
      : [];
    const last = new Map(log.map((l) => [l.comment_id, l]));
    const countRows = await this.db
      .selectFrom('comments')
      .select(['status', (eb) => eb.fn.countAll<number | string>().as('n')])
      .groupBy('status')
      .execute();
    const counts = { pending: 0, approved: 0, spam: 0, trash: 0 };
    for (const c of countRows) counts[commentStatus(c.status)] = Number(c.n);
    return {
      counts,
      items: rows.map((r) => {
        const decision = last.get(r.id);
        return {
          number: r.number,
          status: commentStatus(r.status),
          authorName: r.author_name,
          authorEmail: r.author_email,
          authorUrl: r.author_url,
          authorIp: r.author_ip,
          html: r.html,
          createdAt: readTime(r.created_at),
          article: { id: r.article_id, headline: r.headline, path: `/${r.section_slug}/${r.slug}` },
          lastDecision: decision
            ? { rule: decision.rule, reason: decision.reason, byPerson: decision.person_name }
            : null,
        };
      }),
    };
  }

  /** The moderation log of one comment, oldest first. */
  async history(number: number) {
    return this.db
      .selectFrom('moderation_log as l')
      .innerJoin('comments as c', 'c.id', 'l.comment_id')
      .select(['l.actor', 'l.rule', 'l.person_id', 'l.from_status', 'l.to_status', 'l.reason'])
      .where('c.number', '=', number)
      .orderBy('l.id')
      .execute();
  }
}
