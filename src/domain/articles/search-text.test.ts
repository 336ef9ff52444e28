import assert from 'node:assert/strict';
import { test } from 'node:test';
import { foldText, makeSnippet } from './search-text.ts';

const show = (parts: { text: string; match: boolean }[]) =>
  parts.map((p) => (p.match ? `[${p.text}]` : p.text)).join('');

test('folding removes case, accents and compatibility forms, in any script', () => {
  assert.equal(
    foldText('Málaga RÉUNION Ｆｅｒｒｙ Πειραιά İstanbul'),
    'malaga reunion ferry πειραια istanbul',
  );
});

test('a snippet marks whole words, prefixes and phrases, and keeps the text as written', () => {
  const text = 'The ferry to Málaga leaves at dawn. Ferries are late; the pay offer stands.';
  assert.equal(
    show(
      makeSnippet(text, [
        { words: ['malaga'], prefix: false },
        { words: ['ferr'], prefix: true },
      ]),
    ),
    'The [ferry] to [Málaga] leaves at dawn. [Ferries] are late; the pay offer stands.',
  );
  assert.equal(
    show(makeSnippet(text, [{ words: ['pay', 'offer'], prefix: false }])),
    'The ferry to Málaga leaves at dawn. Ferries are late; the [pay offer] stands.',
  );
});

test('a long text is cut around the first match', () => {
  const text = `${'word '.repeat(100)}needle ${'tail '.repeat(100)}`;
  const snippet = show(makeSnippet(text, [{ words: ['needle'], prefix: false }], 10));
  assert.match(snippet, /^… (word ){3}\[needle\]( tail){6} …$/);
});

test('no match: the start of the text', () => {
  assert.equal(
    show(makeSnippet('One two three four', [{ words: ['zzz'], prefix: false }], 3)),
    'One two three …',
  );
});
