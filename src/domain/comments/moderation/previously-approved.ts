import type { ModerationRule } from './rule.ts';

/**
 * A commenter's first comment waits for a moderator; once one is approved, the next ones go
 * straight up. A guest using a staff member's email is always held: anyone can type an email.
 */
export const previouslyApproved: ModerationRule = {
  name: 'previously-approved',
  async check({ person, name, email }, { settings, history }) {
    if (!settings.previouslyApproved) return undefined;
    if (person)
      return (await history.hasApprovedComment({ personId: person.id }))
        ? undefined
        : { outcome: 'hold', reason: 'First comment from this account' };
    if (email !== '' && (await history.isStaffEmail(email)))
      return { outcome: 'hold', reason: 'A guest used the email address of a staff account' };
    if (name === '' || email === '' || !(await history.hasApprovedComment({ name, email })))
      return { outcome: 'hold', reason: 'First comment from this name and email' };
    return undefined;
  },
};
