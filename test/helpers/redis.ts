// Redis for the tests that need one: at DATELINE_TEST_REDIS_URL (default: this project's machines,
// 127.0.0.1:6379). Without one those suites are skipped with a notice, unless
// DATELINE_REQUIRE_SERVICES=1 (set by .ci/run), where an unreachable server fails the run.
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { skipWithoutService } from './services.ts';

export const REDIS_URL = process.env.DATELINE_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

let reachable: Promise<string | null> | undefined;

/** Null when Redis answers, otherwise why not. */
function redisProblem(): Promise<string | null> {
  return (reachable ??= (async () => {
    const client = new Redis(REDIS_URL, {
      lazyConnect: true,
      connectTimeout: 3000,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
    });
    client.on('error', () => {});
    try {
      await client.connect();
      await client.ping();
      return null;
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    } finally {
      client.disconnect();
    }
  })());
}

/** For `describe(..., { skip })`: false when Redis can be used here. */
export async function skipUnlessRedis(): Promise<string | false> {
  return skipWithoutService('Redis', new URL(REDIS_URL).host, await redisProblem());
}

/** A key prefix no other test run uses, and a way to remove every key under it. */
export function testPrefix(): { prefix: string; clear(): Promise<void> } {
  const prefix = `dateline-test:${randomBytes(6).toString('hex')}:`;
  return {
    prefix,
    clear: async () => {
      const client = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
      try {
        let cursor = '0';
        do {
          const [next, keys] = await client.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
          if (keys.length) await client.del(...keys);
          cursor = next;
        } while (cursor !== '0');
      } finally {
        client.disconnect();
      }
    },
  };
}
