import type { Clock } from '../../clock.ts';
import type { MailQueue } from '../../mail.ts';
import type { CommentStatus } from '../comment.ts';
import { confirmationMail, type MailContext } from './compose-notifications.ts';
import type { SubscriptionPorts } from './ports.ts';

export interface SubscribeDeps {
  subscriptions: SubscriptionPorts;
  mail: MailQueue;
  clock: Clock;
  mailContext: MailContext;
}

/**
 * A reader ticked "Notify me of replies by email" on a comment that was just stored: the
 * subscription is written unconfirmed and the mail asking them to confirm is queued (double
 * opt-in: anyone can type anyone's address). A comment sent to spam or the trash gets neither,
 * so the form cannot be used to send mail to strangers. True when a confirmation was queued.
 */
export async function subscribeToReplies(
  deps: SubscribeDeps,
  comment: { id: number; status: CommentStatus },
): Promise<boolean> {
  if (comment.status !== 'approved' && comment.status !== 'pending') return false;
  const subscription = await deps.subscriptions.createSubscription(comment.id, deps.clock());
  if (!subscription) return false;
  await deps.mail.queue(confirmationMail(deps.mailContext, subscription));
  return true;
}
