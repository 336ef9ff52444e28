import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lengthLimits } from './length-limits.ts';
import { answersOf, candidate, context } from './testing.ts';

const problems = async (c: Parameters<typeof candidate>[0]) =>
  (await answersOf(lengthLimits, candidate(c), context())).map((a) =>
    a.outcome === 'reject' ? a.field : a.outcome,
  );

test('input at the limits passes: name 245, email 100, website 200, comment 65,525', async () => {
  assert.deepEqual(
    await problems({
      name: 'n'.repeat(245),
      email: `${'e'.repeat(88)}@example.net`,
      url: `https://${'u'.repeat(192)}`,
      text: 't'.repeat(65_525),
    }),
    [],
  );
});

test('one character over any limit is refused at its field, never cut', async () => {
  assert.deepEqual(
    await problems({
      name: 'n'.repeat(246),
      email: `${'e'.repeat(89)}@example.net`,
      url: `https://${'u'.repeat(193)}`,
      text: 't'.repeat(65_526),
    }),
    ['comment', 'author', 'email', 'url'],
  );
});

test('characters are counted as readers count them: an emoji is one', async () => {
  assert.deepEqual(await problems({ text: '😀'.repeat(65_525) }), []);
  assert.deepEqual(await problems({ text: '😀'.repeat(65_526) }), ['comment']);
});
