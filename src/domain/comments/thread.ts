import type { PublicComment } from './comment.ts';

export interface ThreadNode {
  comment: PublicComment;
  depth: number;
  /** False at the deepest level: a reply there could not nest. */
  canReply: boolean;
  replies: ThreadNode[];
}

/**
 * Nests comments (given oldest first) under their parents, `maxDepth` levels deep. Replies to a
 * comment at the deepest level are shown beside it at that level, as WordPress does, so no
 * comment is ever hidden. A comment whose parent is not in the list is shown at the top.
 * Threads a moderator featured come first.
 */
export function buildThread(comments: readonly PublicComment[], maxDepth: number): ThreadNode[] {
  const depthLimit = Math.max(1, maxDepth);
  const nodes = new Map<number, ThreadNode>();
  const roots: ThreadNode[] = [];
  const parentOf = new Map<number, ThreadNode | undefined>();
  for (const comment of comments) {
    const parent = comment.parentId === null ? undefined : nodes.get(comment.parentId);
    // At the limit, attach to the parent's own parent: a sibling at the deepest level.
    const host = parent && parent.depth >= depthLimit ? parentOf.get(parent.comment.id) : parent;
    const depth = host ? host.depth + 1 : 1;
    const node: ThreadNode = { comment, depth, canReply: depth < depthLimit, replies: [] };
    nodes.set(comment.id, node);
    parentOf.set(comment.id, host);
    (host ? host.replies : roots).push(node);
  }
  // Featured threads lead, in the order they were written; the rest follow, oldest first.
  return [...roots.filter((r) => r.comment.featured), ...roots.filter((r) => !r.comment.featured)];
}
