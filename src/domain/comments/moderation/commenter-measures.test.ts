import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bannedCommenters, heldCommenters } from './commenter-measures.ts';
import type { CommenterMeasure } from './rule.ts';
import { answerOf, candidate, context, history } from './testing.ts';

const measures = (list: CommenterMeasure[]) =>
  context({ history: history({ findMeasures: async () => list }) });

test('a ban refuses the comment with 403 and says until when', async () => {
  const answer = await answerOf(
    bannedCommenters,
    candidate(),
    measures([{ kind: 'ban', note: 'abuse', expiresAt: new Date('2026-12-31T00:00:00Z') }]),
  );
  assert.ok(answer?.outcome === 'reject');
  assert.equal(answer.status, 403);
  assert.match(answer.reason, /not accepted on this site until 2026-12-31/);
});

test('a hold measure holds, and says why', async () => {
  const answer = await answerOf(
    heldCommenters,
    candidate(),
    measures([{ kind: 'hold', note: 'watch', expiresAt: null }]),
  );
  assert.equal(answer?.outcome, 'hold');
  assert.match(answer?.reason ?? '', /watch/);
});

test('no measure, no effect; the rules ask by email and IP', async () => {
  let asked: unknown;
  const ctx = context({ history: history({ findMeasures: async (who) => ((asked = who), []) }) });
  assert.equal(await answerOf(bannedCommenters, candidate(), ctx), undefined);
  assert.deepEqual(asked, { email: 'rosa@example.net', ip: '203.0.113.9' });
  assert.equal(await answerOf(heldCommenters, candidate(), ctx), undefined);
});
