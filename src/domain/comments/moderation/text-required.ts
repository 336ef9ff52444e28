import type { ModerationRule } from './rule.ts';

export const textRequired: ModerationRule = {
  name: 'text-required',
  checksFields: true,
  check({ text }) {
    if (text !== '') return undefined;
    return {
      outcome: 'reject',
      status: 400,
      code: 'text_required',
      reason: 'Please type your comment.',
      field: 'comment',
    };
  },
};
