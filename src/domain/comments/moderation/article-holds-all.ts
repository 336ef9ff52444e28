import type { ModerationRule } from './rule.ts';

/** An article an editor set to "hold all comments" (a court case, a death, a risky story). */
export const articleHoldsAll: ModerationRule = {
  name: 'article-holds-all',
  check({ article }) {
    return article?.holdAll
      ? { outcome: 'hold', reason: 'The article holds every comment for a moderator' }
      : undefined;
  },
};
