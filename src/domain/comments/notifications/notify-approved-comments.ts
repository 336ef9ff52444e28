import type { Clock } from '../../clock.ts';
import type { OutgoingMail } from '../../mail.ts';
import { authorMail, replyMail, type MailContext } from './compose-notifications.ts';
import { emailKey } from '../../email.ts';
import {
  SETTLE_MS,
  type ActiveSubscription,
  type ApprovalEntry,
  type ModerationLogPorts,
  type NotificationCursor,
  type NotifiedComment,
  type StaffMember,
} from './ports.ts';

export interface NotifyDeps {
  log: ModerationLogPorts;
  cursor: NotificationCursor;
  clock: Clock;
  mailContext: MailContext;
  /** Log entries read at a time. */
  batchSize?: number;
}

/** Comments brought in by an import were published long ago elsewhere: nobody is mailed. */
export const isImport = (rule: string | null): boolean => rule?.startsWith('import:') ?? false;

/**
 * The byline's staff who want mail about this comment: a working account with an address and
 * the setting on, and not the comment's own author.
 */
export function authorRecipients(
  byline: StaffMember[],
  comment: NotifiedComment,
): (StaffMember & { email: string })[] {
  const seen = new Set<string>();
  return byline.filter((p): p is StaffMember & { email: string } => {
    if (!p.email || !p.role || !p.active || !p.notifyComments) return false;
    if (p.id === comment.personId || emailKey(p.email) === comment.authorEmailKey) return false;
    if (seen.has(emailKey(p.email))) return false;
    seen.add(emailKey(p.email));
    return true;
  });
}

/** Subscribers to the parent comment, except the one who wrote the reply; each address once. */
export function replyRecipients(
  subscriptions: ActiveSubscription[],
  reply: NotifiedComment,
): ActiveSubscription[] {
  const seen = new Set<string>([reply.authorEmailKey]);
  return subscriptions.filter((s) => {
    if (seen.has(s.emailKey)) return false;
    seen.add(s.emailKey);
    return true;
  });
}

/** The mail one log entry causes: only a comment's first approval, and only if it still stands. */
async function mailsFor(deps: NotifyDeps, entry: ApprovalEntry): Promise<OutgoingMail[]> {
  const { comment } = entry;
  if (isImport(entry.rule) || !entry.firstApproval || comment.status !== 'approved') return [];
  const authors = authorRecipients(await deps.log.bylineStaff(comment.article.id), comment);
  const subscribers =
    comment.parentId === null
      ? []
      : replyRecipients(await deps.log.activeSubscriptions(comment.parentId), comment);
  return [
    ...authors.map((person) => authorMail(deps.mailContext, person, comment)),
    ...subscribers.map((s) => replyMail(deps.mailContext, s, comment)),
  ];
}

/**
 * Reads the moderation log past the cursor and mails, for every comment approved for the first
 * time, the journalists on the article's byline and the readers subscribed to the comment it
 * answers. Whoever approved it (a rule at posting, a moderator, the desk) wrote the log entry, so
 * nothing in moderation has to call this. The mail is queued and the cursor moved in one
 * transaction: after a crash or a restart nothing is sent twice and nothing is skipped. Entries
 * younger than SETTLE_MS wait for the next run, so one written by a transaction that committed
 * late is not passed over.
 */
export async function notifyApprovedComments(
  deps: NotifyDeps,
): Promise<{ entries: number; mails: number }> {
  const limit = deps.batchSize ?? 200;
  const cutoff = deps.clock().getTime() - SETTLE_MS;
  let from = await deps.cursor.read('approvals');
  let entries = 0;
  let mails = 0;
  while (from !== null) {
    const batch = await deps.log.approvalsAfter(from, limit);
    const outgoing: OutgoingMail[] = [];
    let to = from;
    let settled = true;
    for (const entry of batch) {
      if (entry.loggedAt.getTime() > cutoff) {
        settled = false;
        break;
      }
      outgoing.push(...(await mailsFor(deps, entry)));
      to = entry.logId;
      entries++;
    }
    if (to === from) break;
    // Another instance moved the cursor first: it sent this mail, we send none.
    if (!(await deps.cursor.advance('approvals', from, to, outgoing))) break;
    mails += outgoing.length;
    from = to;
    if (!settled || batch.length < limit) break;
  }
  return { entries, mails };
}
