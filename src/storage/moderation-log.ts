import type { Kysely } from 'kysely';
import { writeJson } from './dialect.ts';
import type { Database } from './schema.ts';

/** One decision on a comment, by a rule of the list or by a person. */
export interface LogEntry {
  commentId: number;
  by: { rule: string } | { personId: number };
  /** Null when the comment arrived (it had no status before). */
  from: string | null;
  to: string;
  reason: string;
  /** Anything more the desk shows (the text before an edit, reports dismissed); stored as JSON. */
  detail?: unknown;
  /** As `writeTime` gives it. */
  at: string;
}

/**
 * Appends to the moderation log, in the caller's transaction, so a decision and its record land
 * together. The one writer of new entries; entries are never deleted, and only an erasure of a
 * commenter's data (privacy-store) redacts what an entry quotes of it.
 */
export async function appendToLog(db: Kysely<Database>, entries: LogEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await db
    .insertInto('moderation_log')
    .values(
      entries.map((e) => ({
        comment_id: e.commentId,
        actor: 'rule' in e.by ? 'rule' : 'person',
        person_id: 'personId' in e.by ? e.by.personId : null,
        rule: 'rule' in e.by ? e.by.rule : null,
        from_status: e.from,
        to_status: e.to,
        reason: e.reason,
        detail: e.detail === undefined ? null : writeJson(e.detail),
        created_at: e.at,
      })),
    )
    .execute();
}
