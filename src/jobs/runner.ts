import { randomUUID } from 'node:crypto';
import type { Clock } from '../domain/clock.ts';
import type { ClaimedJob, JobStore } from '../storage/job-store.ts';

export type JobHandler = (payload: unknown, job: ClaimedJob) => Promise<void>;

export interface JobRunnerOptions {
  jobs: JobStore;
  handlers: Record<string, JobHandler>;
  clock: Clock;
  /** Longest sleep between looks at the table: jobs added by other instances are seen by then. */
  pollMs?: number;
  /** How long a claimed job is ours; a crashed instance's jobs are taken over after it. */
  leaseMs?: number;
  log?: (message: string, error?: unknown) => void;
}

/**
 * Runs due jobs from the database. The schedule lives in the table, not in this process: after a
 * restart (or on another instance) the same jobs are found and run, once, on time.
 */
export class JobRunner {
  readonly worker = randomUUID();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = true;

  constructor(private readonly options: JobRunnerOptions) {}

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** Look now: a job was just added in this process. */
  nudge(): void {
    if (!this.stopped) this.schedule(0);
  }

  private schedule(delayMs: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.tick(), Math.max(0, delayMs));
    this.timer.unref?.();
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = this.runDue()
      .then(() => undefined)
      .catch((error: unknown) => this.options.log?.('job runner failed', error))
      .finally(() => (this.running = undefined));
    await this.running;
    if (this.stopped) return;
    const pollMs = this.options.pollMs ?? 30_000;
    const next = await this.options.jobs.nextRunAt().catch(() => null);
    const until = next ? next.getTime() - this.options.clock().getTime() : pollMs;
    this.schedule(Math.min(pollMs, Math.max(until, 50)));
  }

  /** Runs every job due now; returns how many ran. */
  async runDue(): Promise<number> {
    const { jobs, handlers, clock } = this.options;
    const leaseMs = this.options.leaseMs ?? 5 * 60_000;
    let ran = 0;
    for (;;) {
      const now = clock();
      const batch = await jobs.claimDue(now, this.worker, new Date(now.getTime() + leaseMs), 10);
      if (batch.length === 0) return ran;
      for (const job of batch) {
        ran++;
        const handler = handlers[job.kind];
        try {
          if (!handler) throw new Error(`No handler for jobs of kind "${job.kind}"`);
          await handler(job.payload, job);
          await jobs.complete(job.id, this.worker, clock());
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          this.options.log?.(`job ${job.id} (${job.kind}) failed`, error);
          // Back off: 30 s, 1 min, 2 min, … doubling, up to the job's attempts.
          const retryAt =
            job.attempts < job.maxAttempts
              ? new Date(clock().getTime() + 30_000 * 2 ** (job.attempts - 1))
              : null;
          await jobs.fail(job.id, this.worker, message, retryAt, clock());
        }
      }
    }
  }
}
