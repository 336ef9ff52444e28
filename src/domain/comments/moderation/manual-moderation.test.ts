import assert from 'node:assert/strict';
import { test } from 'node:test';
import { manualModeration } from './manual-moderation.ts';
import { answerOf, candidate, context } from './testing.ts';

test('off by default', async () => {
  assert.equal(await answerOf(manualModeration, candidate(), context()), undefined);
});

test('when on, every comment is held', async () => {
  const answer = await answerOf(
    manualModeration,
    candidate(),
    context({ settings: { manualModeration: true } }),
  );
  assert.equal(answer?.outcome, 'hold');
});
