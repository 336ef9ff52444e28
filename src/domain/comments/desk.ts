// The moderation desk's view of comments: queues, filters and what a moderator needs to decide
// (the article, the parent, the commenter's record, and why the comment is where it is).
import type { CommentMode } from '../articles/editing.ts';
import type { CommentStatus } from './comment.ts';
import type { ReportReason } from './report-comment.ts';

export const DESK_QUEUES = ['pending', 'reported', 'approved', 'spam', 'trash'] as const;
export type DeskQueue = (typeof DESK_QUEUES)[number];
export const isDeskQueue = (v: string): v is DeskQueue =>
  (DESK_QUEUES as readonly string[]).includes(v);

export interface DeskFilter {
  queue: DeskQueue;
  articleId: number | null;
  /** An email address (exact, any case) or part of a name. */
  commenter: string;
  /** Part of the comment's text. */
  text: string;
  order: 'newest' | 'oldest';
  /** Open reports that put an approved comment in the reported queue. */
  reportThreshold: number;
  limit: number;
  offset: number;
}

export interface DeskDecision {
  actor: 'rule' | 'person';
  rule: string | null;
  personName: string | null;
  from: CommentStatus | null;
  to: CommentStatus;
  reason: string;
  at: Date;
}

export interface DeskItem {
  number: number;
  status: CommentStatus;
  authorName: string;
  authorEmail: string;
  authorUrl: string;
  authorIp: string;
  byStaff: boolean;
  text: string;
  html: string;
  createdAt: Date;
  featured: boolean;
  openReports: number;
  reportReasons: { reason: ReportReason; count: number }[];
  article: { id: number; headline: string; path: string };
  parent: { number: number; authorName: string; text: string; status: CommentStatus } | null;
  /** The commenter's other comments (same email address), by status. */
  history: Record<CommentStatus, number>;
  /** The last decision: the rule that held it, or who moved it and when. */
  why: DeskDecision | null;
}

export interface DeskArticle {
  id: number;
  headline: string;
  path: string;
  commentMode: CommentMode;
  surgeSince: Date | null;
}

export interface DeskPage {
  items: DeskItem[];
  /** Matching comments in each queue, with the same filters. */
  counts: Record<DeskQueue, number>;
  /** Matching comments in this queue (for paging). */
  total: number;
}

export const emptyHistory = (): Record<CommentStatus, number> => ({
  pending: 0,
  approved: 0,
  spam: 0,
  trash: 0,
});
