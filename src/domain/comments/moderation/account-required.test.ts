import assert from 'node:assert/strict';
import { test } from 'node:test';
import { accountRequired } from './account-required.ts';
import { answerOf, candidate, context } from './testing.ts';

test('guests may comment by default', async () => {
  assert.equal(await answerOf(accountRequired, candidate(), context()), undefined);
});

test('when accounts are required, a guest is refused with 403 and a signed-in person is not', async () => {
  const settings = { registrationRequired: true };
  const guest = await answerOf(accountRequired, candidate(), context({ settings }));
  assert.equal(guest?.outcome === 'reject' && guest.status, 403);
  const member = await answerOf(
    accountRequired,
    candidate({ person: { id: 3, role: 'author' } }),
    context({ settings }),
  );
  assert.equal(member, undefined);
});
