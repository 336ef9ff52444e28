import { can } from '../people/roles.ts';
import { moderateComment, type ModerationPorts } from './moderate-comment.ts';
import {
  postComment,
  type PostCommentDeps,
  type PostCommentResult,
  type StaffCommenter,
} from './post-comment.ts';

export type StaffReplyResult =
  | PostCommentResult
  | { ok: false; status: 400 | 403 | 404 | 409; rejections: { reason: string }[] };

const refuse = (status: 400 | 403 | 404 | 409, reason: string): StaffReplyResult => ({
  ok: false,
  status,
  rejections: [{ reason }],
});

/**
 * A moderator answers a comment from the desk. The reply is an ordinary comment under the
 * moderator's own name (marked as staff on the page); replying to a held comment approves it
 * first, as answering it publicly would otherwise point at nothing.
 */
export async function replyAsStaff(
  deps: PostCommentDeps & { moderation: ModerationPorts },
  staff: StaffCommenter,
  reply: { parentNumber: number; text: string; ip: string; userAgent: string },
): Promise<StaffReplyResult> {
  if (!can(staff.role, 'moderate_comments'))
    return refuse(403, 'You may not reply from the moderation desk.');
  const parent = await deps.comments.findParent(reply.parentNumber);
  if (!parent) return refuse(404, `There is no comment ${reply.parentNumber}.`);
  if (parent.status === 'spam' || parent.status === 'trash')
    return refuse(409, 'Restore the comment before replying to it.');
  if (reply.text.trim() === '') return refuse(400, 'Write a reply first.');
  if (parent.status === 'pending') {
    const approved = await moderateComment(
      { comments: deps.moderation, clock: deps.clock },
      staff,
      reply.parentNumber,
      'approve',
      'Approved when a moderator replied',
    );
    if (!approved.ok) return refuse(approved.status, approved.reason);
  }
  return postComment(
    deps,
    {
      articleId: parent.articleId,
      parentNumber: reply.parentNumber,
      name: '',
      email: '',
      url: '',
      text: reply.text,
      ip: reply.ip,
      userAgent: reply.userAgent,
    },
    staff,
  );
}
