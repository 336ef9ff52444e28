// The SQL behind comment notifications: reply subscriptions, staff members' mail settings, the
// moderation log as the notification jobs read it, and their cursors. What to send, and to whom,
// is decided in src/domain/comments/notifications; this file only reads and writes rows.
import { emailKey } from '../domain/email.ts';
import type { Kysely, Transaction } from 'kysely';
import type { CommentStatus } from '../domain/comments/comment.ts';
import type {
  ActiveSubscription,
  ApprovalEntry,
  CursorName,
  LogEntry,
  ModerationLogPorts,
  StaffMailSetting,
  StaffMember,
  StaffSettingPorts,
  Subscription,
  SubscriptionPorts,
} from '../domain/comments/notifications/ports.ts';
import { isRole } from '../domain/people/roles.ts';
import { readTime, writeTime } from './dialect.ts';
import { commentStatus } from './comment-rows.ts';
import type { Database } from './schema.ts';

const SETTING_COLUMNS = { comments: 'notify_comments', digest: 'notify_digest' } as const;

export class NotificationStore implements SubscriptionPorts, StaffSettingPorts, ModerationLogPorts {
  constructor(private readonly db: Kysely<Database>) {}

  // Reply subscriptions.

  async createSubscription(commentId: number, now: Date): Promise<Subscription | null> {
    const comment = await this.db
      .selectFrom('comments')
      .select(['author_email'])
      .where('id', '=', commentId)
      .executeTakeFirst();
    const email = comment?.author_email.trim() ?? '';
    if (!email) return null;
    const { id } = await this.db
      .insertInto('comment_subscriptions')
      .values({
        email,
        email_key: emailKey(email),
        comment_id: commentId,
        confirmed_at: null,
        unsubscribed_at: null,
        created_at: writeTime(now),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return this.findSubscription(id);
  }

  async findSubscription(id: number): Promise<Subscription | null> {
    const row = await this.db
      .selectFrom('comment_subscriptions as cs')
      .innerJoin('comments as c', 'c.id', 'cs.comment_id')
      .innerJoin('articles as a', 'a.id', 'c.article_id')
      .innerJoin('sections as s', 's.id', 'a.section_id')
      .select([
        'cs.id',
        'cs.email',
        'cs.confirmed_at',
        'cs.unsubscribed_at',
        'c.author_name',
        'c.number',
        'a.headline',
        'a.slug',
        's.slug as section_slug',
      ])
      .where('cs.id', '=', id)
      .executeTakeFirst();
    if (!row) return null;
    return {
      id: row.id,
      email: row.email,
      commenterName: row.author_name,
      commentNumber: row.number,
      article: { headline: row.headline, path: `/${row.section_slug}/${row.slug}` },
      confirmed: row.confirmed_at !== null,
      unsubscribed: row.unsubscribed_at !== null,
    };
  }

  async confirmSubscription(id: number, now: Date): Promise<boolean> {
    const row = await this.db
      .selectFrom('comment_subscriptions')
      .select(['confirmed_at'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) return false;
    await this.db
      .updateTable('comment_subscriptions')
      .set({
        // The first confirmation is the one kept.
        ...(row.confirmed_at === null ? { confirmed_at: writeTime(now) } : {}),
        unsubscribed_at: null,
      })
      .where('id', '=', id)
      .execute();
    return true;
  }

  async endSubscription(id: number, now: Date): Promise<boolean> {
    const result = await this.db
      .updateTable('comment_subscriptions')
      .set({ unsubscribed_at: writeTime(now) })
      .where('id', '=', id)
      .where('unsubscribed_at', 'is', null)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 1) return true;
    return (await this.findSubscription(id)) !== null;
  }

  async endSubscriptionsAtAddress(id: number, now: Date): Promise<number> {
    const result = await this.db
      .updateTable('comment_subscriptions')
      .set({ unsubscribed_at: writeTime(now) })
      .where('unsubscribed_at', 'is', null)
      .where('email_key', '=', (eb) =>
        eb.selectFrom('comment_subscriptions as s').select('s.email_key').where('s.id', '=', id),
      )
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  // Staff members' settings.

  async setStaffMailSetting(
    personId: number,
    setting: StaffMailSetting,
    on: boolean,
  ): Promise<boolean> {
    const result = await this.db
      .updateTable('people')
      .set({ [SETTING_COLUMNS[setting]]: on ? 1 : 0 })
      .where('id', '=', personId)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async staffMailSettings(personId: number): Promise<Record<StaffMailSetting, boolean>> {
    const row = await this.db
      .selectFrom('people')
      .select(['notify_comments', 'notify_digest'])
      .where('id', '=', personId)
      .executeTakeFirst();
    return { comments: row?.notify_comments === 1, digest: row?.notify_digest === 1 };
  }

  // The moderation log, as the notification jobs read it.

  private logEntries(after: number, toStatus: CommentStatus, limit: number) {
    return (
      this.db
        .selectFrom('moderation_log as l')
        .innerJoin('comments as c', 'c.id', 'l.comment_id')
        .innerJoin('articles as a', 'a.id', 'c.article_id')
        .innerJoin('sections as s', 's.id', 'a.section_id')
        .select([
          'l.id as log_id',
          'l.created_at as logged_at',
          'l.rule',
          'l.reason',
          'c.id',
          'c.number',
          'c.parent_id',
          'c.status',
          'c.author_name',
          'c.author_email_key',
          'c.person_id',
          'c.text',
          'a.id as article_id',
          'a.headline',
          'a.slug',
          's.slug as section_slug',
        ])
        .where('l.id', '>', after)
        .where('l.to_status', '=', toStatus)
        // Entries that leave the status as it was (an edit, a feature, an erasure) changed nothing.
        .where((eb) =>
          eb.or([eb('l.from_status', 'is', null), eb('l.from_status', '<>', toStatus)]),
        )
        .orderBy('l.id')
        .limit(limit)
        .execute()
        .then((rows) =>
          rows.map((r): LogEntry => ({
            logId: r.log_id,
            loggedAt: readTime(r.logged_at),
            rule: r.rule,
            reason: r.reason,
            comment: {
              id: r.id,
              number: r.number,
              parentId: r.parent_id,
              status: commentStatus(r.status),
              authorName: r.author_name,
              authorEmailKey: r.author_email_key,
              personId: r.person_id,
              text: r.text,
              article: {
                id: r.article_id,
                headline: r.headline,
                path: `/${r.section_slug}/${r.slug}`,
              },
            },
          })),
        )
    );
  }

  async approvalsAfter(logId: number, limit: number): Promise<ApprovalEntry[]> {
    const entries = await this.logEntries(logId, 'approved', limit);
    if (entries.length === 0) return [];
    // Each comment's first approval: the lowest log id that moved it to approved.
    const firsts = await this.db
      .selectFrom('moderation_log')
      .select(['comment_id', (eb) => eb.fn.min<number>('id').as('first_id')])
      .where('comment_id', 'in', [...new Set(entries.map((e) => e.comment.id))])
      .where('to_status', '=', 'approved')
      .groupBy('comment_id')
      .execute();
    const first = new Map(firsts.map((f) => [f.comment_id, Number(f.first_id)]));
    return entries.map((e) => ({ ...e, firstApproval: first.get(e.comment.id) === e.logId }));
  }

  holdsAfter(logId: number, limit: number): Promise<LogEntry[]> {
    return this.logEntries(logId, 'pending', limit);
  }

  private staffQuery() {
    return this.db
      .selectFrom('people as p')
      .select([
        'p.id',
        'p.name',
        'p.email',
        'p.role',
        'p.password_hash',
        'p.notify_comments',
        'p.notify_digest',
      ]);
  }

  private static toStaff(r: {
    id: number;
    name: string;
    email: string | null;
    role: string | null;
    password_hash: string | null;
    notify_comments: number;
    notify_digest: number;
  }): StaffMember {
    return {
      id: r.id,
      name: r.name,
      email: r.email,
      role: isRole(r.role) ? r.role : null,
      active: r.password_hash !== null,
      notifyComments: r.notify_comments === 1,
      notifyDigest: r.notify_digest === 1,
    };
  }

  async bylineStaff(articleId: number): Promise<StaffMember[]> {
    const rows = await this.staffQuery()
      .innerJoin('article_bylines as b', 'b.person_id', 'p.id')
      .where('b.article_id', '=', articleId)
      .orderBy('b.position')
      .execute();
    return rows.map(NotificationStore.toStaff);
  }

  async staff(): Promise<StaffMember[]> {
    const rows = await this.staffQuery()
      .where('p.role', 'is not', null)
      .where('p.email', 'is not', null)
      .orderBy('p.id')
      .execute();
    return rows.map(NotificationStore.toStaff);
  }

  async activeSubscriptions(commentId: number): Promise<ActiveSubscription[]> {
    const rows = await this.db
      .selectFrom('comment_subscriptions')
      .select(['id', 'email', 'email_key'])
      .where('comment_id', '=', commentId)
      .where('confirmed_at', 'is not', null)
      .where('unsubscribed_at', 'is', null)
      .orderBy('id')
      .execute();
    return rows.map((r) => ({ id: r.id, email: r.email, emailKey: r.email_key }));
  }

  // Cursors.

  async readCursor(name: CursorName): Promise<number | null> {
    const row = await this.db
      .selectFrom('notification_cursors')
      .select('log_id')
      .where('name', '=', name)
      .executeTakeFirst();
    return row ? Number(row.log_id) : null;
  }

  /**
   * Starts the cursor at the end of the log, so mail goes out about what happens from now on,
   * never about a site's past. A cursor already there is left where it is; true if one was made.
   */
  async startCursor(name: CursorName, now: Date): Promise<boolean> {
    const last = await this.db
      .selectFrom('moderation_log')
      .select((eb) => eb.fn.max<number | null>('id').as('id'))
      .executeTakeFirst();
    const result = await this.db
      .insertInto('notification_cursors')
      .values({ name, log_id: Number(last?.id ?? 0), updated_at: writeTime(now) })
      .onConflict((oc) => oc.column('name').doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
  }

  /**
   * Moves the cursor from `from` to `to` and runs `work` (queueing the mail) in the same
   * transaction. When the cursor is no longer at `from`, nothing happens and the answer is false.
   * `work` must use the transaction it is given, not this store.
   */
  async advanceCursor(
    name: CursorName,
    from: number,
    to: number,
    now: Date,
    work: (trx: Transaction<Database>) => Promise<void>,
  ): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      const moved = await trx
        .updateTable('notification_cursors')
        .set({ log_id: to, updated_at: writeTime(now) })
        .where('name', '=', name)
        .where('log_id', '=', from)
        .executeTakeFirst();
      if (Number(moved.numUpdatedRows) !== 1) return false;
      await work(trx);
      return true;
    });
  }
}
