import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseSearchQuery } from './search-query.ts';

const terms = (q: string) =>
  parseSearchQuery(q).map(
    (t) => `${t.phrase ? '"' : ''}${t.text}${t.phrase ? '"' : ''}${t.prefix ? '*' : ''}`,
  );

test('words, lower-cased, with the last one a prefix while typing', () => {
  assert.deepEqual(terms('Harbour Stri'), ['harbour', 'stri*']);
  assert.deepEqual(terms('harbour strike '), ['harbour', 'strike']);
});

test('quoted phrases, straight or curly', () => {
  assert.deepEqual(terms('"harbour board" vote'), ['"harbour board"', 'vote*']);
  assert.deepEqual(terms('“wind farm”'), ['"wind farm"']);
  assert.deepEqual(terms('"unclosed phrase'), ['"unclosed phrase"']);
});

test('query syntax is just punctuation: nothing becomes an operator', () => {
  assert.deepEqual(terms('a* OR b) NEAR(c) -d ^e col:f'), [
    'a',
    'or',
    'b',
    'near',
    'c',
    'd',
    'e',
    'col',
    'f*',
  ]);
  assert.deepEqual(terms("'; drop table articles; --"), ['drop', 'table', 'articles']);
});

test('any script, accents and digits', () => {
  assert.deepEqual(terms('Reykjavík 漢字 Ελλάδα 2026'), ['reykjavik', '漢字', 'ελλαδα', '2026*']);
});

test('empty or absurd queries give no terms, or few', () => {
  assert.deepEqual(terms('   '), []);
  assert.deepEqual(terms('!!! ??? ***'), []);
  assert.equal(parseSearchQuery('word '.repeat(500)).length, 1);
  assert.ok(parseSearchQuery(Array.from({ length: 50 }, (_, i) => `w${i}`).join(' ')).length <= 10);
});
