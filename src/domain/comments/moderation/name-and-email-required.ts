import { looksLikeEmail } from '../../email.ts';
import type { ModerationRule, RuleAnswer } from './rule.ts';

/** Guests give a name and an email that looks like one (signed-in staff use their profile). */
export const nameAndEmailRequired: ModerationRule = {
  name: 'name-and-email-required',
  checksFields: true,
  check({ person, name, email }, { settings }) {
    if (person) return undefined;
    const problems: RuleAnswer[] = [];
    const problem = (field: 'author' | 'email', code: string, reason: string): RuleAnswer => ({
      outcome: 'reject',
      status: 400,
      code,
      reason,
      field,
    });
    if (settings.requireNameEmail && name === '')
      problems.push(problem('author', 'name_required', 'Please enter your name.'));
    if (settings.requireNameEmail && email === '')
      problems.push(problem('email', 'email_required', 'Please enter your email address.'));
    else if (email !== '' && !looksLikeEmail(email))
      problems.push(
        problem(
          'email',
          'email_invalid',
          'Please enter a valid email address, like name@example.com.',
        ),
      );
    return problems;
  },
};
