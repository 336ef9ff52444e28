// Mail about comments, from two recurring jobs that read the moderation log: every minute, mail
// for comments approved for the first time (journalists on the byline, readers subscribed to the
// comment answered); every `comments.notifications.digestMinutes`, a digest of held comments for
// moderators. Both run on every instance, each run on one of them, with or without traffic.
import type { Clock } from '../domain/clock.ts';
import type { MailContext } from '../domain/comments/notifications/compose-notifications.ts';
import { notifyApprovedComments } from '../domain/comments/notifications/notify-approved-comments.ts';
import type { CursorName, NotificationCursor } from '../domain/comments/notifications/ports.ts';
import { sendModerationDigest } from '../domain/comments/notifications/send-moderation-digest.ts';
import type { OutgoingMail } from '../domain/mail.ts';
import { JobStore } from '../storage/job-store.ts';
import type { NotificationStore } from '../storage/notification-store.ts';
import type { Stores } from '../storage/stores.ts';
import { JobMailQueue } from './mail-queue.ts';
import type { JobHandler } from './runner.ts';

export const COMMENT_NOTIFICATIONS = 'comment-notifications';
export const MODERATION_DIGEST = 'moderation-digest';
/** How often approvals are looked for: a reader hears of a reply within a minute or two. */
const APPROVALS_EVERY_MS = 60_000;
/** Retries (30 s, 1, 2, 4 min) before a run is given up and the next one booked. */
const MAX_ATTEMPTS = 5;

type RecurringKind = typeof COMMENT_NOTIFICATIONS | typeof MODERATION_DIGEST;

/** One row per kind, for ever: each run replaces it with the next. */
const schedule = (jobs: JobStore, kind: RecurringKind, runAt: Date, now: Date) =>
  jobs.enqueue({ kind, uniqueKey: kind, payload: {}, runAt, maxAttempts: MAX_ATTEMPTS }, now);

/**
 * Called at every start: sets the log cursors at the end of the log on a new site (so nothing is
 * sent about comments from before), and books each job where none is pending (a new site, or a
 * job that ran out of attempts). A pending job is left alone. True when a job was booked.
 */
export async function ensureCommentNotificationsScheduled(
  stores: Stores,
  clock: Clock,
): Promise<boolean> {
  const now = clock();
  await stores.notifications.startCursor('approvals', now);
  await stores.notifications.startCursor('digest', now);
  let booked = false;
  for (const kind of [COMMENT_NOTIFICATIONS, MODERATION_DIGEST] as const) {
    if ((await stores.jobs.list({ kind, status: 'pending' })).length > 0) continue;
    // Two instances starting together may both get here: the unique key keeps it to one row.
    await schedule(stores.jobs, kind, now, now);
    booked = true;
  }
  return booked;
}

/** The cursor over the notification store, queueing mail as jobs in the cursor's transaction. */
export class JobNotificationCursor implements NotificationCursor {
  constructor(
    private readonly store: NotificationStore,
    private readonly clock: Clock,
  ) {}

  read(name: CursorName): Promise<number | null> {
    return this.store.readCursor(name);
  }

  advance(name: CursorName, from: number, to: number, mails: OutgoingMail[]): Promise<boolean> {
    return this.store.advanceCursor(name, from, to, this.clock(), async (trx) => {
      const queue = new JobMailQueue(new JobStore(trx), this.clock);
      for (const message of mails) await queue.queue(message);
    });
  }
}

/**
 * A job that runs its work and books its next run. As in ip-retention.ts: an instance that read
 * the row before another ran it may still claim it; if the row is no longer the run we were
 * given, that run is done, so the booking is put back and nothing else happens.
 */
const recurring =
  (
    kind: RecurringKind,
    stores: Stores,
    clock: Clock,
    intervalMs: () => Promise<number>,
    work: () => Promise<unknown>,
  ): JobHandler =>
  async (_payload, job) => {
    const row = (await stores.jobs.list({ kind })).find((j) => j.uniqueKey === kind);
    if (row && row.runAt.getTime() !== job.runAt.getTime()) {
      await schedule(stores.jobs, kind, row.runAt, clock());
      return;
    }
    const bookNext = async () =>
      schedule(stores.jobs, kind, new Date(clock().getTime() + (await intervalMs())), clock());
    try {
      await work();
    } catch (error) {
      // Out of attempts the runner would mark the job failed and the mail would stop until the
      // next start; book the next run instead (the cursor has not moved: nothing is lost).
      if (job.attempts >= job.maxAttempts) await bookNext();
      throw error;
    }
    // Replacing the row also releases our lease, so the runner's "done" leaves it pending.
    await bookNext();
  };

/** The two recurring jobs' handlers. `publicUrl` makes the links in the mail. */
export function commentNotificationHandlers(
  stores: Stores,
  clock: Clock,
  publicUrl: string,
): Record<RecurringKind, JobHandler> {
  const cursor = new JobNotificationCursor(stores.notifications, clock);
  const mailContext = async (): Promise<MailContext> => ({
    site: { title: (await stores.settings.site()).title, url: publicUrl.replace(/\/+$/, '') },
    secret: await stores.settings.secret(),
  });
  const deps = async () => ({
    log: stores.notifications,
    cursor,
    clock,
    mailContext: await mailContext(),
  });
  const digestMinutes = async () =>
    Math.max(1, (await stores.settings.site()).comments.notifications.digestMinutes);
  return {
    [COMMENT_NOTIFICATIONS]: recurring(
      COMMENT_NOTIFICATIONS,
      stores,
      clock,
      async () => APPROVALS_EVERY_MS,
      async () => notifyApprovedComments(await deps()),
    ),
    [MODERATION_DIGEST]: recurring(
      MODERATION_DIGEST,
      stores,
      clock,
      async () => (await digestMinutes()) * 60_000,
      async () => sendModerationDigest(await deps()),
    ),
  };
}
