import assert from 'node:assert/strict';
import { test } from 'node:test';
import { skeleton } from './skeleton.ts';

test('evasions of a word all reduce to the same skeleton', () => {
  const target = skeleton('free money');
  for (const evasion of [
    'fr€e m0ney',
    'FREE MONEY',
    'ＦＲＥＥ ＭＯＮＥＹ',
    'frее mоney', // Cyrillic е and о
    'fr\u200bee money',
    'fréé mönéy',
    'free   money',
  ])
    assert.equal(skeleton(evasion), target, evasion);
});

test('i, l and 1 are one shape; ordinary words keep their letters', () => {
  assert.equal(skeleton('p1ll'), skeleton('pill'));
  assert.equal(skeleton('Harbour board'), 'harbour board');
});
