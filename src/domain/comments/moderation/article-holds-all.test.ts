import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleHoldsAll } from './article-holds-all.ts';
import { answerOf, candidate, context, target } from './testing.ts';

test('an article set to hold all comments holds them', async () => {
  const held = candidate({
    article: target({ readable: true, commentsOpen: true, holdAll: true }),
  });
  assert.equal((await answerOf(articleHoldsAll, held, context()))?.outcome, 'hold');
});

test('other articles are left to the other rules', async () => {
  assert.equal(await answerOf(articleHoldsAll, candidate(), context()), undefined);
});
