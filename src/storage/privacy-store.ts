// The SQL behind commenters' privacy: finding everything held for an address, erasing it in one
// transaction, and cutting old IP addresses. The rules (what an erased comment becomes, how an IP
// is cut) come from src/domain/comments/privacy; this file only reads and writes rows.
import type { Kysely, Transaction } from 'kysely';
import { emailKey } from '../domain/email.ts';
import type { ErasureRules } from '../domain/comments/privacy/erasure.ts';
import type {
  ErasureCounts,
  PersonalData,
  PrivacyPorts,
} from '../domain/comments/privacy/personal-data.ts';
import { inChunks, readJson, readOptionalTime, readTime, writeJson, writeTime } from './dialect.ts';
import { appendToLog } from './moderation-log.ts';
import { commentStatus } from './comment-rows.ts';
import type { Database } from './schema.ts';

/** Rows read or changed per statement, well under both databases' limits on bound values. */
const BATCH = 500;
/** The settings row SettingsStore keeps the site's settings in (word lists included). */
const SITE_SETTINGS_KEY = 'site';

type Db = Kysely<Database> | Transaction<Database>;

export class PrivacyStore implements PrivacyPorts {
  constructor(private readonly db: Kysely<Database>) {}

  async personalData(rules: ErasureRules): Promise<PersonalData> {
    const { key } = rules;
    const comments = await this.db
      .selectFrom('comments as c')
      .innerJoin('articles as a', 'a.id', 'c.article_id')
      .innerJoin('sections as s', 's.id', 'a.section_id')
      .leftJoin('comments as p', 'p.id', 'c.parent_id')
      .select([
        'c.number',
        'p.number as parent_number',
        'c.status',
        'c.kind',
        'a.headline',
        'a.slug',
        's.slug as section_slug',
        'c.author_name',
        'c.author_email',
        'c.author_url',
        'c.author_ip',
        'c.ip_truncated_at',
        'c.author_user_agent',
        'c.text',
        'c.created_at',
        'c.updated_at',
      ])
      .where('c.author_email_key', '=', key)
      .orderBy('c.created_at')
      .orderBy('c.id')
      .execute();

    const subscriptions = await this.db
      .selectFrom('comment_subscriptions as cs')
      .innerJoin('comments as c', 'c.id', 'cs.comment_id')
      .innerJoin('articles as a', 'a.id', 'c.article_id')
      .innerJoin('sections as s', 's.id', 'a.section_id')
      .select([
        'cs.email',
        'c.number',
        'a.headline',
        'a.slug',
        's.slug as section_slug',
        'cs.confirmed_at',
        'cs.unsubscribed_at',
        'cs.created_at',
      ])
      .where('cs.email_key', '=', key)
      .orderBy('cs.created_at')
      .orderBy('cs.id')
      .execute();

    const reports = await this.db
      .selectFrom('comment_reports as r')
      .innerJoin('comments as c', 'c.id', 'r.comment_id')
      .select(['c.number', 'r.reason', 'r.created_at'])
      .where('c.author_email_key', '=', key)
      .orderBy('r.created_at')
      .orderBy('r.id')
      .execute();

    const decisions = await this.db
      .selectFrom('moderation_log as l')
      .innerJoin('comments as c', 'c.id', 'l.comment_id')
      .select([
        'c.number',
        'l.actor',
        'l.rule',
        'l.from_status',
        'l.to_status',
        'l.reason',
        'l.created_at',
      ])
      .where('c.author_email_key', '=', key)
      .orderBy('l.id')
      .execute();

    const staff = await this.db
      .selectFrom('people')
      .select('id')
      .where('email', '=', key)
      .where('role', 'is not', null)
      .executeTakeFirst();

    const path = (r: { section_slug: string; slug: string }) => `/${r.section_slug}/${r.slug}`;
    return {
      comments: comments.map((r) => ({
        number: r.number,
        parentNumber: r.parent_number,
        status: commentStatus(r.status),
        kind: r.kind,
        article: { headline: r.headline, path: path(r) },
        name: r.author_name,
        email: r.author_email,
        website: r.author_url,
        ip: r.author_ip,
        ipTruncatedAt: readOptionalTime(r.ip_truncated_at),
        userAgent: r.author_user_agent,
        text: r.text,
        createdAt: readTime(r.created_at),
        updatedAt: readTime(r.updated_at),
      })),
      subscriptions: subscriptions.map((r) => ({
        email: r.email,
        commentNumber: r.number,
        article: { headline: r.headline, path: path(r) },
        confirmedAt: readOptionalTime(r.confirmed_at),
        unsubscribedAt: readOptionalTime(r.unsubscribed_at),
        createdAt: readTime(r.created_at),
      })),
      measures: (await this.emailMeasures(this.db, key)).map((m) => ({
        kind: m.kind,
        value: m.value,
        note: m.note,
        expiresAt: readOptionalTime(m.expires_at),
        createdAt: readTime(m.created_at),
      })),
      reportsOnComments: reports.map((r) => ({
        commentNumber: r.number,
        reason: r.reason,
        createdAt: readTime(r.created_at),
      })),
      decisions: decisions.map((d) => ({
        commentNumber: d.number,
        by: d.actor === 'rule' ? 'rule' : 'moderator',
        rule: d.rule,
        from: d.from_status,
        to: d.to_status,
        reason: d.reason,
        at: readTime(d.created_at),
      })),
      mailMentioning: (await this.jobsMentioning(this.db, rules)).length,
      wordListEntries: (await this.wordLists(this.db, rules))?.removed ?? 0,
      staffAccount: staff !== undefined,
    };
  }

  async erase(change: { rules: ErasureRules; personId: number; at: Date }): Promise<ErasureCounts> {
    const { rules, personId } = change;
    const at = writeTime(change.at);
    return this.db.transaction().execute(async (trx) => {
      const comments = await trx
        .selectFrom('comments')
        .select(['id', 'status', 'author_ip', 'text', 'ip_truncated_at'])
        .where('author_email_key', '=', rules.key)
        .orderBy('id')
        .execute();
      for (const c of comments) {
        const erased = rules.comment({ id: c.id, ip: c.author_ip, text: c.text });
        await trx
          .updateTable('comments')
          .set({
            author_name: erased.authorName,
            author_email: erased.authorEmail,
            author_email_key: erased.authorEmailKey,
            author_url: erased.authorUrl,
            author_user_agent: erased.authorUserAgent,
            author_ip: erased.authorIp,
            ...(c.ip_truncated_at === null ? { ip_truncated_at: at } : {}),
            // A signed-in author's comment linked them to their account; an erased one links no one.
            person_id: null,
            text: erased.text,
            ...(erased.html === null ? {} : { html: erased.html }),
            fingerprint: erased.fingerprint,
            updated_at: at,
          })
          .where('id', '=', c.id)
          .execute();
      }

      // Earlier log entries may quote the address (a moderation word, a moderator's note).
      for (const batch of inChunks(comments)) {
        const entries = await trx
          .selectFrom('moderation_log')
          .select(['id', 'reason', 'detail'])
          .where(
            'comment_id',
            'in',
            batch.map((c) => c.id),
          )
          .execute();
        for (const e of entries) {
          const detail = e.detail === null ? null : readJson(e.detail);
          if (!rules.mentions(e.reason) && !rules.mentions(detail)) continue;
          await trx
            .updateTable('moderation_log')
            .set({
              reason: rules.redact(e.reason),
              detail: detail === null ? null : writeJson(rules.redactJson(detail)),
            })
            .where('id', '=', e.id)
            .execute();
        }
        // Each erasure is a decision on the comment, by the person who made it; status unchanged.
        await appendToLog(
          trx,
          batch.map((c) => ({
            commentId: c.id,
            by: { personId },
            from: c.status,
            to: c.status,
            reason: rules.reason,
            at,
          })),
        );
      }

      const subscriptions = await trx
        .deleteFrom('comment_subscriptions')
        .where('email_key', '=', rules.key)
        .executeTakeFirst();

      const measures = await this.emailMeasures(trx, rules.key);
      for (const ids of inChunks(measures.map((m) => m.id)))
        await trx.deleteFrom('commenter_measures').where('id', 'in', ids).execute();

      const jobs = await this.jobsMentioning(trx, rules);
      for (const job of jobs) {
        const disposal = rules.job(job);
        if (disposal.action === 'delete')
          await trx.deleteFrom('jobs').where('id', '=', job.id).execute();
        else if (disposal.action === 'rewrite')
          await trx
            .updateTable('jobs')
            .set({ payload: writeJson(disposal.payload), updated_at: at })
            .where('id', '=', job.id)
            .execute();
      }

      const words = await this.wordLists(trx, rules);
      if (words && words.removed > 0)
        await trx
          .updateTable('settings')
          .set({ value: writeJson(words.settings) })
          .where('key', '=', SITE_SETTINGS_KEY)
          .execute();

      return {
        comments: comments.length,
        subscriptions: Number(subscriptions.numDeletedRows),
        measures: measures.length,
        mail: jobs.length,
        wordListEntries: words?.removed ?? 0,
      };
    });
  }

  /**
   * Cuts the IP of every comment written before `cutoff` whose IP is still whole, marking it, in
   * batches; returns how many were cut. Rows already marked are never read again, so a second
   * run (or a second instance running at once) changes nothing.
   */
  async truncateIpsBefore(
    cutoff: Date,
    at: Date,
    truncate: (ip: string) => string,
  ): Promise<number> {
    let cut = 0;
    let after = 0;
    for (;;) {
      const rows = await this.db
        .selectFrom('comments')
        .select(['id', 'author_ip'])
        .where('ip_truncated_at', 'is', null)
        .where('created_at', '<', writeTime(cutoff))
        .where('id', '>', after)
        .orderBy('id')
        .limit(BATCH)
        .execute();
      if (rows.length === 0) return cut;
      await this.db.transaction().execute(async (trx) => {
        for (const r of rows) {
          const result = await trx
            .updateTable('comments')
            .set({ author_ip: truncate(r.author_ip), ip_truncated_at: writeTime(at) })
            .where('id', '=', r.id)
            .where('ip_truncated_at', 'is', null)
            .executeTakeFirst();
          cut += Number(result.numUpdatedRows);
        }
      });
      after = rows[rows.length - 1]!.id;
    }
  }

  /** Bans and holds by email whose address is this one, compared as the domain compares. */
  private async emailMeasures(db: Db, key: string) {
    const rows = await db
      .selectFrom('commenter_measures')
      .select(['id', 'kind', 'value', 'note', 'expires_at', 'created_at'])
      .where('match', '=', 'email')
      .orderBy('id')
      .execute();
    return rows.filter((m) => emailKey(m.value) === key);
  }

  /**
   * Jobs whose payload mentions the address (mail about or to them). Payloads are JSON of any
   * shape, and the address may be in any case, so they are searched here rather than in SQL.
   */
  private async jobsMentioning(db: Db, rules: ErasureRules) {
    const found: { id: number; status: string; payload: unknown }[] = [];
    let after = 0;
    for (;;) {
      const rows = await db
        .selectFrom('jobs')
        .select(['id', 'status', 'payload'])
        .where('id', '>', after)
        .orderBy('id')
        .limit(BATCH)
        .execute();
      if (rows.length === 0) return found;
      for (const r of rows) {
        const payload = readJson(r.payload);
        if (rules.mentions(payload)) found.push({ id: r.id, status: r.status, payload });
      }
      after = rows[rows.length - 1]!.id;
    }
  }

  /** The site settings with the address taken out of both word lists; null when none are saved. */
  private async wordLists(db: Db, rules: ErasureRules) {
    const row = await db
      .selectFrom('settings')
      .select('value')
      .where('key', '=', SITE_SETTINGS_KEY)
      .executeTakeFirst();
    if (!row) return null;
    const settings = readJson(row.value) as { comments?: Record<string, unknown> } | null;
    const comments = settings?.comments;
    if (!comments) return null;
    let removed = 0;
    const next = { ...comments };
    for (const list of ['moderationWords', 'disallowedWords'] as const) {
      const words = comments[list];
      if (!Array.isArray(words)) continue;
      const entries = words.filter((w): w is string => typeof w === 'string');
      const kept = rules.wordList(entries);
      removed += entries.length - kept.length;
      next[list] = kept;
    }
    return { removed, settings: { ...settings, comments: next } };
  }
}
