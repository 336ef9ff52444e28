import type { ModerationRule } from './rule.ts';

/**
 * The form has a field people never see or hear (hidden from sight and from screen readers);
 * bots fill in every field. Such a comment is kept as spam, not refused, so a bot learns nothing
 * and a moderator can still rescue a person caught by mistake.
 */
export const formHoneypot: ModerationRule = {
  name: 'form-honeypot',
  check({ honeypot, person }) {
    if (person || honeypot.trim() === '') return undefined;
    return { outcome: 'spam', reason: 'The hidden field that only bots fill in was filled in' };
  },
};
