import type { ModerationRule } from './rule.ts';

/** When the site asks for it, only signed-in accounts may comment. */
export const accountRequired: ModerationRule = {
  name: 'account-required',
  check({ person }, { settings }) {
    if (!settings.registrationRequired || person) return undefined;
    return {
      outcome: 'reject',
      status: 403,
      code: 'account_required',
      reason: 'You must be signed in to comment.',
    };
  },
};
