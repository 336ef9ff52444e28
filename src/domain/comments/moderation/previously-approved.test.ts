import assert from 'node:assert/strict';
import { test } from 'node:test';
import { previouslyApproved } from './previously-approved.ts';
import { answerOf, candidate, context, history } from './testing.ts';

const outcome = async (
  c: Parameters<typeof candidate>[0],
  h: Parameters<typeof history>[0] = {},
  settings = {},
) => {
  const answer = await answerOf(
    previouslyApproved,
    candidate(c),
    context({ history: history(h), settings }),
  );
  return answer?.outcome;
};

test('a commenter with an approved comment (same name and email) goes straight up', async () => {
  let asked: unknown;
  assert.equal(
    await outcome({}, { hasApprovedComment: async (who) => ((asked = who), true) }),
    undefined,
  );
  assert.deepEqual(asked, { name: 'Rosa Quill', email: 'rosa@example.net' });
});

test('a first comment from an unknown name and email is held', async () => {
  assert.equal(await outcome({}, { hasApprovedComment: async () => false }), 'hold');
});

test('a guest using a staff email is held even with approved comments', async () => {
  assert.equal(await outcome({}, { isStaffEmail: async () => true }), 'hold');
});

test('a signed-in account is judged by its own history', async () => {
  let asked: unknown;
  await outcome(
    { person: { id: 4, role: 'author' } },
    { hasApprovedComment: async (who) => ((asked = who), true) },
  );
  assert.deepEqual(asked, { personId: 4 });
});

test('the setting can switch the rule off', async () => {
  assert.equal(
    await outcome({}, { hasApprovedComment: async () => false }, { previouslyApproved: false }),
    undefined,
  );
});
