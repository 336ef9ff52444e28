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
/** The four moves, plus restore: back to where it was before spam or trash. */
export type ModerationAction = keyof typeof MODERATION_ACTIONS | 'restore';

export const isModerationAction = (v: string): v is ModerationAction =>
  v === 'restore' || Object.prototype.hasOwnProperty.call(MODERATION_ACTIONS, v);

const DEFAULT_REASON: Record<ModerationAction, string> = {
  approve: 'Approved by a moderator',
  hold: 'Sent back to pending by a moderator',
  spam: 'Marked as spam by a moderator',
  trash: 'Trashed by a moderator',
  restore: 'Restored by a moderator',
};

export interface ModerationPorts {
  /**
   * Moves the comment, clears its open reports (a moderator has looked at it) and writes the log
   * entry, in one transaction; null if there is no such comment.
   */
  changeStatus(change: {
    number: number;
    to: CommentStatus;
    personId: number;
    reason: string;
    at: Date;
  }): Promise<{ from: CommentStatus } | null>;
  /**
   * The comment's status and the one it had before it was last moved into it (null when it has
   * been there since it arrived); null if there is no such comment.
   */
  previousStatus(
    number: number,
  ): Promise<{ current: CommentStatus; before: CommentStatus | null } | null>;
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
  let to: CommentStatus;
  if (action === 'restore') {
    const found = await deps.comments.previousStatus(number);
    if (!found) return { ok: false, status: 404, reason: `There is no comment ${number}.` };
    if (found.current !== 'spam' && found.current !== 'trash')
      return { ok: false, status: 409, reason: 'Only comments in spam or trash can be restored.' };
    // A comment a rule put straight into spam was never seen by anyone: it goes to pending.
    const { before } = found;
    to = before === null || before === 'spam' || before === 'trash' ? 'pending' : before;
  } else to = MODERATION_ACTIONS[action];
  let changed: { from: CommentStatus } | null;
  try {
    changed = await deps.comments.changeStatus({
      number,
      to,
      personId: moderator.id,
      reason: note.trim().slice(0, 500) || DEFAULT_REASON[action],
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

/** The same decision on a selection; each comment is moved and logged on its own. */
export async function moderateComments(
  deps: { comments: ModerationPorts; clock: Clock },
  moderator: { id: number; role: Role | null },
  numbers: readonly number[],
  action: ModerationAction,
): Promise<{ moved: number; failed: { number: number; reason: string }[] }> {
  const failed: { number: number; reason: string }[] = [];
  let moved = 0;
  for (const number of new Set(numbers)) {
    const result = await moderateComment(deps, moderator, number, action);
    if (result.ok) moved++;
    else if (result.status === 403) return { moved, failed: [{ number, reason: result.reason }] };
    else failed.push({ number, reason: result.reason });
  }
  return { moved, failed };
}
