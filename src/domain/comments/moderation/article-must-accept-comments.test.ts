import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleMustAcceptComments } from './article-must-accept-comments.ts';
import { answerOf, candidate, context, target } from './testing.ts';

const statusOf = async (c: Parameters<typeof candidate>[0]) => {
  const answer = await answerOf(articleMustAcceptComments, candidate(c), context());
  return answer?.outcome === 'reject' ? answer.status : undefined;
};

test('an open, published article accepts comments', async () => {
  assert.equal(await statusOf({}), undefined);
});

test('a missing or unpublished article answers 404', async () => {
  assert.equal(await statusOf({ article: null }), 404);
  assert.equal(
    await statusOf({
      article: target({ readable: false, commentsOpen: true, holdAll: false }),
    }),
    404,
  );
});

test('closed comments answer 403', async () => {
  assert.equal(
    await statusOf({
      article: target({ readable: true, commentsOpen: false, holdAll: false }),
    }),
    403,
  );
});
