import type { ModerationRule } from './rule.ts';

/** The article must exist, be published, and have comments open. */
export const articleMustAcceptComments: ModerationRule = {
  name: 'article-must-accept-comments',
  check({ article }) {
    if (!article || !article.readable)
      return {
        outcome: 'reject',
        status: 404,
        code: 'article_not_found',
        reason: 'The article you are commenting on could not be found.',
      };
    if (!article.commentsOpen)
      return {
        outcome: 'reject',
        status: 403,
        code: 'comments_closed',
        reason: 'Comments are closed on this article.',
      };
    return undefined;
  },
};
