import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MemoryCounter } from '../../../storage/memory-counter.ts';
import { rateLimits } from './rate-limits.ts';
import { answerOf, candidate, context } from './testing.ts';

test('the third comment in an hour from one IP is refused with 429 and a wait, when the limit is 2', async () => {
  let now = 0;
  const ctx = context({
    counter: new MemoryCounter(() => now),
    settings: { rateLimits: { perIpPerHour: 2, perEmailPerHour: 0 } },
  });
  assert.equal(await answerOf(rateLimits, candidate({ email: 'a@example.net' }), ctx), undefined);
  now = 60_000;
  assert.equal(await answerOf(rateLimits, candidate({ email: 'b@example.net' }), ctx), undefined);
  now = 120_000;
  const third = await answerOf(rateLimits, candidate({ email: 'c@example.net' }), ctx);
  assert.ok(third?.outcome === 'reject');
  assert.equal(third.status, 429);
  assert.equal(third.retryAfterSeconds, 3600 - 120);
  now = 3_600_001;
  assert.equal(await answerOf(rateLimits, candidate({ email: 'd@example.net' }), ctx), undefined);
});

test('one email address from many IPs is limited too', async () => {
  const ctx = context({
    counter: new MemoryCounter(() => 0),
    settings: { rateLimits: { perIpPerHour: 0, perEmailPerHour: 1 } },
  });
  await answerOf(rateLimits, candidate({ ip: '198.51.100.1' }), ctx);
  const second = await answerOf(
    rateLimits,
    candidate({ ip: '198.51.100.2', email: 'ROSA@example.net' }),
    ctx,
  );
  assert.equal(second?.outcome === 'reject' && second.status, 429);
});

test('moderators are exempt', async () => {
  const ctx = context({
    counter: new MemoryCounter(() => 0),
    settings: { rateLimits: { perIpPerHour: 1, perEmailPerHour: 1 } },
  });
  const mod = candidate({ person: { id: 2, role: 'moderator' } });
  await answerOf(rateLimits, mod, ctx);
  assert.equal(await answerOf(rateLimits, mod, ctx), undefined);
});
