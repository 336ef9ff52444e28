import type { Clock } from '../clock.ts';
import { can, type Role } from '../people/roles.ts';
import { charLength, COMMENT_LIMITS, type CommentStatus } from './comment.ts';
import { renderCommentText } from './comment-text.ts';
import { commentFingerprint, DuplicateCommentError } from './post-comment.ts';

export interface EditCommentPorts {
  findForEdit(number: number): Promise<{
    status: CommentStatus;
    text: string;
    parentNumber: number | null;
    authorName: string;
    authorEmail: string;
  } | null>;
  /** Saves the new text and logs the change with the text it replaced, in one transaction. */
  saveEdit(edit: {
    number: number;
    text: string;
    html: string;
    fingerprint: string;
    before: string;
    personId: number;
    reason: string;
    at: Date;
  }): Promise<void>;
}

export type EditResult =
  { ok: true; changed: boolean } | { ok: false; status: 400 | 403 | 404 | 409; reason: string };

/**
 * A moderator corrects a comment's text (a slur removed, a phone number cut). The original stays
 * in the moderation log; readers see the new text rendered and sanitised like any comment.
 */
export async function editComment(
  deps: { comments: EditCommentPorts; clock: Clock },
  moderator: { id: number; role: Role | null },
  number: number,
  newText: string,
  note = '',
): Promise<EditResult> {
  if (!can(moderator.role, 'moderate_comments'))
    return { ok: false, status: 403, reason: 'You may not edit comments.' };
  const current = await deps.comments.findForEdit(number);
  if (!current) return { ok: false, status: 404, reason: `There is no comment ${number}.` };
  const text = newText.replace(/\r\n?/g, '\n').trim();
  if (text === '') return { ok: false, status: 400, reason: 'A comment cannot be empty.' };
  if (charLength(text) > COMMENT_LIMITS.text)
    return {
      ok: false,
      status: 400,
      reason: `A comment can be at most ${COMMENT_LIMITS.text.toLocaleString('en')} characters.`,
    };
  if (text === current.text) return { ok: true, changed: false };
  try {
    await deps.comments.saveEdit({
      number,
      text,
      html: renderCommentText(text).html,
      fingerprint: commentFingerprint(current.parentNumber, {
        name: current.authorName,
        email: current.authorEmail,
        text,
      }),
      before: current.text,
      personId: moderator.id,
      reason: note.trim().slice(0, 500) || 'Text edited by a moderator',
      at: deps.clock(),
    });
  } catch (error) {
    if (!(error instanceof DuplicateCommentError)) throw error;
    return {
      ok: false,
      status: 409,
      reason: 'The same commenter already has a comment with exactly this text on the article.',
    };
  }
  return { ok: true, changed: true };
}
