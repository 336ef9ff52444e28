import type { ModerationRule } from './rule.ts';

/** A reply must answer an approved comment on the same article. */
export const parentMustBeApproved: ModerationRule = {
  name: 'parent-must-be-approved',
  check({ parentNumber, parent, article }) {
    if (parentNumber === null) return undefined;
    if (parent && parent.status === 'approved' && parent.articleId === article?.id)
      return undefined;
    return {
      outcome: 'reject',
      status: 403,
      code: 'parent_unavailable',
      reason: 'The comment you are replying to is not available.',
    };
  },
};
