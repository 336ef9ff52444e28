// What a comment is, for the rules and the pages. Statuses and limits follow WordPress, so a site
// moving from it behaves the same for its readers (../shared/reference/comment-rules.md).

export const COMMENT_STATUSES = ['pending', 'approved', 'spam', 'trash'] as const;
export type CommentStatus = (typeof COMMENT_STATUSES)[number];

export const isCommentStatus = (value: string): value is CommentStatus =>
  (COMMENT_STATUSES as readonly string[]).includes(value);

/** Longest accepted input, in characters (code points); longer input is refused, never cut. */
export const COMMENT_LIMITS = {
  name: 245,
  email: 100,
  url: 200,
  text: 65_525,
  /** The user agent is kept, cut to this length: it is not the commenter's words. */
  userAgent: 254,
} as const;

export type CommentField = 'comment' | 'author' | 'email' | 'url';

/** A comment as the public may see it: no email, IP or user agent, by construction. */
export interface PublicComment {
  id: number;
  number: number;
  parentId: number | null;
  status: CommentStatus;
  authorName: string;
  authorUrl: string;
  /** Sanitised HTML rendered from the commenter's text. */
  html: string;
  createdAt: Date;
  byStaff: boolean;
  /** Picked by a moderator: its thread leads the comments. */
  featured: boolean;
}

/** A comment as moderators see it. */
export interface ModeratedComment extends PublicComment {
  articleId: number;
  authorEmail: string;
  authorIp: string;
  authorUserAgent: string;
  text: string;
}

/** Length in code points, so an emoji counts once, as a reader would count it. */
export const charLength = (s: string): number => {
  let n = 0;
  for (const _ of s) n++;
  return n;
};
