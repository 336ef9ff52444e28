import type { ModerationRule } from './rule.ts';

/**
 * An Akismet-compatible service's opinion. Off unless configured. When the service is down or
 * slow the comment goes on through the other rules: an outage must not block readers.
 */
export const spamCheck: ModerationRule = {
  name: 'spam-check',
  async check(candidate, { spamCheck: check }) {
    if (!check || candidate.person) return undefined;
    const verdict = await check(candidate);
    return verdict === true
      ? { outcome: 'spam', reason: 'The spam-check service says this is spam' }
      : undefined;
  },
};
