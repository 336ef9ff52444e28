import type { ExpressionBuilder, Kysely, SelectQueryBuilder } from 'kysely';
import type { CommentMode } from '../domain/articles/editing.ts';
import type { CommentStatus } from '../domain/comments/comment.ts';
import {
  DESK_QUEUES,
  emptyHistory,
  type DeskArticle,
  type DeskDecision,
  type DeskFilter,
  type DeskItem,
  type DeskPage,
  type DeskQueue,
} from '../domain/comments/desk.ts';
import type { EditCommentPorts } from '../domain/comments/edit-comment.ts';
import type { FeaturePorts } from '../domain/comments/feature-comment.ts';
import { isReportReason, type ReportPorts } from '../domain/comments/report-comment.ts';
import type { ArticleCommentPorts } from '../domain/comments/set-article-comments.ts';
import type {
  MeasureKind,
  MeasureMatch,
  MeasurePorts,
} from '../domain/comments/set-commenter-measure.ts';
import {
  containsFolded,
  isUniqueViolation,
  readJson,
  readOptionalTime,
  readTime,
  writeTime,
} from './dialect.ts';
import { appendToLog } from './moderation-log.ts';
import { commentStatus, rethrowAsDuplicate } from './comment-rows.ts';
import type { CommentsTable, Database } from './schema.ts';

const commentMode = (value: string): CommentMode =>
  value === 'hold' || value === 'closed' ? value : 'open';

export interface MeasureView {
  id: number;
  kind: MeasureKind;
  match: MeasureMatch;
  value: string;
  note: string;
  expiresAt: Date | null;
  createdAt: Date;
  byPerson: string | null;
  active: boolean;
}

export interface LogEntryView {
  id: number;
  commentNumber: number;
  articleHeadline: string;
  actor: 'rule' | 'person';
  rule: string | null;
  personName: string | null;
  from: CommentStatus | null;
  to: CommentStatus;
  reason: string;
  /** What an edit replaced, when the entry is an edit. */
  textBefore: string | null;
  dismissedReports: number;
  at: Date;
}

type WithC = Database & { c: CommentsTable };
type CommentsQuery = SelectQueryBuilder<WithC, 'c', object>;

/**
 * The moderation desk's side of comments: its queues with filters and counts, edits, featuring,
 * readers' reports, measures against commenters, per-article controls and the log.
 */
export class ModerationStore
  implements ReportPorts, EditCommentPorts, FeaturePorts, MeasurePorts, ArticleCommentPorts
{
  constructor(private readonly db: Kysely<Database>) {}

  /** Filters that apply to every queue (article, commenter, text). */
  private filtered(filter: DeskFilter): CommentsQuery {
    let query = this.db.selectFrom('comments as c') as CommentsQuery;
    if (filter.articleId !== null) query = query.where('c.article_id', '=', filter.articleId);
    const commenter = filter.commenter.trim();
    if (commenter.includes('@'))
      query = query.where('c.author_email_key', '=', commenter.toLowerCase());
    else if (commenter) query = query.where(containsFolded('c.author_name', commenter));
    const text = filter.text.trim();
    if (text) query = query.where(containsFolded('c.text', text));
    return query;
  }

  private inQueue(query: CommentsQuery, queue: DeskQueue, threshold: number): CommentsQuery {
    if (queue === 'reported')
      return query
        .where('c.status', '=', 'approved')
        .where('c.open_reports', '>=', Math.max(1, threshold));
    return query.where('c.status', '=', queue);
  }

  async listQueue(filter: DeskFilter): Promise<DeskPage> {
    const base = this.filtered(filter);
    const direction = filter.order === 'oldest' ? 'asc' : 'desc';
    const rows = await this.inQueue(base, filter.queue, filter.reportThreshold)
      .innerJoin('articles as a', 'a.id', 'c.article_id')
      .innerJoin('sections as s', 's.id', 'a.section_id')
      .leftJoin('comments as p', 'p.id', 'c.parent_id')
      .select([
        'c.id',
        'c.number',
        'c.status',
        'c.author_name',
        'c.author_email',
        'c.author_email_key',
        'c.author_url',
        'c.author_ip',
        'c.person_id',
        'c.text',
        'c.html',
        'c.featured_at',
        'c.open_reports',
        'c.created_at',
        'a.id as article_id',
        'a.headline',
        'a.slug',
        's.slug as section_slug',
        'p.number as parent_number',
        'p.author_name as parent_author',
        'p.text as parent_text',
        'p.status as parent_status',
      ])
      .orderBy('c.created_at', direction)
      .orderBy('c.id', direction)
      .limit(filter.limit)
      .offset(filter.offset)
      .execute();

    const ids = rows.map((r) => r.id);
    const emailKeys = [...new Set(rows.map((r) => r.author_email_key).filter((k) => k !== ''))];
    const [counts, decisions, histories, reports] = await Promise.all([
      this.counts(filter),
      this.lastDecisions(ids),
      emailKeys.length
        ? this.db
            .selectFrom('comments')
            .select([
              'author_email_key',
              'status',
              (eb) => eb.fn.countAll<number | string>().as('n'),
            ])
            .where('author_email_key', 'in', emailKeys)
            .groupBy(['author_email_key', 'status'])
            .execute()
        : [],
      ids.length
        ? this.db
            .selectFrom('comment_reports')
            .select(['comment_id', 'reason', (eb) => eb.fn.countAll<number | string>().as('n')])
            .where('comment_id', 'in', ids)
            .groupBy(['comment_id', 'reason'])
            .execute()
        : [],
    ]);
    const history = new Map<string, Record<CommentStatus, number>>();
    for (const h of histories) {
      const counted = history.get(h.author_email_key) ?? emptyHistory();
      counted[commentStatus(h.status)] += Number(h.n);
      history.set(h.author_email_key, counted);
    }

    return {
      counts,
      total: counts[filter.queue],
      items: rows.map((r): DeskItem => {
        // The commenter's record without this comment: "previous" comments.
        const record = { ...(history.get(r.author_email_key) ?? emptyHistory()) };
        if (r.author_email_key !== '') record[commentStatus(r.status)] -= 1;
        return {
          number: r.number,
          status: commentStatus(r.status),
          authorName: r.author_name,
          authorEmail: r.author_email,
          authorUrl: r.author_url,
          authorIp: r.author_ip,
          byStaff: r.person_id !== null,
          text: r.text,
          html: r.html,
          createdAt: readTime(r.created_at),
          featured: r.featured_at !== null,
          openReports: r.open_reports,
          reportReasons: reports
            .filter((x) => x.comment_id === r.id && isReportReason(x.reason))
            .map((x) => ({ reason: x.reason as never, count: Number(x.n) }))
            .sort((a, b) => b.count - a.count),
          article: {
            id: r.article_id,
            headline: r.headline,
            path: `/${r.section_slug}/${r.slug}`,
          },
          parent:
            r.parent_number !== null && r.parent_number !== undefined
              ? {
                  number: r.parent_number,
                  authorName: r.parent_author ?? '',
                  text: r.parent_text ?? '',
                  status: commentStatus(r.parent_status ?? 'pending'),
                }
              : null,
          history: record,
          why: decisions.get(r.id) ?? null,
        };
      }),
    };
  }

  private async counts(filter: DeskFilter): Promise<Record<DeskQueue, number>> {
    const count = (eb: ExpressionBuilder<WithC, 'c'>) => eb.fn.countAll<number | string>().as('n');
    const [byStatus, reported] = await Promise.all([
      this.filtered(filter).select(['c.status', count]).groupBy('c.status').execute(),
      this.inQueue(this.filtered(filter), 'reported', filter.reportThreshold)
        .select(count)
        .executeTakeFirstOrThrow(),
    ]);
    const counts = Object.fromEntries(DESK_QUEUES.map((q) => [q, 0])) as Record<DeskQueue, number>;
    for (const row of byStatus) counts[commentStatus(row.status)] = Number(row.n);
    counts.reported = Number(reported.n);
    return counts;
  }

  private async lastDecisions(ids: number[]): Promise<Map<number, DeskDecision>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('moderation_log as l')
      .leftJoin('people as p', 'p.id', 'l.person_id')
      .select([
        'l.id',
        'l.comment_id',
        'l.actor',
        'l.rule',
        'l.from_status',
        'l.to_status',
        'l.reason',
        'l.created_at',
        'p.name as person_name',
      ])
      .where('l.comment_id', 'in', ids)
      .orderBy('l.id')
      .execute();
    const last = new Map<number, DeskDecision>();
    for (const r of rows)
      last.set(r.comment_id, {
        actor: r.actor === 'person' ? 'person' : 'rule',
        rule: r.rule,
        personName: r.person_name,
        from: r.from_status === null ? null : commentStatus(r.from_status),
        to: commentStatus(r.to_status),
        reason: r.reason,
        at: readTime(r.created_at),
      });
    return last;
  }

  /** Articles whose comments surged: every new comment is held until a moderator ends it. */
  async surgingArticles(): Promise<DeskArticle[]> {
    return (await this.articleRows().where('a.surge_at', 'is not', null).execute()).map(
      this.toDeskArticle,
    );
  }

  async deskArticle(id: number): Promise<DeskArticle | null> {
    const row = await this.articleRows().where('a.id', '=', id).executeTakeFirst();
    return row ? this.toDeskArticle(row) : null;
  }

  private articleRows() {
    return this.db
      .selectFrom('articles as a')
      .innerJoin('sections as s', 's.id', 'a.section_id')
      .select([
        'a.id',
        'a.headline',
        'a.slug',
        'a.comment_status',
        'a.surge_at',
        's.slug as section',
      ])
      .orderBy('a.id');
  }

  private toDeskArticle = (r: {
    id: number;
    headline: string;
    slug: string;
    comment_status: string;
    surge_at: Date | string | null;
    section: string;
  }): DeskArticle => ({
    id: r.id,
    headline: r.headline,
    path: `/${r.section}/${r.slug}`,
    commentMode: commentMode(r.comment_status),
    surgeSince: readOptionalTime(r.surge_at),
  });

  async setCommentMode(articleId: number, mode: CommentMode, at: Date): Promise<boolean> {
    const result = await this.db
      .updateTable('articles')
      .set((eb) => ({
        comment_status: mode,
        version: eb('version', '+', 1),
        updated_at: writeTime(at),
      }))
      .where('id', '=', articleId)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async endSurge(articleId: number): Promise<boolean> {
    const result = await this.db
      .updateTable('articles')
      .set({ surge_at: null })
      .where('id', '=', articleId)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  // Readers' reports

  async addReport(report: {
    number: number;
    reporter: string;
    reason: string;
    threshold: number;
    at: Date;
  }): Promise<'added' | 'already-reported' | 'no-such-comment'> {
    const at = writeTime(report.at);
    try {
      return await this.db.transaction().execute(async (trx) => {
        const comment = await trx
          .selectFrom('comments')
          .select(['id', 'open_reports'])
          .where('number', '=', report.number)
          .where('status', '=', 'approved')
          .executeTakeFirst();
        if (!comment) return 'no-such-comment';
        await trx
          .insertInto('comment_reports')
          .values({
            comment_id: comment.id,
            reporter: report.reporter,
            reason: report.reason,
            created_at: at,
          })
          .execute();
        const { open_reports: open } = await trx
          .updateTable('comments')
          .set((eb) => ({ open_reports: eb('open_reports', '+', 1) }))
          .where('id', '=', comment.id)
          .returning('open_reports')
          .executeTakeFirstOrThrow();
        // The moment readers' reports put it in front of a moderator is a decision too.
        if (open === report.threshold)
          await appendToLog(trx, [
            {
              commentId: comment.id,
              by: { rule: 'reader-reports' },
              from: 'approved',
              to: 'approved',
              reason: `Reported by ${open} readers: moved to the reported queue`,
              at,
            },
          ]);
        return 'added';
      });
    } catch (error) {
      if (
        isUniqueViolation(error, {
          name: 'comment_reports_once',
          table: 'comment_reports',
          columns: ['comment_id', 'reporter'],
        })
      )
        return 'already-reported';
      throw error;
    }
  }

  // Edits and featuring

  async findForEdit(number: number) {
    const row = await this.db
      .selectFrom('comments as c')
      .leftJoin('comments as p', 'p.id', 'c.parent_id')
      .select([
        'c.status',
        'c.text',
        'c.author_name',
        'c.author_email',
        'p.number as parent_number',
      ])
      .where('c.number', '=', number)
      .executeTakeFirst();
    return row
      ? {
          status: commentStatus(row.status),
          text: row.text,
          parentNumber: row.parent_number ?? null,
          authorName: row.author_name,
          authorEmail: row.author_email,
        }
      : null;
  }

  /** A comment for the edit page: what it says, where, by whom. */
  async findForDesk(number: number) {
    const row = await this.db
      .selectFrom('comments as c')
      .innerJoin('articles as a', 'a.id', 'c.article_id')
      .innerJoin('sections as s', 's.id', 'a.section_id')
      .select([
        'c.number',
        'c.status',
        'c.text',
        'c.author_name',
        'c.author_email',
        'c.author_ip',
        'a.headline',
        'a.slug',
        's.slug as section_slug',
      ])
      .where('c.number', '=', number)
      .executeTakeFirst();
    return row
      ? {
          number: row.number,
          status: commentStatus(row.status),
          text: row.text,
          authorName: row.author_name,
          authorEmail: row.author_email,
          authorIp: row.author_ip,
          article: { headline: row.headline, path: `/${row.section_slug}/${row.slug}` },
        }
      : null;
  }

  async saveEdit(edit: {
    number: number;
    text: string;
    html: string;
    fingerprint: string;
    before: string;
    personId: number;
    reason: string;
    at: Date;
  }): Promise<void> {
    const at = writeTime(edit.at);
    try {
      await this.db.transaction().execute(async (trx) => {
        const row = await trx
          .selectFrom('comments')
          .select(['id', 'status'])
          .where('number', '=', edit.number)
          .executeTakeFirstOrThrow();
        await trx
          .updateTable('comments')
          .set({ text: edit.text, html: edit.html, fingerprint: edit.fingerprint, updated_at: at })
          .where('id', '=', row.id)
          .execute();
        await appendToLog(trx, [
          {
            commentId: row.id,
            by: { personId: edit.personId },
            from: row.status,
            to: row.status,
            reason: edit.reason,
            detail: { textBefore: edit.before },
            at,
          },
        ]);
      });
    } catch (error) {
      rethrowAsDuplicate(error);
    }
  }

  async setFeatured(change: {
    number: number;
    featured: boolean;
    personId: number;
    at: Date;
  }): Promise<'done' | 'not-approved' | 'no-such-comment'> {
    const at = writeTime(change.at);
    return this.db.transaction().execute(async (trx) => {
      const row = await trx
        .selectFrom('comments')
        .select(['id', 'status', 'featured_at'])
        .where('number', '=', change.number)
        .executeTakeFirst();
      if (!row) return 'no-such-comment';
      if (change.featured && row.status !== 'approved') return 'not-approved';
      if ((row.featured_at !== null) === change.featured) return 'done';
      await trx
        .updateTable('comments')
        .set({ featured_at: change.featured ? at : null })
        .where('id', '=', row.id)
        .execute();
      await appendToLog(trx, [
        {
          commentId: row.id,
          by: { personId: change.personId },
          from: row.status,
          to: row.status,
          reason: change.featured ? 'Featured by a moderator' : 'No longer featured',
          at,
        },
      ]);
      return 'done';
    });
  }

  // Measures against commenters

  async addMeasure(measure: {
    kind: MeasureKind;
    match: MeasureMatch;
    value: string;
    note: string;
    expiresAt: Date | null;
    personId: number;
    at: Date;
  }): Promise<number> {
    const { id } = await this.db
      .insertInto('commenter_measures')
      .values({
        kind: measure.kind,
        match: measure.match,
        value: measure.value,
        note: measure.note,
        expires_at: measure.expiresAt ? writeTime(measure.expiresAt) : null,
        person_id: measure.personId,
        created_at: writeTime(measure.at),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  }

  async liftMeasure(id: number, at: Date): Promise<boolean> {
    const result = await this.db
      .updateTable('commenter_measures')
      .set({ expires_at: writeTime(at) })
      .where('id', '=', id)
      .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', writeTime(at))]))
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** Measures in force first, then the most recent that ended. */
  async listMeasures(now: Date, limit = 200): Promise<MeasureView[]> {
    const rows = await this.db
      .selectFrom('commenter_measures as m')
      .leftJoin('people as p', 'p.id', 'm.person_id')
      .select([
        'm.id',
        'm.kind',
        'm.match',
        'm.value',
        'm.note',
        'm.expires_at',
        'm.created_at',
        'p.name as person_name',
      ])
      .orderBy('m.id', 'desc')
      .limit(limit)
      .execute();
    const views = rows.map((r): MeasureView => {
      const expiresAt = readOptionalTime(r.expires_at);
      return {
        id: r.id,
        kind: r.kind === 'ban' ? 'ban' : 'hold',
        match: r.match === 'ip' ? 'ip' : 'email',
        value: r.value,
        note: r.note,
        expiresAt,
        createdAt: readTime(r.created_at),
        byPerson: r.person_name,
        active: expiresAt === null || expiresAt > now,
      };
    });
    return [...views.filter((v) => v.active), ...views.filter((v) => !v.active)];
  }

  // The log

  async listLog(options: {
    commentNumber: number | null;
    limit: number;
    offset: number;
  }): Promise<{ entries: LogEntryView[]; total: number }> {
    let base = this.db
      .selectFrom('moderation_log as l')
      .innerJoin('comments as c', 'c.id', 'l.comment_id');
    if (options.commentNumber !== null) base = base.where('c.number', '=', options.commentNumber);
    const [rows, total] = await Promise.all([
      base
        .innerJoin('articles as a', 'a.id', 'c.article_id')
        .leftJoin('people as p', 'p.id', 'l.person_id')
        .select([
          'l.id',
          'c.number',
          'a.headline',
          'l.actor',
          'l.rule',
          'p.name as person_name',
          'l.from_status',
          'l.to_status',
          'l.reason',
          'l.detail',
          'l.created_at',
        ])
        .orderBy('l.id', 'desc')
        .limit(options.limit)
        .offset(options.offset)
        .execute(),
      base.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return {
      total: Number(total.n),
      entries: rows.map((r) => {
        const detail = (r.detail === null ? {} : readJson(r.detail)) as {
          textBefore?: unknown;
          dismissedReports?: unknown;
        };
        return {
          id: r.id,
          commentNumber: r.number,
          articleHeadline: r.headline,
          actor: r.actor === 'person' ? 'person' : 'rule',
          rule: r.rule,
          personName: r.person_name,
          from: r.from_status === null ? null : commentStatus(r.from_status),
          to: commentStatus(r.to_status),
          reason: r.reason,
          textBefore: typeof detail.textBefore === 'string' ? detail.textBefore : null,
          dismissedReports:
            typeof detail.dismissedReports === 'number' ? detail.dismissedReports : 0,
          at: readTime(r.created_at),
        };
      }),
    };
  }
}
