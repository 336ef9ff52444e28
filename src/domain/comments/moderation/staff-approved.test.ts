import assert from 'node:assert/strict';
import { test } from 'node:test';
import { staffApproved } from './staff-approved.ts';
import { answerOf, candidate, context } from './testing.ts';

const outcome = async (
  person: { id: number; role: 'author' | 'moderator' | 'contributor' } | null,
) => (await answerOf(staffApproved, candidate({ person }), context()))?.outcome;

test("the article's own author is approved outright", async () => {
  assert.equal(await outcome({ id: 7, role: 'author' }), 'approve');
});

test('a moderator is approved outright', async () => {
  assert.equal(await outcome({ id: 2, role: 'moderator' }), 'approve');
});

test('guests and other staff are left to the later rules', async () => {
  assert.equal(await outcome(null), undefined);
  assert.equal(await outcome({ id: 3, role: 'contributor' }), undefined);
});
