import type { Clock } from '../clock.ts';
import { COMMENT_MODES, type CommentMode } from '../articles/editing.ts';
import { can, type Role } from '../people/roles.ts';

export const ARTICLE_COMMENT_ACTIONS = ['open', 'hold', 'closed', 'end-surge'] as const;
export type ArticleCommentAction = (typeof ARTICLE_COMMENT_ACTIONS)[number];
export const isArticleCommentAction = (v: string): v is ArticleCommentAction =>
  (ARTICLE_COMMENT_ACTIONS as readonly string[]).includes(v);

export interface ArticleCommentPorts {
  /** Changes the article's comment mode (bumping its version, so an open editor notices). */
  setCommentMode(articleId: number, mode: CommentMode, at: Date): Promise<boolean>;
  /** Switches surge mode off; false if the article does not exist. */
  endSurge(articleId: number): Promise<boolean>;
}

/**
 * From the desk: open, close or hold all comments on one article, or end its surge mode (which
 * only ever ends by hand: a moderator decides the storm is over).
 */
export async function setArticleComments(
  deps: { articles: ArticleCommentPorts; clock: Clock },
  moderator: { role: Role | null },
  articleId: number,
  action: ArticleCommentAction,
): Promise<{ ok: true } | { ok: false; status: 403 | 404; reason: string }> {
  if (!can(moderator.role, 'moderate_comments'))
    return { ok: false, status: 403, reason: 'You may not change comments on articles.' };
  const done =
    action === 'end-surge'
      ? await deps.articles.endSurge(articleId)
      : (COMMENT_MODES as readonly string[]).includes(action) &&
        (await deps.articles.setCommentMode(articleId, action as CommentMode, deps.clock()));
  return done ? { ok: true } : { ok: false, status: 404, reason: 'There is no such article.' };
}
