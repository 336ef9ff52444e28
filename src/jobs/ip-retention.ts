import type { Clock } from '../domain/clock.ts';
import { truncateIp } from '../domain/comments/privacy/ip-address.ts';
import { ipRetentionCutoff, nextRetentionRun } from '../domain/comments/privacy/retention.ts';
import type { JobStore } from '../storage/job-store.ts';
import type { Stores } from '../storage/stores.ts';
import type { JobHandler } from './runner.ts';

export const IP_RETENTION = 'ip-retention';
/** One row for the job, for ever: each run replaces it with the next day's. */
export const IP_RETENTION_KEY = 'ip-retention';
/** Retries (30 s, 1, 2, 4, 8 min) before the day is given up and the job waits for tomorrow. */
const MAX_ATTEMPTS = 6;

const schedule = (jobs: JobStore, runAt: Date, now: Date) =>
  jobs.enqueue(
    {
      kind: IP_RETENTION,
      uniqueKey: IP_RETENTION_KEY,
      payload: {},
      runAt,
      maxAttempts: MAX_ATTEMPTS,
    },
    now,
  );

/**
 * Makes sure the daily job exists: called at every start. The job re-schedules itself, so this
 * only adds one on a new site, or after it ran out of attempts; a pending job (on its way, or
 * being run by another instance) is left alone rather than moved.
 */
export async function ensureIpRetentionScheduled(jobs: JobStore, clock: Clock): Promise<boolean> {
  const pending = await jobs.list({ kind: IP_RETENTION, status: 'pending' });
  if (pending.length > 0) return false;
  // Two instances starting together may both get here: the unique key keeps it to one row.
  await schedule(jobs, clock(), clock());
  return true;
}

/**
 * Cuts the IP addresses of comments older than `privacy.ipRetentionDays`, then books the next run
 * a day later. Every instance runs this handler; the job's lease gives each run to one of them.
 */
export const ipRetentionHandler =
  (stores: Stores, clock: Clock): JobHandler =>
  async (_payload, job) => {
    // The lease is taken by a conditional update that does not look at run_at again: an instance
    // that read the row before another ran it and booked tomorrow can still claim it. If the row
    // is no longer the run we were given, that run is done — put the booking back and stop.
    const row = (await stores.jobs.list({ kind: IP_RETENTION })).find(
      (j) => j.uniqueKey === IP_RETENTION_KEY,
    );
    if (row && row.runAt.getTime() !== job.runAt.getTime()) {
      await schedule(stores.jobs, row.runAt, clock());
      return;
    }
    try {
      const { privacy: setting } = await stores.settings.site();
      const now = clock();
      await stores.privacy.truncateIpsBefore(
        ipRetentionCutoff(now, setting.ipRetentionDays),
        now,
        truncateIp,
      );
    } catch (error) {
      // Out of attempts, the runner would mark the job failed and retention would stop until the
      // next start; book tomorrow's run instead, and let the runner log the error.
      if (job.attempts >= job.maxAttempts)
        await schedule(stores.jobs, nextRetentionRun(clock()), clock());
      throw error;
    }
    // Replacing the row also releases our lease, so the runner's "done" leaves it pending.
    await schedule(stores.jobs, nextRetentionRun(clock()), clock());
  };
