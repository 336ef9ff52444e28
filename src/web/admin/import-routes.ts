import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { newRunId, queueImport } from '../../import/import-job.ts';
import { isTimeZone } from '../../import/wordpress/item-mapping.ts';
import { timeView } from '../../render/format.ts';
import { ImportPage, ImportRunPage, type ImportRunView } from '../../render/admin/import-pages.tsx';
import type { ImportRun } from '../../storage/import-store.ts';
import type { AppContext } from '../context.ts';
import { sendError } from '../errors.ts';
import { sendPage } from '../pages.ts';
import { fileUploads, isTooMany } from './file-uploads.ts';
import { adminChrome, personOf } from './support.ts';

// Imports under /admin/import (registered inside adminRoutes, whose hooks check the session, the
// CSRF token and each route's capability):
//   GET  /admin/import        the upload form and the latest runs
//   POST /admin/import        upload (multipart: `_csrf`, `kind`, `time_zone`, then `file`),
//                             streamed to the data folder and imported by a background job
//   GET  /admin/import/:id    a run's progress (the page reloads itself) and, once done, its report

/** Exports of big sites are large; the file goes to disk as it arrives, never into memory. */
export const MAX_IMPORT_BYTES = 512 * 1024 * 1024;
const REFRESH_SECONDS = 3;
const TOO_LARGE = `This file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB. Import it with the dateline import command on the server instead.`;

const TOO_MANY = 'Upload one export file at a time.';

const STATUS_WORD: Record<ImportRun['status'], string> = {
  queued: 'waiting to start',
  running: 'importing',
  waiting: 'stopped, will carry on',
  done: 'done',
  failed: 'failed',
};

const STATUS_TEXT: Record<ImportRun['status'], string> = {
  queued: 'Waiting to start.',
  running: 'Importing…',
  waiting: 'Stopped by a problem; it will carry on by itself shortly.',
  done: 'Done.',
  failed: 'Failed.',
};

export async function importRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  const uploads = await fileUploads(app, ctx, {
    maxBytes: MAX_IMPORT_BYTES,
    tooLarge: TOO_LARGE,
    tooMany: TOO_MANY,
  });

  async function formPage(
    request: FastifyRequest,
    reply: FastifyReply,
    error: string | null,
    typedZone?: string,
  ) {
    const settings = await ctx.stores.settings.site();
    const runs = await ctx.stores.imports.listRuns(20);
    return sendPage(
      reply,
      h(ImportPage, {
        view: {
          chrome: await adminChrome(ctx, request),
          timeZone: typedZone ?? settings.timeZone,
          maxMegabytes: MAX_IMPORT_BYTES / 1024 / 1024,
          runs: runs.map((r) => ({
            href: `/admin/import/${r.id}`,
            fileName: r.fileName,
            kind: r.kind === 'disqus' ? 'Disqus' : 'WordPress',
            status: STATUS_WORD[r.status],
            started: timeView(new Date(r.createdAt), settings.language, settings.timeZone),
          })),
          error,
        },
      }),
      { status: error ? 400 : 200 },
    );
  }

  app.get('/', { config: { capability: 'manage_site' } }, (request, reply) =>
    formPage(request, reply, null),
  );

  app.post(
    '/',
    { config: { capability: 'manage_site' }, preValidation: uploads.readFieldsBeforeFile },
    async (request, reply) => {
      const upload = uploads.pending(request);
      const part = upload?.file;
      if (!request.isMultipart() || !upload || !part || part.fieldname !== 'file')
        return formPage(request, reply, 'Choose the export file to import.');
      const fields = (request.body ?? {}) as Record<string, string>;
      const kind = fields.kind === 'disqus' ? 'disqus' : 'wordpress';
      const timeZone = (fields.time_zone ?? '').trim();
      if (timeZone && !isTimeZone(timeZone))
        return formPage(
          request,
          reply,
          `"${timeZone}" is not a time zone. Use a name like Europe/London.`,
          timeZone,
        );

      const id = newRunId();
      const folder = path.join(ctx.config.dataDir, 'imports');
      const file = path.join(folder, `${id}.xml`);
      await mkdir(folder, { recursive: true });
      try {
        await pipeline(part.file, createWriteStream(file, { flags: 'wx' }));
        for await (const rest of upload.parts) if (rest.type === 'file') rest.file.resume();
        upload.finished = true;
      } catch (error) {
        await rm(file, { force: true });
        if (isTooMany(error)) return sendError(ctx, request, reply, 413, TOO_MANY);
        throw error;
      }
      if (part.file.truncated) {
        await rm(file, { force: true });
        return sendError(ctx, request, reply, 413, TOO_LARGE, { title: 'File too large' });
      }
      const run = await queueImport(
        { stores: ctx.stores, clock: ctx.clock, nudge: ctx.nudgeJobs },
        {
          id,
          kind,
          file,
          fileName: path.basename(part.filename || 'export.xml').slice(0, 200),
          timeZone: timeZone || null,
          startedBy: personOf(request).name,
        },
      );
      return reply.redirect(`/admin/import/${run.id}`, 303);
    },
  );

  app.get<{ Params: { id: string } }>(
    '/:id',
    { config: { capability: 'manage_site' } },
    async (request, reply) => {
      const { id } = request.params;
      const run = /^[\w-]{1,40}$/.test(id) ? await ctx.stores.imports.findRun(id) : null;
      if (!run) return reply.callNotFound();
      const settings = await ctx.stores.settings.site();
      const time = (iso: string) => timeView(new Date(iso), settings.language, settings.timeZone);
      const finished = run.status === 'done' || run.status === 'failed';
      const order = (record: Record<string, number>) =>
        Object.entries(record).sort(([, a], [, b]) => b - a);
      const view: ImportRunView = {
        chrome: await adminChrome(ctx, request),
        href: `/admin/import/${run.id}`,
        fileName: run.fileName,
        kind: run.kind === 'disqus' ? 'Disqus export' : 'WordPress export',
        status: run.status,
        statusText: STATUS_TEXT[run.status],
        phase: run.phase,
        read: run.read,
        started: time(run.createdAt),
        updated: time(run.updatedAt),
        imported: order(run.summary.imported),
        skipped: order(run.summary.skipped),
        warnings: run.summary.warnings,
        error: run.error,
        refreshSeconds: finished ? null : REFRESH_SECONDS,
      };
      // No script: the browser reloads the page itself while the import runs.
      if (!finished) reply.header('refresh', String(REFRESH_SECONDS));
      return sendPage(reply, h(ImportRunPage, { view }));
    },
  );
}
