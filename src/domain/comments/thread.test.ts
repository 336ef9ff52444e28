import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PublicComment } from './comment.ts';
import { buildThread, type ThreadNode } from './thread.ts';

const comment = (id: number, parentId: number | null): PublicComment => ({
  id,
  number: id,
  parentId,
  status: 'approved',
  authorName: `Reader ${id}`,
  authorUrl: '',
  html: '<p>hi</p>',
  createdAt: new Date(2026, 0, 1, 0, id),
  byStaff: false,
  featured: false,
});

const shape = (nodes: ThreadNode[]): unknown =>
  nodes.map((n) => [n.comment.id, n.depth, n.canReply, shape(n.replies)]);

test('replies nest under their parents, oldest first', () => {
  const thread = buildThread([comment(1, null), comment(2, 1), comment(3, null), comment(4, 2)], 5);
  assert.deepEqual(shape(thread), [
    [1, 1, true, [[2, 2, true, [[4, 3, true, []]]]]],
    [3, 1, true, []],
  ]);
});

test('at the deepest level there is no reply link, and deeper replies sit beside their parent', () => {
  const chain = [comment(1, null), comment(2, 1), comment(3, 2), comment(4, 3)];
  assert.deepEqual(shape(buildThread(chain, 3)), [
    [
      1,
      1,
      true,
      [
        [
          2,
          2,
          true,
          [
            [3, 3, false, []],
            [4, 3, false, []],
          ],
        ],
      ],
    ],
  ]);
});

test('with threading off (depth 1) every comment is top-level', () => {
  assert.deepEqual(shape(buildThread([comment(1, null), comment(2, 1)], 1)), [
    [1, 1, false, []],
    [2, 1, false, []],
  ]);
});

test('a reply whose parent is not shown still shows, at the top', () => {
  assert.deepEqual(shape(buildThread([comment(5, 99)], 5)), [[5, 1, true, []]]);
});

test('threads a moderator featured come first, their replies with them', () => {
  const featured = { ...comment(3, null), featured: true };
  const thread = buildThread([comment(1, null), comment(2, 1), featured, comment(4, 3)], 5);
  assert.deepEqual(shape(thread), [
    [3, 1, true, [[4, 2, true, []]]],
    [1, 1, true, [[2, 2, true, []]]],
  ]);
});
