import assert from 'node:assert/strict';
import { test } from 'node:test';
import { textRequired } from './text-required.ts';
import { answerOf, candidate, context } from './testing.ts';

test('an empty comment is refused at the comment field with 400', async () => {
  const answer = await answerOf(textRequired, candidate({ text: '' }), context());
  assert.ok(answer?.outcome === 'reject');
  assert.equal(answer.field, 'comment');
  assert.equal(answer.status, 400);
});

test('any text passes', async () => {
  assert.equal(await answerOf(textRequired, candidate({ text: '👍' }), context()), undefined);
});
