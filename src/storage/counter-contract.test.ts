// The event counters behind flood control, rate limits, surge detection and sign-in attempts:
// one contract, run unchanged against the in-process counter and the Redis one. Then what only
// Redis does: several instances share a limit, and a Redis that cannot answer never blocks a
// reader (limits fall back to this instance).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { EventCounter } from '../domain/counters.ts';
import { REDIS_URL, skipUnlessRedis, testPrefix } from '../../test/helpers/redis.ts';
import { MemoryCounter } from './memory-counter.ts';
import { RedisCounter } from './redis-counter.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

interface Subject {
  counter: EventCounter;
  close(): Promise<void>;
}

const KINDS: {
  name: string;
  skip: () => Promise<string | false>;
  make(now: () => number): Promise<Subject>;
}[] = [
  {
    name: 'memory',
    skip: async () => false,
    make: async (now) => ({ counter: new MemoryCounter(now), close: async () => {} }),
  },
  {
    name: 'Redis',
    skip: skipUnlessRedis,
    make: async (now) => {
      const keys = testPrefix();
      const counter = new RedisCounter({ url: REDIS_URL, prefix: keys.prefix, now });
      assert.ok(await counter.ready(), 'Redis answers');
      return {
        counter,
        close: async () => {
          await counter.close();
          await keys.clear();
        },
      };
    },
  },
];

for (const kind of KINDS) {
  describe(`event counter contract on ${kind.name}`, { skip: await kind.skip() }, () => {
    let clock = Date.parse('2026-11-20T12:00:00Z');
    let subject: Subject;
    const take = (key: string, limit: number, windowMs: number) =>
      subject.counter.take(key, limit, windowMs);

    before(async () => {
      subject = await kind.make(() => clock);
    });
    after(() => subject.close());

    test('takes up to the limit in the window, then refuses until the oldest leaves', async () => {
      for (let i = 0; i < 3; i++) {
        assert.deepEqual(await take('a', 3, MINUTE), { allowed: true, retryAfterMs: 0 });
        clock += 1000;
      }
      assert.deepEqual(await take('a', 3, MINUTE), { allowed: false, retryAfterMs: 57_000 });
      clock += 57_000;
      // The first event is now exactly a window old: it has left.
      assert.equal((await take('a', 3, MINUTE)).allowed, true);
      assert.deepEqual(await take('a', 3, MINUTE), { allowed: false, retryAfterMs: 1000 });
    });

    test('a refusal is not counted: waiting out the window is enough', async () => {
      assert.equal((await take('b', 1, MINUTE)).allowed, true);
      for (let i = 0; i < 5; i++) {
        clock += 10_000;
        assert.equal((await take('b', 1, MINUTE)).allowed, false);
      }
      clock += 10_000;
      assert.equal((await take('b', 1, MINUTE)).allowed, true);
    });

    test('keys are independent', async () => {
      assert.equal((await take('c:ip:192.0.2.1', 1, MINUTE)).allowed, true);
      assert.equal((await take('c:ip:192.0.2.1', 1, MINUTE)).allowed, false);
      assert.equal((await take('c:ip:192.0.2.2', 1, MINUTE)).allowed, true);
      assert.equal((await take('c:email:192.0.2.1', 1, MINUTE)).allowed, true);
    });

    test('events in the same millisecond each count', async () => {
      for (let i = 0; i < 5; i++) assert.equal((await take('d', 5, MINUTE)).allowed, true);
      assert.equal((await take('d', 5, MINUTE)).allowed, false);
    });

    test('takes at the same moment cannot slip past the limit', async () => {
      const answers = await Promise.all(Array.from({ length: 100 }, () => take('e', 10, MINUTE)));
      assert.equal(answers.filter((a) => a.allowed).length, 10);
    });

    test('an hourly limit holds while thousands of short-window events come and go', async () => {
      for (let i = 0; i < 3; i++) assert.equal((await take('f:hourly', 3, HOUR)).allowed, true);
      for (let i = 0; i < 2500; i++) {
        clock += 100;
        await take(`f:flood:${i % 50}`, 1, 15_000);
      }
      const answer = await take('f:hourly', 3, HOUR);
      assert.equal(answer.allowed, false, 'still refused after 250 s of other traffic');
      assert.equal(answer.retryAfterMs, HOUR - 250_000);
    });

    test('Unicode and long keys are kept apart', async () => {
      const long = 'g:email:' + 'x'.repeat(300) + '@example.net';
      assert.equal((await take(long, 1, MINUTE)).allowed, true);
      assert.equal((await take(long + '.', 1, MINUTE)).allowed, true);
      assert.equal((await take('g:email:zoë@example.net', 1, MINUTE)).allowed, true);
      assert.equal((await take('g:email:zoe@example.net', 1, MINUTE)).allowed, true);
      assert.equal((await take('g:email:zoë@example.net', 1, MINUTE)).allowed, false);
    });
  });
}

describe('Redis counters shared by several instances', { skip: await skipUnlessRedis() }, () => {
  const keys = testPrefix();
  const counters: RedisCounter[] = [];
  after(async () => {
    await Promise.all(counters.map((c) => c.close()));
    await keys.clear();
  });

  test('two instances on one Redis share one limit', async () => {
    counters.push(
      new RedisCounter({ url: REDIS_URL, prefix: keys.prefix }),
      new RedisCounter({ url: REDIS_URL, prefix: keys.prefix }),
    );
    for (const c of counters) assert.ok(await c.ready());
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        counters[i % 2]!.take('flood:ip:198.51.100.7', 6, MINUTE),
      ),
    );
    assert.equal(answers.filter((a) => a.allowed).length, 6, 'six in all, not six each');
    const refused = answers.find((a) => !a.allowed)!;
    assert.ok(refused.retryAfterMs > 0 && refused.retryAfterMs <= MINUTE);
  });

  test('another prefix (another site on the same server) counts on its own', async () => {
    const other = testPrefix();
    const counter = new RedisCounter({ url: REDIS_URL, prefix: other.prefix });
    try {
      assert.ok(await counter.ready());
      assert.equal((await counter.take('flood:ip:198.51.100.7', 6, MINUTE)).allowed, true);
    } finally {
      await counter.close();
      await other.clear();
    }
  });
});

describe('a Redis that cannot answer', () => {
  test('never blocks or refuses a reader: limits are counted in this instance, with one warning', async () => {
    const warnings: string[] = [];
    // Nothing listens on port 1.
    const counter = new RedisCounter({
      url: 'redis://:secret-password@127.0.0.1:1',
      log: (message) => warnings.push(message),
    });
    try {
      assert.equal(await counter.ready(200), false);
      const answers = [];
      for (let i = 0; i < 4; i++)
        answers.push(await counter.take('flood:ip:203.0.113.9', 2, MINUTE));
      assert.deepEqual(
        answers.map((a) => a.allowed),
        [true, true, false, false],
        'the limit still holds, here',
      );
      assert.equal(warnings.length, 1, warnings.join('\n'));
      assert.match(warnings[0]!, /Redis counter at 127\.0\.0\.1:1/);
      assert.doesNotMatch(warnings.join('\n'), /secret-password/, 'the password is never logged');
    } finally {
      await counter.close();
    }
  });

  test('a closed counter keeps counting in this instance', async () => {
    const counter = new RedisCounter({ url: 'redis://127.0.0.1:1', log: () => {} });
    await counter.close();
    assert.equal((await counter.take('k', 1, MINUTE)).allowed, true);
    assert.equal((await counter.take('k', 1, MINUTE)).allowed, false);
  });
});
