import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MemoryCounter } from '../../../storage/memory-counter.ts';
import { floodControl } from './flood-control.ts';
import { answerOf, candidate, context } from './testing.ts';

test('a second comment from the same IP within 15 seconds is refused with 429 and a wait', async () => {
  let now = 0;
  const counter = new MemoryCounter(() => now);
  const ctx = context({ counter });
  assert.equal(await answerOf(floodControl, candidate(), ctx), undefined);
  now = 10_000;
  const answer = await answerOf(floodControl, candidate({ email: 'other@example.net' }), ctx);
  assert.ok(answer?.outcome === 'reject');
  assert.equal(answer.status, 429);
  assert.equal(answer.retryAfterSeconds, 5);
  now = 15_001;
  assert.equal(
    await answerOf(floodControl, candidate({ email: 'third@example.net' }), ctx),
    undefined,
  );
});

test('the same email from another IP is refused too', async () => {
  const ctx = context({ counter: new MemoryCounter(() => 0) });
  await answerOf(floodControl, candidate({ ip: '198.51.100.1' }), ctx);
  const answer = await answerOf(
    floodControl,
    candidate({ ip: '198.51.100.2', email: 'ROSA@example.net' }),
    ctx,
  );
  assert.ok(answer?.outcome === 'reject');
});

test('moderators are exempt', async () => {
  const ctx = context({ counter: new MemoryCounter(() => 0) });
  const moderator = candidate({ person: { id: 2, role: 'moderator' } });
  assert.equal(await answerOf(floodControl, moderator, ctx), undefined);
  assert.equal(await answerOf(floodControl, moderator, ctx), undefined);
});
