import { DuplicateCommentError } from '../domain/comments/post-comment.ts';
import { isCommentStatus, type CommentStatus } from '../domain/comments/comment.ts';
import { isUniqueViolation } from './dialect.ts';

// What every store that reads or writes comment rows shares.

/** A status read from the database; anything else is a broken row, not a reader's input. */
export function commentStatus(value: string): CommentStatus {
  if (!isCommentStatus(value)) throw new Error(`Unknown comment status "${value}" in the database`);
  return value;
}

/** The unique index that keeps the same comment from being stored twice on an article. */
const NO_DUPLICATES_INDEX = {
  name: 'comments_no_duplicates',
  table: 'comments',
  columns: ['article_id', 'fingerprint'],
};

/** For a `catch`: a write refused by that index becomes a DuplicateCommentError. */
export function rethrowAsDuplicate(error: unknown): never {
  if (isUniqueViolation(error, NO_DUPLICATES_INDEX)) throw new DuplicateCommentError();
  throw error;
}
