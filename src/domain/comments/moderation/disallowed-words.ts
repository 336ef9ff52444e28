import type { ModerationRule } from './rule.ts';
import { findListedWord } from './word-list.ts';

/** A disallowed word anywhere sends the comment to the trash (or spam, by setting). */
export const disallowedWords: ModerationRule = {
  name: 'disallowed-words',
  check(candidate, { settings }) {
    const word = findListedWord(settings.disallowedWords, candidate, { stripTags: true });
    return word === undefined
      ? undefined
      : { outcome: settings.disallowedAction, reason: `Contains the disallowed word “${word}”` };
  },
};
