import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DUPLICATE_MESSAGE, noDuplicates } from './no-duplicates.ts';
import { answerOf, candidate, context, history } from './testing.ts';

test('a comment the article already has (not in the trash) is refused with 409', async () => {
  let asked: [number, string] | undefined;
  const answer = await answerOf(
    noDuplicates,
    candidate({ fingerprint: 'same' }),
    context({ history: history({ isDuplicate: async (a, f) => ((asked = [a, f]), true) }) }),
  );
  assert.deepEqual(asked, [1, 'same']);
  assert.ok(answer?.outcome === 'reject');
  assert.equal(answer.status, 409);
  assert.equal(answer.reason, DUPLICATE_MESSAGE);
});

test('a new comment passes', async () => {
  assert.equal(await answerOf(noDuplicates, candidate(), context()), undefined);
});
