import type { Clock } from '../../clock.ts';
import { can } from '../../people/roles.ts';
import { digestMail, type MailContext } from './compose-notifications.ts';
import {
  SETTLE_MS,
  type LogEntry,
  type ModerationLogPorts,
  type NotificationCursor,
  type StaffMember,
} from './ports.ts';

export interface DigestDeps {
  log: ModerationLogPorts;
  cursor: NotificationCursor;
  clock: Clock;
  mailContext: MailContext;
  batchSize?: number;
}

/** Moderators who want the digest: a working account with an address and the setting on. */
export function digestRecipients(staff: StaffMember[]): (StaffMember & { email: string })[] {
  return staff.filter(
    (p): p is StaffMember & { email: string } =>
      !!p.email && p.active && p.notifyDigest && can(p.role, 'moderate_comments'),
  );
}

/**
 * One mail per moderator listing the comments held since the last digest that are still waiting
 * (a comment held and approved in between is left out). Nothing new, no mail. Like the approvals,
 * the mail is queued in the transaction that moves the cursor, so a digest goes out once.
 */
export async function sendModerationDigest(
  deps: DigestDeps,
): Promise<{ held: number; mails: number }> {
  const limit = deps.batchSize ?? 500;
  const cutoff = deps.clock().getTime() - SETTLE_MS;
  const from = await deps.cursor.read('digest');
  if (from === null) return { held: 0, mails: 0 };
  const held = new Map<number, LogEntry>();
  let to = from;
  reading: for (;;) {
    const batch = await deps.log.holdsAfter(to, limit);
    for (const entry of batch) {
      if (entry.loggedAt.getTime() > cutoff) break reading;
      if (entry.comment.status === 'pending' && !held.has(entry.comment.id))
        held.set(entry.comment.id, entry);
      to = entry.logId;
    }
    if (batch.length < limit) break;
  }
  if (to === from) return { held: 0, mails: 0 };
  const waiting = [...held.values()];
  const mails =
    waiting.length === 0
      ? []
      : digestRecipients(await deps.log.staff()).map((person) =>
          digestMail(deps.mailContext, person, waiting),
        );
  if (!(await deps.cursor.advance('digest', from, to, mails))) return { held: 0, mails: 0 };
  return { held: waiting.length, mails: mails.length };
}
