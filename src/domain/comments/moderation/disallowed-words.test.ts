import assert from 'node:assert/strict';
import { test } from 'node:test';
import { disallowedWords } from './disallowed-words.ts';
import { answerOf, candidate, context } from './testing.ts';

const outcome = async (c: Parameters<typeof candidate>[0], settings = {}) =>
  (
    await answerOf(
      disallowedWords,
      candidate(c),
      context({ settings: { disallowedWords: ['casino', ' halfway '], ...settings } }),
    )
  )?.outcome;

test('a disallowed word in the text, name, email, website, IP or user agent trashes the comment', async () => {
  assert.equal(await outcome({ text: 'Visit my CASINO' }), 'trash');
  assert.equal(await outcome({ name: 'Casino Bob' }), 'trash');
  assert.equal(await outcome({ email: 'win@casino.example' }), 'trash');
  assert.equal(await outcome({ url: 'https://casino.example/' }), 'trash');
  assert.equal(await outcome({ userAgent: 'casinobot/1.0' }), 'trash');
});

test('tags do not hide a word: <b>half</b>way matches "halfway"', async () => {
  assert.equal(await outcome({ text: 'We are <b>half</b>way there' }), 'trash');
});

test('the site may send them to spam instead', async () => {
  assert.equal(await outcome({ text: 'casino' }, { disallowedAction: 'spam' }), 'spam');
});

test('a clean comment passes', async () => {
  assert.equal(await outcome({ text: 'The council meets on Tuesday.' }), undefined);
});
