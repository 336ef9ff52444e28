import type { EventCounter, TakeResult } from '../domain/counters.ts';

interface Events {
  times: number[];
  windowMs: number;
}

/**
 * Sliding-window counters in this process. Right for one instance; several instances need the
 * Redis counter (`DATELINE_REDIS_URL`) so a limit holds across all of them.
 */
export class MemoryCounter implements EventCounter {
  private readonly events = new Map<string, Events>();
  private sweeps = 0;

  constructor(private readonly now: () => number = Date.now) {}

  async take(key: string, limit: number, windowMs: number): Promise<TakeResult> {
    const now = this.now();
    if (++this.sweeps % 1000 === 0) this.sweep(now);
    const times = (this.events.get(key)?.times ?? []).filter((t) => t > now - windowMs);
    if (times.length >= limit) {
      this.events.set(key, { times, windowMs });
      return { allowed: false, retryAfterMs: times[0]! + windowMs - now };
    }
    times.push(now);
    this.events.set(key, { times, windowMs });
    return { allowed: true, retryAfterMs: 0 };
  }

  /**
   * Forgets keys with nothing left in their own window, so memory does not grow with every IP
   * ever seen. Each key keeps its window: an hourly limit is not forgotten by a 15-second one.
   */
  private sweep(now: number): void {
    for (const [key, { times, windowMs }] of this.events)
      if (times.every((t) => t <= now - windowMs)) this.events.delete(key);
  }
}
