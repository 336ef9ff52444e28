import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parentMustBeApproved } from './parent-must-be-approved.ts';
import { answerOf, candidate, context } from './testing.ts';

const check = (c: Parameters<typeof candidate>[0]) =>
  answerOf(parentMustBeApproved, candidate(c), context());

test('a top-level comment passes', async () => {
  assert.equal(await check({}), undefined);
});

test('a reply to an approved comment on the same article passes', async () => {
  assert.equal(
    await check({ parentNumber: 5, parent: { id: 50, articleId: 1, status: 'approved' } }),
    undefined,
  );
});

test('a reply to a missing, held, or other-article comment is refused with 403', async () => {
  for (const parent of [
    null,
    { id: 50, articleId: 1, status: 'pending' as const },
    { id: 50, articleId: 1, status: 'spam' as const },
    { id: 50, articleId: 2, status: 'approved' as const },
  ]) {
    const answer = await check({ parentNumber: 5, parent });
    assert.equal(answer?.outcome === 'reject' && answer.status, 403);
  }
});
