import assert from 'node:assert/strict';
import { test } from 'node:test';
import { spamCheck } from './spam-check.ts';
import { answerOf, candidate, context } from './testing.ts';

test('the service saying spam makes it spam; saying ham, or failing, passes', async () => {
  assert.equal(
    (await answerOf(spamCheck, candidate(), context({ spamCheck: async () => true })))?.outcome,
    'spam',
  );
  assert.equal(
    await answerOf(spamCheck, candidate(), context({ spamCheck: async () => false })),
    undefined,
  );
  assert.equal(
    await answerOf(spamCheck, candidate(), context({ spamCheck: async () => null })),
    undefined,
  );
});

test('off when not configured', async () => {
  assert.equal(await answerOf(spamCheck, candidate(), context()), undefined);
});
