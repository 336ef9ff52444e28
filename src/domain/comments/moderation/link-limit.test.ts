import assert from 'node:assert/strict';
import { test } from 'node:test';
import { linkLimit } from './link-limit.ts';
import { answerOf, candidate, context } from './testing.ts';

const outcome = async (linkCount: number, maxLinks = 2) =>
  (await answerOf(linkLimit, candidate({ linkCount }), context({ settings: { maxLinks } })))
    ?.outcome;

test('one link passes; two or more are held', async () => {
  assert.equal(await outcome(1), undefined);
  assert.equal(await outcome(2), 'hold');
  assert.equal(await outcome(9), 'hold');
});

test('a limit of 0 switches the rule off', async () => {
  assert.equal(await outcome(50, 0), undefined);
});
