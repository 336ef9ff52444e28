import type { Clock } from '../../clock.ts';
import { BAD_LINK } from './confirm-subscription.ts';
import { readNotificationToken, type NotificationTarget } from './notification-token.ts';
import type { StaffSettingPorts, SubscriptionPorts } from './ports.ts';

export type UnsubscribeResult =
  | { ok: true; kind: Exclude<NotificationTarget['kind'], 'confirm'>; what: string }
  | { ok: false; status: 400; reason: string };

export interface UnsubscribeDeps {
  subscriptions: SubscriptionPorts;
  staff: StaffSettingPorts;
  secret: string;
  clock: Clock;
}

/** What an unsubscribe link stops, in words for the page; a forged or mangled link is refused. */
export async function describeUnsubscribe(
  deps: Pick<UnsubscribeDeps, 'subscriptions' | 'secret'>,
  token: string,
): Promise<UnsubscribeResult> {
  const target = readNotificationToken(deps.secret, token);
  if (!target || target.kind === 'confirm') return { ok: false, status: 400, reason: BAD_LINK };
  switch (target.kind) {
    case 'replies': {
      const subscription = await deps.subscriptions.findSubscription(target.subscriptionId);
      return {
        ok: true,
        kind: target.kind,
        what: subscription
          ? `emails about replies to your comment on “${subscription.article.headline}”`
          : 'emails about replies to your comment',
      };
    }
    case 'comments':
      return {
        ok: true,
        kind: target.kind,
        what: 'emails about new comments on your articles',
      };
    case 'digest':
      return {
        ok: true,
        kind: target.kind,
        what: 'the digest of comments held for moderation',
      };
  }
}

/**
 * One click (RFC 8058) or the button on the page: the subscription ends (with `everyComment`,
 * every subscription at that address), or the staff member's setting is turned off. No sign-in: the signed link is the proof. Unsubscribing twice, or from
 * something already removed, succeeds: either way no more of that mail is sent.
 */
export async function unsubscribe(
  deps: UnsubscribeDeps,
  token: string,
  options: { everyComment?: boolean } = {},
): Promise<UnsubscribeResult> {
  const described = await describeUnsubscribe(deps, token);
  if (!described.ok) return described;
  const target = readNotificationToken(deps.secret, token)!;
  if (target.kind === 'replies' && options.everyComment) {
    // Asked for on the page only (one-click stays with the one comment): the link proves the
    // reader holds that address's mail, so it may end the rest of that address's subscriptions.
    await deps.subscriptions.endSubscriptionsAtAddress(target.subscriptionId, deps.clock());
    return { ...described, what: 'emails about replies to any of your comments' };
  }
  if (target.kind === 'replies')
    await deps.subscriptions.endSubscription(target.subscriptionId, deps.clock());
  else if (target.kind === 'comments' || target.kind === 'digest')
    await deps.staff.setStaffMailSetting(target.personId, target.kind, false);
  return described;
}
