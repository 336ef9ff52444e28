import type { Clock } from '../clock.ts';
import { can, type Role } from '../people/roles.ts';
import type { CommentStatus } from './comment.ts';
import { DuplicateCommentError } from './post-comment.ts';

export const MODERATION_ACTIONS = {
  approve: 'approved',
  hold: 'pending',
  spam: 'spam',
  trash: 'trash',
} as const satisfies Record<string, CommentStatus>;
export type ModerationAction = keyof typeof MODERATION_ACTIONS;

export const isModerationAction = (v: string): v is ModerationAction => v in MODERATION_ACTIONS;

export interface ModerationPorts {
  /** Moves the comment and writes the log entry in one transaction; null if there is no such comment. */
  changeStatus(change: {
    number: number;
    to: CommentStatus;
    personId: number;
    reason: string;
    at: Date;
  }): Promise<{ from: CommentStatus } | null>;
}

export type ModerateResult =
  | { ok: true; from: CommentStatus; to: CommentStatus }
  | { ok: false; status: 403 | 404 | 409; reason: string };

/** A person's decision on a comment: approve, hold, spam or trash. Logged like a rule's. */
export async function moderateComment(
  deps: { comments: ModerationPorts; clock: Clock },
  moderator: { id: number; role: Role | null },
  number: number,
  action: ModerationAction,
  note = '',
): Promise<ModerateResult> {
  if (!can(moderator.role, 'moderate_comments'))
    return { ok: false, status: 403, reason: 'You may not moderate comments.' };
  const to = MODERATION_ACTIONS[action];
  let changed: { from: CommentStatus } | null;
  try {
    changed = await deps.comments.changeStatus({
      number,
      to,
      personId: moderator.id,
      reason: note.trim() || `Moved to ${to} by a moderator`,
      at: deps.clock(),
    });
  } catch (error) {
    if (!(error instanceof DuplicateCommentError)) throw error;
    return {
      ok: false,
      status: 409,
      reason: 'An identical comment is already on the article; this copy stays in the trash.',
    };
  }
  return changed
    ? { ok: true, from: changed.from, to }
    : { ok: false, status: 404, reason: `There is no comment ${number}.` };
}
