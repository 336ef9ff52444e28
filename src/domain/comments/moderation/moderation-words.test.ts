import assert from 'node:assert/strict';
import { test } from 'node:test';
import { moderationWords } from './moderation-words.ts';
import { answerOf, candidate, context } from './testing.ts';

const outcome = (c: Parameters<typeof candidate>[0]) =>
  answerOf(
    moderationWords,
    candidate(c),
    context({ settings: { moderationWords: ['', 'lawsuit', '203.0.113.66'] } }),
  );

test('a moderation word anywhere holds the comment, case-insensitively, and says which', async () => {
  const answer = await outcome({ text: 'See you at the LAWSUIT hearing' });
  assert.equal(answer?.outcome, 'hold');
  assert.match(answer?.reason ?? '', /lawsuit/);
  assert.equal((await outcome({ ip: '203.0.113.66' }))?.outcome, 'hold');
});

test('blank lines in the list match nothing', async () => {
  assert.equal(await outcome({ text: 'An ordinary comment' }), undefined);
});

test('evasions are caught: look-alike letters, digits, symbols, full-width and Cyrillic', async () => {
  const ctx = context({ settings: { moderationWords: ['free money'] } });
  for (const text of ['Get fr€e m0ney now', 'FREE MONEY', 'ＦＲＥＥ ＭＯＮＥＹ', 'frее mоney'])
    assert.equal(
      (await answerOf(moderationWords, candidate({ text }), ctx))?.outcome,
      'hold',
      text,
    );
});
