import type { ModerationRule } from './rule.ts';

const until = (expiresAt: Date | null) =>
  expiresAt ? ` until ${expiresAt.toISOString().slice(0, 10)}` : '';

/** A moderator banned this email address or IP: the comment is refused, and the person told. */
export const bannedCommenters: ModerationRule = {
  name: 'banned-commenters',
  async check({ email, ip, person }, { history, now }) {
    if (person) return undefined;
    const ban = (await history.findMeasures({ email, ip }, now)).find((m) => m.kind === 'ban');
    if (!ban) return undefined;
    return {
      outcome: 'reject',
      status: 403,
      code: 'banned',
      reason: `Comments from you are not accepted on this site${until(ban.expiresAt)}.`,
    };
  },
};

/** A moderator asked to see everything from this email address or IP first. */
export const heldCommenters: ModerationRule = {
  name: 'held-commenters',
  async check({ email, ip, person }, { history, now }) {
    if (person) return undefined;
    const hold = (await history.findMeasures({ email, ip }, now)).find((m) => m.kind === 'hold');
    if (!hold) return undefined;
    return {
      outcome: 'hold',
      reason: `A moderator holds this commenter’s comments${until(hold.expiresAt)}${hold.note ? `: ${hold.note}` : ''}`,
    };
  },
};
