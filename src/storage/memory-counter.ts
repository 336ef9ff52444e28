import type { EventCounter, TakeResult } from '../domain/counters.ts';

/**
 * Sliding-window counters in this process. Right for one instance; several instances need the
 * Redis counter so a limit holds across all of them.
 */
export class MemoryCounter implements EventCounter {
  private readonly events = new Map<string, number[]>();
  private sweeps = 0;

  constructor(private readonly now: () => number = Date.now) {}

  async take(key: string, limit: number, windowMs: number): Promise<TakeResult> {
    const now = this.now();
    const recent = (this.events.get(key) ?? []).filter((t) => t > now - windowMs);
    if (++this.sweeps % 1000 === 0) this.sweep(now, windowMs);
    if (recent.length >= limit) {
      this.events.set(key, recent);
      return { allowed: false, retryAfterMs: recent[0]! + windowMs - now };
    }
    recent.push(now);
    this.events.set(key, recent);
    return { allowed: true, retryAfterMs: 0 };
  }

  /** Forgets keys with nothing recent, so memory does not grow with every IP ever seen. */
  private sweep(now: number, windowMs: number): void {
    for (const [key, times] of this.events)
      if (times.every((t) => t <= now - windowMs)) this.events.delete(key);
  }
}
