import type { ModerationRule } from './rule.ts';

/**
 * A person needs a few seconds to read and write; the form carries the time it was shown,
 * signed. Faster than `minSubmitSeconds` is a bot: spam. No valid token (a forged one, or a
 * bot posting without the form) is held for a person to look at.
 */
export const formTiming: ModerationRule = {
  name: 'form-timing',
  check({ formShownAt, person }, { settings, now }) {
    if (person || settings.minSubmitSeconds <= 0) return undefined;
    if (!formShownAt)
      return { outcome: 'hold', reason: 'Sent without the form’s signed time stamp' };
    const seconds = (now.getTime() - formShownAt.getTime()) / 1000;
    if (seconds < settings.minSubmitSeconds)
      return {
        outcome: 'spam',
        reason: `Sent ${Math.max(0, seconds).toFixed(1)} s after the form was shown; people take at least ${settings.minSubmitSeconds} s`,
      };
    return undefined;
  },
};
