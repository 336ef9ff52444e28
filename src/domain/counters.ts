/**
 * Counts events in a sliding window: flood control, rate limits, surge detection and sign-in
 * attempts all go through it. In memory on one machine; Redis when several instances share it.
 */
export interface EventCounter {
  /**
   * Records an event under `key` unless `limit` events already happened in the last `windowMs`.
   * Check and record are one step, so two requests at once cannot both slip under the limit.
   */
  take(key: string, limit: number, windowMs: number): Promise<TakeResult>;
}

export interface TakeResult {
  allowed: boolean;
  /** When refused: how long until the oldest event leaves the window. */
  retryAfterMs: number;
}
