import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import type { EventCounter, TakeResult } from '../domain/counters.ts';
import { MemoryCounter } from './memory-counter.ts';

/**
 * One atomic step per take, on a sorted set of event times (score = time, member = time plus a
 * random suffix, so events in the same millisecond all count). KEYS[1]: the set. ARGV: the
 * cutoff (now − window; events at or before it have left), now, the limit, the window (ms), the
 * member. Answers {1} when the event was recorded, {0, oldest score} when refused.
 */
const TAKE_SCRIPT = `
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[3]) then
  redis.call('ZADD', KEYS[1], ARGV[2], ARGV[5])
  redis.call('PEXPIRE', KEYS[1], ARGV[4])
  return {1}
end
local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
if oldest[2] then return {0, oldest[2]} end
return {0}
`;

type TakeReply = [1] | [0] | [0, string];

interface CounterRedis extends Redis {
  datelineTake(
    key: string,
    cutoff: number,
    now: number,
    limit: number,
    windowMs: number,
    member: string,
  ): Promise<TakeReply>;
}

export interface RedisCounterOptions {
  /** redis://[user:password@]host:port[/db], or rediss:// for TLS. */
  url: string;
  /** Put before every key, so Dateline can share a Redis server. */
  prefix?: string;
  /** The app's clock in milliseconds; every instance's clock should be right (NTP). */
  now?: () => number;
  /** A command not answered in this time fails (and the take falls back; see below). */
  commandTimeoutMs?: number;
  /** Warnings about Redis, at most one a minute. */
  log?: (message: string) => void;
}

export const DEFAULT_COUNTER_PREFIX = 'dateline:count:';
const WARN_EVERY_MS = 60_000;
/** After a failure, Redis is left alone this long, so a sick server costs no request a wait. */
const PAUSE_AFTER_FAILURE_MS = 1_000;

/**
 * Sliding-window counters in Redis, shared by every instance that uses the same server and
 * prefix, so a limit holds across all of them.
 *
 * When Redis cannot answer (down, unreachable, too slow), a take never waits for it and never
 * refuses because of it: it is counted in this process instead, as it would be without Redis,
 * and a warning is logged (at most once a minute). Readers keep commenting; limits are per
 * instance until Redis is back. See docs/decisions/0015-shared-counters-on-redis.md.
 */
export class RedisCounter implements EventCounter {
  private readonly redis: CounterRedis;
  private readonly prefix: string;
  private readonly now: () => number;
  private readonly log: (message: string) => void;
  private readonly local: MemoryCounter;
  private pausedUntil = 0;
  private lastWarning = -Infinity;
  private suppressed = 0;
  private closed = false;
  /** Where Redis is, for warnings (never the password). */
  readonly where: string;

  constructor(options: RedisCounterOptions) {
    const where = new URL(options.url);
    this.where = `${where.host}${where.pathname.length > 1 ? where.pathname : ''}`;
    this.prefix = options.prefix ?? DEFAULT_COUNTER_PREFIX;
    this.now = options.now ?? Date.now;
    this.log = options.log ?? ((message) => console.warn(message));
    this.local = new MemoryCounter(this.now);
    this.redis = new Redis(options.url, {
      // Never queue a command while disconnected: fail at once and count locally instead.
      enableOfflineQueue: false,
      // A command in flight when the connection drops fails rather than waiting to be resent.
      maxRetriesPerRequest: 0,
      commandTimeout: options.commandTimeoutMs ?? 500,
      connectTimeout: 5_000,
    }) as CounterRedis;
    this.redis.defineCommand('datelineTake', { numberOfKeys: 1, lua: TAKE_SCRIPT });
    // Without a listener an 'error' event would crash the process; ioredis keeps reconnecting.
    this.redis.on('error', (error: Error) =>
      this.warn(`Redis counter at ${this.where}: ${error.message}`),
    );
  }

  /** Waits until connected, up to `timeoutMs`; false if Redis did not answer by then. */
  async ready(timeoutMs = 5_000): Promise<boolean> {
    if (this.redis.status === 'ready') return true;
    return new Promise((resolve) => {
      const done = (ok: boolean) => {
        clearTimeout(timer);
        this.redis.off('ready', onReady);
        resolve(ok);
      };
      const onReady = () => done(true);
      const timer = setTimeout(() => done(false), timeoutMs);
      this.redis.once('ready', onReady);
    });
  }

  async take(key: string, limit: number, windowMs: number): Promise<TakeResult> {
    if (this.closed || performance.now() < this.pausedUntil)
      return this.local.take(key, limit, windowMs);
    const now = this.now();
    const member = `${now}-${randomBytes(6).toString('hex')}`;
    try {
      const reply = await this.redis.datelineTake(
        this.prefix + key,
        now - windowMs,
        now,
        limit,
        windowMs,
        member,
      );
      if (reply[0] === 1) return { allowed: true, retryAfterMs: 0 };
      const oldest = reply[1] === undefined ? now : Number(reply[1]);
      return { allowed: false, retryAfterMs: Math.max(0, oldest + windowMs - now) };
    } catch (error) {
      this.pausedUntil = performance.now() + PAUSE_AFTER_FAILURE_MS;
      this.warn(
        `Redis counter at ${this.where} unavailable ` +
          `(${error instanceof Error ? error.message : String(error)}); ` +
          'counting limits in this instance only until it is back',
      );
      return this.local.take(key, limit, windowMs);
    }
  }

  /** Closes the connection; later takes are counted in this process. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.redis.status === 'ready') await this.redis.quit().catch(() => {});
    this.redis.disconnect();
  }

  /** Logs at most one warning a minute, saying how many were left out meanwhile. */
  private warn(message: string): void {
    if (this.closed) return;
    const at = performance.now();
    if (at - this.lastWarning < WARN_EVERY_MS) {
      this.suppressed++;
      return;
    }
    const more = this.suppressed ? ` (${this.suppressed} more since the last warning)` : '';
    this.lastWarning = at;
    this.suppressed = 0;
    this.log(message + more);
  }
}
