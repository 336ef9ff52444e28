// How long a commenter's full IP address is kept, and when the daily job that cuts older ones
// runs next. The setting is `privacy.ipRetentionDays` (default 30).
import { DEFAULT_SITE_SETTINGS } from '../../settings.ts';

const DAY_MS = 86_400_000;

/** The retention job runs this long after its last run. */
export const RETENTION_INTERVAL_MS = DAY_MS;

/**
 * Comments written before this instant have their IP cut. 0 days cuts every address at the next
 * run; a setting that is not a number (a hand-edited row) falls back to the default rather than
 * keeping addresses for ever.
 */
export function ipRetentionCutoff(now: Date, days: number): Date {
  const kept =
    Number.isFinite(days) && days >= 0 ? days : DEFAULT_SITE_SETTINGS.privacy.ipRetentionDays;
  return new Date(now.getTime() - kept * DAY_MS);
}

/** When the job runs again: a day after this run, whenever this one happened. */
export const nextRetentionRun = (now: Date): Date =>
  new Date(now.getTime() + RETENTION_INTERVAL_MS);
