// Imports started from the admin run as a durable job: the upload is a file in the data folder
// (which every instance shares), the run's progress a row in the database, so any instance can
// show it, and an import cut short by a restart is carried on by the job's next attempt (imports
// resume where they stopped: see import-wordpress.ts).
import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import type { Clock } from '../domain/clock.ts';
import type { JobHandler } from '../jobs/runner.ts';
import type { ImportRun } from '../storage/import-store.ts';
import type { Stores } from '../storage/stores.ts';
import { DisqusParseError } from './disqus/disqus-reader.ts';
import { importDisqus } from './import-disqus.ts';
import type { ImportProgress } from './import-report.ts';
import { importWordPress } from './import-wordpress.ts';
import { WxrParseError } from './wordpress/wxr-reader.ts';

export const IMPORT_SITE = 'import-site';

/** A running import saves its progress this often; that save is also its sign of life. */
const SAVE_EVERY_MS = 1000;
/** An import not heard from for this long has stopped (its instance died): another takes over. */
const STALE_MS = 2 * 60_000;

export interface ImportJobPayload {
  runId: string;
}

export const newRunId = (): string => randomBytes(9).toString('base64url');

/** Records the run and queues the job that carries it out. */
export async function queueImport(
  deps: { stores: Stores; clock: Clock; nudge: () => void },
  run: Pick<ImportRun, 'id' | 'kind' | 'file' | 'fileName' | 'timeZone' | 'startedBy'>,
): Promise<ImportRun> {
  const now = deps.clock().toISOString();
  const record: ImportRun = {
    ...run,
    status: 'queued',
    phase: 'queued',
    read: 0,
    summary: { imported: {}, skipped: {}, warnings: [] },
    error: null,
    createdAt: now,
    updatedAt: now,
  };
  await deps.stores.imports.saveRun(record);
  await deps.stores.jobs.enqueue(
    {
      kind: IMPORT_SITE,
      uniqueKey: `${IMPORT_SITE}:${run.id}`,
      payload: { runId: run.id } satisfies ImportJobPayload,
      runAt: deps.clock(),
      maxAttempts: 10,
    },
    deps.clock(),
  );
  deps.nudge();
  return record;
}

export const importSiteHandler =
  (stores: Stores, clock: Clock): JobHandler =>
  async (payload, job) => {
    const { runId } = payload as ImportJobPayload;
    const store = stores.imports;
    const run = await store.findRun(runId);
    if (!run || run.status === 'done' || run.status === 'failed') return;
    if (run.status === 'running' && clock().getTime() - Date.parse(run.updatedAt) < STALE_MS)
      throw new Error('This import is running on another instance; looking again later.');

    let current: ImportRun = { ...run, status: 'running', error: null };
    const save = async (change: Partial<ImportRun>) => {
      current = { ...current, ...change, updatedAt: clock().toISOString() };
      await store.saveRun(current);
    };
    await save({});
    let lastSave = Date.now();
    let saving: Promise<void> = Promise.resolve();
    const onProgress = (p: ImportProgress) => {
      if (Date.now() - lastSave < SAVE_EVERY_MS) return;
      lastSave = Date.now();
      saving = saving.then(() => save({ phase: p.phase, read: p.read, summary: p.summary }));
    };

    try {
      const open = () => createReadStream(run.file);
      const result =
        run.kind === 'disqus'
          ? await importDisqus({ open, store, clock, onProgress })
          : await importWordPress({
              open,
              fileName: run.fileName,
              store,
              timeZone: run.timeZone ?? (await stores.settings.site()).timeZone,
              clock,
              onProgress,
            });
      await saving;
      await save({ status: 'done', phase: 'done', summary: result.summary });
      await rm(run.file, { force: true });
    } catch (error) {
      await saving.catch(() => {});
      const message = error instanceof Error ? error.message : String(error);
      // A file that is not an export will not become one: no point trying again.
      const final =
        error instanceof WxrParseError ||
        error instanceof DisqusParseError ||
        job.attempts >= job.maxAttempts;
      await save({ status: final ? 'failed' : 'waiting', error: message });
      if (final) {
        await rm(run.file, { force: true });
        return;
      }
      throw error;
    }
  };
