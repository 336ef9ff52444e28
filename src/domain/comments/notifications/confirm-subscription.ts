import type { Clock } from '../../clock.ts';
import { readNotificationToken } from './notification-token.ts';
import type { Subscription, SubscriptionPorts } from './ports.ts';

export type ConfirmResult =
  { ok: true; subscription: Subscription } | { ok: false; status: 400 | 404; reason: string };

export const BAD_LINK =
  'This link is not valid. It may have been copied incompletely from the email: try opening it from the email again.';
const GONE =
  'This request to hear of replies no longer exists: the comment or the subscription has been removed.';

/** The subscription a confirmation link is for, to show before the reader confirms it. */
export async function findSubscriptionToConfirm(
  deps: { subscriptions: SubscriptionPorts; secret: string },
  token: string,
): Promise<ConfirmResult> {
  const target = readNotificationToken(deps.secret, token);
  if (target?.kind !== 'confirm') return { ok: false, status: 400, reason: BAD_LINK };
  const subscription = await deps.subscriptions.findSubscription(target.subscriptionId);
  return subscription ? { ok: true, subscription } : { ok: false, status: 404, reason: GONE };
}

/**
 * The second half of the double opt-in: the reader pressed the button behind the link in the
 * confirmation mail. Replies approved from now on are mailed to them. Confirming again, or after
 * having unsubscribed, is the reader's latest word and turns the subscription (back) on.
 */
export async function confirmSubscription(
  deps: { subscriptions: SubscriptionPorts; secret: string; clock: Clock },
  token: string,
): Promise<ConfirmResult> {
  const found = await findSubscriptionToConfirm(deps, token);
  if (!found.ok) return found;
  if (!(await deps.subscriptions.confirmSubscription(found.subscription.id, deps.clock())))
    return { ok: false, status: 404, reason: GONE };
  return {
    ok: true,
    subscription: { ...found.subscription, confirmed: true, unsubscribed: false },
  };
}
