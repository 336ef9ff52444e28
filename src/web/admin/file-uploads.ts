import fastifyMultipart, { type Multipart, type MultipartFile } from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../context.ts';
import { sendError } from '../errors.ts';

/** An upload in progress: the form fields read so far, and the rest of the parts. */
export interface PendingUpload {
  parts: AsyncIterableIterator<Multipart>;
  file: MultipartFile | null;
  finished: boolean;
}

/** Room for the form's other parts (boundaries, headers, the token) beside the file. */
const FORM_OVERHEAD = 64 * 1024;

const errorCode = (error: unknown) => (error as { code?: unknown } | null)?.code;
export const isTooLarge = (error: unknown): boolean =>
  errorCode(error) === 'FST_REQ_FILE_TOO_LARGE';
/** Over the other multipart limits: more than one file, or more fields than the form has. */
export const isTooMany = (error: unknown): boolean =>
  ['FST_FILES_LIMIT', 'FST_PARTS_LIMIT', 'FST_FIELDS_LIMIT'].includes(String(errorCode(error)));

/** Reads and throws away what is left of an upload, so the connection can be used again. */
async function discard(upload: PendingUpload) {
  if (upload.finished) return;
  upload.finished = true;
  upload.file?.file.resume();
  for await (const part of upload.parts) if (part.type === 'file') part.file.resume();
}

export interface FileUploads {
  /**
   * A `preValidation` hook, run before the admin hooks check the CSRF token: multipart bodies
   * are not parsed into `request.body`, so it reads the fields that come before the file (the
   * forms send `_csrf` first) and leaves the file unread until token and capability are checked.
   */
  readFieldsBeforeFile(request: FastifyRequest, reply: FastifyReply): Promise<unknown>;
  /** The upload `readFieldsBeforeFile` started for this request, if any. */
  pending(request: FastifyRequest): PendingUpload | undefined;
}

/**
 * One-file multipart uploads for the routes of this plugin scope (media, imports); everywhere
 * else such a body is refused. What a handler leaves unread is read and dropped after the
 * response, so the connection can be used again.
 */
export async function fileUploads(
  app: FastifyInstance,
  ctx: AppContext,
  options: { maxBytes: number; tooLarge: string; tooMany: string },
): Promise<FileUploads> {
  await app.register(fastifyMultipart, {
    limits: { fileSize: options.maxBytes, files: 1, fields: 10, fieldSize: 4096, parts: 12 },
  });
  const uploads = new WeakMap<FastifyRequest, PendingUpload>();
  app.addHook('onResponse', async (request) => {
    const upload = uploads.get(request);
    if (upload) void discard(upload).catch(() => {});
  });
  const tooLarge = (request: FastifyRequest, reply: FastifyReply) =>
    sendError(ctx, request, reply, 413, options.tooLarge, { title: 'File too large' });

  return {
    pending: (request) => uploads.get(request),
    async readFieldsBeforeFile(request, reply) {
      if (!request.isMultipart() || !request.person) return;
      if (Number(request.headers['content-length']) > options.maxBytes + FORM_OVERHEAD)
        return tooLarge(request, reply);
      const parts = request.parts();
      const upload: PendingUpload = { parts, file: null, finished: false };
      uploads.set(request, upload);
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
      } catch (error) {
        upload.finished = true;
        if (isTooLarge(error)) return tooLarge(request, reply);
        if (isTooMany(error)) return sendError(ctx, request, reply, 413, options.tooMany);
        return sendError(
          ctx,
          request,
          reply,
          400,
          'The upload could not be read. Please try again.',
        );
      }
      request.body = fields;
    },
  };
}
