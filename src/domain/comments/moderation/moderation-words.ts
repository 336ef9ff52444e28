import type { ModerationRule } from './rule.ts';
import { findListedWord } from './word-list.ts';

/** A moderation word anywhere holds the comment for a person to read. */
export const moderationWords: ModerationRule = {
  name: 'moderation-words',
  check(candidate, { settings }) {
    const word = findListedWord(settings.moderationWords, candidate);
    return word === undefined
      ? undefined
      : { outcome: 'hold', reason: `Contains the moderation word “${word}”` };
  },
};
