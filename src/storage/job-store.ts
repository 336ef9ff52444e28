import type { Kysely } from 'kysely';
import { readJson, readTime, writeJson, writeTime } from './dialect.ts';
import type { Database } from './schema.ts';

export interface NewJob {
  kind: string;
  payload: unknown;
  runAt: Date;
  /** A pending job with this key is replaced (rescheduled), not duplicated. */
  uniqueKey?: string;
  maxAttempts?: number;
}

export interface ClaimedJob {
  id: number;
  kind: string;
  payload: unknown;
  runAt: Date;
  attempts: number;
  maxAttempts: number;
}

/** Durable background jobs. Each is claimed with a lease, so one instance runs it. */
export class JobStore {
  constructor(private readonly db: Kysely<Database>) {}

  async enqueue(job: NewJob, now: Date): Promise<void> {
    const values = {
      kind: job.kind,
      unique_key: job.uniqueKey ?? null,
      payload: writeJson(job.payload),
      run_at: writeTime(job.runAt),
      status: 'pending',
      attempts: 0,
      max_attempts: job.maxAttempts ?? 5,
      last_error: null,
      locked_by: null,
      locked_until: null,
      created_at: writeTime(now),
      updated_at: writeTime(now),
    };
    if (!job.uniqueKey) {
      await this.db.insertInto('jobs').values(values).execute();
      return;
    }
    // One row per key: a new schedule replaces the old one, whatever state it was in.
    await this.db
      .insertInto('jobs')
      .values(values)
      .onConflict((oc) =>
        oc.column('unique_key').doUpdateSet({
          kind: values.kind,
          payload: values.payload,
          run_at: values.run_at,
          status: 'pending',
          attempts: 0,
          max_attempts: values.max_attempts,
          last_error: null,
          locked_by: null,
          locked_until: null,
          updated_at: values.updated_at,
        }),
      )
      .execute();
  }

  /** Drops a pending job (an unscheduled article, say). */
  async cancel(uniqueKey: string): Promise<void> {
    await this.db
      .deleteFrom('jobs')
      .where('unique_key', '=', uniqueKey)
      .where('status', '=', 'pending')
      .execute();
  }

  /** Takes up to `limit` due jobs for `worker` until `leaseUntil`; a job is taken by one worker. */
  async claimDue(
    now: Date,
    worker: string,
    leaseUntil: Date,
    limit: number,
  ): Promise<ClaimedJob[]> {
    const at = writeTime(now);
    const candidates = await this.db
      .selectFrom('jobs')
      .select(['id', 'kind', 'payload', 'run_at', 'attempts', 'max_attempts'])
      .where('status', '=', 'pending')
      .where('run_at', '<=', at)
      .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', at)]))
      .orderBy('run_at')
      .orderBy('id')
      .limit(limit)
      .execute();
    const claimed: ClaimedJob[] = [];
    for (const job of candidates) {
      const result = await this.db
        .updateTable('jobs')
        .set((eb) => ({
          locked_by: worker,
          locked_until: writeTime(leaseUntil),
          attempts: eb('attempts', '+', 1),
          updated_at: at,
        }))
        .where('id', '=', job.id)
        .where('status', '=', 'pending')
        // Still the run we read: a recurring job re-booked meanwhile is left for its new time.
        .where('run_at', '=', job.run_at)
        .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', at)]))
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 1)
        claimed.push({
          id: job.id,
          kind: job.kind,
          payload: readJson(job.payload),
          runAt: readTime(job.run_at),
          attempts: job.attempts + 1,
          maxAttempts: job.max_attempts,
        });
    }
    return claimed;
  }

  async complete(id: number, worker: string, now: Date): Promise<void> {
    await this.db
      .updateTable('jobs')
      .set({ status: 'done', locked_by: null, locked_until: null, updated_at: writeTime(now) })
      .where('id', '=', id)
      .where('locked_by', '=', worker)
      .execute();
  }

  /** A failed attempt: tried again at `retryAt`, or given up on (status 'failed'). */
  async fail(id: number, worker: string, error: string, retryAt: Date | null, now: Date) {
    await this.db
      .updateTable('jobs')
      .set({
        status: retryAt ? 'pending' : 'failed',
        run_at: retryAt ? writeTime(retryAt) : undefined,
        last_error: error.slice(0, 2000),
        locked_by: null,
        locked_until: null,
        updated_at: writeTime(now),
      })
      .where('id', '=', id)
      .where('locked_by', '=', worker)
      .execute();
  }

  /** When the next pending job is due, if any. */
  async nextRunAt(): Promise<Date | null> {
    const row = await this.db
      .selectFrom('jobs')
      .select('run_at')
      .where('status', '=', 'pending')
      .orderBy('run_at')
      .executeTakeFirst();
    return row ? readTime(row.run_at) : null;
  }

  async list(filter: { kind?: string; status?: string } = {}) {
    let query = this.db.selectFrom('jobs').selectAll().orderBy('id');
    if (filter.kind) query = query.where('kind', '=', filter.kind);
    if (filter.status) query = query.where('status', '=', filter.status);
    return (await query.execute()).map((j) => ({
      id: j.id,
      kind: j.kind,
      uniqueKey: j.unique_key,
      payload: readJson(j.payload),
      runAt: readTime(j.run_at),
      status: j.status,
      attempts: j.attempts,
      lastError: j.last_error,
    }));
  }
}
