import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import fastifyMultipart, { type Multipart, type MultipartFile } from '@fastify/multipart';
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
import { adminChrome, personOf } from './support.ts';

// Imports under /admin/import (registered inside adminRoutes, whose hooks check the session, the
// CSRF token and each route's capability):
//   GET  /admin/import        the upload form and the latest runs
//   POST /admin/import        upload (multipart: `_csrf`, `kind`, `time_zone`, then `file`),
//                             streamed to the data folder and imported by a background job
//   GET  /admin/import/:id    a run's progress (the page reloads itself) and, once done, its report

/** Exports of big sites are large; the file goes to disk as it arrives, never into memory. */
export const MAX_IMPORT_BYTES = 512 * 1024 * 1024;
const FORM_OVERHEAD = 64 * 1024;
const REFRESH_SECONDS = 3;
const TOO_LARGE = `This file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB. Import it with the dateline import command on the server instead.`;

interface PendingUpload {
  parts: AsyncIterableIterator<Multipart>;
  file: MultipartFile | null;
  finished: boolean;
}
const pendingUploads = new WeakMap<FastifyRequest, PendingUpload>();

const errorCode = (error: unknown) => (error as { code?: unknown } | null)?.code;

async function discard(upload: PendingUpload) {
  if (upload.finished) return;
  upload.finished = true;
  upload.file?.file.resume();
  for await (const part of upload.parts) if (part.type === 'file') part.file.resume();
}

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
  await app.register(fastifyMultipart, {
    limits: { fileSize: MAX_IMPORT_BYTES, files: 1, fields: 10, fieldSize: 4096, parts: 12 },
  });

  app.addHook('onResponse', async (request) => {
    const upload = pendingUploads.get(request);
    if (upload) void discard(upload).catch(() => {});
  });

  /**
   * Before the admin hooks check the CSRF token: reads the fields that precede the file (the
   * form sends them first), leaving the file unread until token and capability are checked.
   */
  async function readFieldsBeforeFile(request: FastifyRequest, reply: FastifyReply) {
    if (!request.isMultipart() || !request.person) return;
    if (Number(request.headers['content-length']) > MAX_IMPORT_BYTES + FORM_OVERHEAD)
      return sendError(ctx, request, reply, 413, TOO_LARGE, { title: 'File too large' });
    const parts = request.parts();
    const upload: PendingUpload = { parts, file: null, finished: false };
    pendingUploads.set(request, upload);
    const fields: Record<string, string> = {};
    try {
      for (let next = await parts.next(); !next.done; next = await parts.next()) {
        const part = next.value;
        if (part.type === 'file') {
          upload.file = part;
          break;
        }
        if (typeof part.value === 'string') fields[part.fieldname] = part.value;
      }
    } catch {
      upload.finished = true;
      return sendError(ctx, request, reply, 400, 'The upload could not be read. Please try again.');
    }
    request.body = fields;
  }

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
    { config: { capability: 'manage_site' }, preValidation: readFieldsBeforeFile },
    async (request, reply) => {
      const upload = pendingUploads.get(request);
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
        if (
          ['FST_FILES_LIMIT', 'FST_PARTS_LIMIT', 'FST_FIELDS_LIMIT'].includes(
            String(errorCode(error)),
          )
        )
          return sendError(ctx, request, reply, 413, 'Upload one export file at a time.');
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
