import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import {
  MEDIA_TEXT_LIMITS,
  validateMediaDetails,
  type MediaDetails,
  type MediaTextField,
} from '../../domain/media/details.ts';
import type { MediaItem } from '../../domain/media/media.ts';
import { hasRenditions, renditionWidths } from '../../domain/media/renditions.ts';
import { ACCEPTED_TYPES_TEXT, MAX_UPLOAD_BYTES } from '../../domain/media/uploads.ts';
import { MediaItemPage } from '../../render/admin/media-item-page.tsx';
import { MediaLibraryPage, type MediaCardView } from '../../render/admin/media-library-page.tsx';
import { timeView } from '../../render/format.ts';
import type { AppContext } from '../context.ts';
import { sendError } from '../errors.ts';
import { ingestUpload } from '../media/ingest.ts';
import { mediaUrl, renditionUrl, thumbnailUrl } from '../media/urls.ts';
import { sendPage, wantsJson } from '../pages.ts';
import { positiveInt } from '../parse.ts';
import { fileUploads, isTooLarge, isTooMany } from './file-uploads.ts';
import { adminChrome, field, personOf } from './support.ts';

// The media library under /admin/media (registered inside adminRoutes, whose hooks check the
// session, the CSRF token and each route's capability):
//   GET  /admin/media?q=&page=        the library page, with the upload form
//   GET  /admin/media.json?q=&page=   the same list for the article editor's picture picker
//   POST /admin/media                 upload (multipart: `_csrf` first, then `file`)
//   GET  /admin/media/:id             one picture, its words to edit
//   POST /admin/media/:id             save alt, caption, credit, source, description, flag

const PER_PAGE = 24;
const MB = MAX_UPLOAD_BYTES / (1024 * 1024);

const ACCEPT = 'image/jpeg,image/png,image/webp,image/avif,image/gif,image/tiff';
const UPLOAD_HINT = `${ACCEPTED_TYPES_TEXT}, up to ${MB} MB. Readers get a copy without location, camera or other embedded details; the original is kept for the newsroom.`;
const TOO_LARGE = `This file is larger than ${MB} MB, the most the media library takes. Export a smaller version and upload that.`;

/** The picker's contract (the article editor): keep these fields as they are. */
export interface PickerItem {
  id: number;
  thumb: string;
  width: number;
  height: number;
  alt: string;
  caption: string;
  credit: string;
  source: string;
}

const pickerItem = (m: MediaItem): PickerItem => ({
  id: m.id,
  thumb: thumbnailUrl(m),
  width: m.width,
  height: m.height,
  alt: m.alt,
  caption: m.caption,
  credit: m.credit,
  source: m.source,
});

/** Fits a picture into a box, for the width and height attributes of a smaller copy. */
function fit(m: Pick<MediaItem, 'width' | 'height'>, box: number) {
  const scale = Math.min(1, box / m.width, box / m.height);
  return {
    width: Math.max(1, Math.round(m.width * scale)),
    height: Math.max(1, Math.round(m.height * scale)),
  };
}

const bytesText = (bytes: number) =>
  bytes >= 1024 * 1024
    ? `${(bytes / (1024 * 1024)).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;

/** Search terms from `?q=`: at most 10 words from at most 200 characters. */
const searchTerms = (q: string) => q.split(/\s+/).filter(Boolean).slice(0, 10);

const TOO_MANY = 'Upload one picture at a time, with the upload form.';

export async function adminMediaRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  const uploads = await fileUploads(app, ctx, {
    maxBytes: MAX_UPLOAD_BYTES,
    tooLarge: TOO_LARGE,
    tooMany: TOO_MANY,
  });

  async function listing(request: FastifyRequest<{ Querystring: { q?: string; page?: string } }>) {
    const query = (request.query.q ?? '').trim().slice(0, 200);
    const page = request.query.page === undefined ? 1 : positiveInt(request.query.page);
    if (page === null) return null;
    const { items, total } = await ctx.stores.media.list({
      terms: searchTerms(query),
      limit: PER_PAGE,
      offset: (page - 1) * PER_PAGE,
    });
    return { query, page, items, total };
  }

  app.get<{ Querystring: { q?: string; page?: string } }>(
    '.json',
    { config: { capability: 'upload_media' } },
    async (request, reply) => {
      const list = await listing(request);
      if (!list) return reply.code(400).send({ error: { code: '400', message: 'Bad page.' } });
      return reply.send({ items: list.items.map(pickerItem) });
    },
  );

  app.get<{ Querystring: { q?: string; page?: string } }>(
    '/',
    { config: { capability: 'upload_media' } },
    async (request, reply) => {
      const list = await listing(request);
      if (!list) return reply.callNotFound();
      const pages = Math.max(1, Math.ceil(list.total / PER_PAGE));
      if (list.page > pages) return reply.callNotFound();
      const href = (page: number) => {
        const params = new URLSearchParams();
        if (list.query) params.set('q', list.query);
        if (page > 1) params.set('page', String(page));
        const search = params.toString();
        return search ? `/admin/media?${search}` : '/admin/media';
      };
      const items: MediaCardView[] = list.items.map((m) => ({
        id: m.id,
        href: `/admin/media/${m.id}`,
        thumb: { src: thumbnailUrl(m), ...fit(m, 160) },
        filename: m.filename,
        alt: m.alt,
        caption: m.caption,
        credit: m.credit,
        dimensions: `${m.width} × ${m.height}`,
        needsAlt: m.alt.trim() === '',
      }));
      return sendPage(
        reply,
        h(MediaLibraryPage, {
          view: {
            chrome: await adminChrome(ctx, request),
            query: list.query,
            total: list.total,
            items,
            pagination: {
              page: list.page,
              pages,
              prevHref: list.page > 1 ? href(list.page - 1) : null,
              nextHref: list.page < pages ? href(list.page + 1) : null,
            },
            upload: { accept: ACCEPT, hint: UPLOAD_HINT },
            notice: null,
          },
        }),
      );
    },
  );

  app.post(
    '/',
    { config: { capability: 'upload_media' }, preValidation: uploads.readFieldsBeforeFile },
    async (request, reply) => {
      if (!request.isMultipart())
        return sendError(
          ctx,
          request,
          reply,
          415,
          'Send the picture as a file upload (a multipart form), as the upload form does.',
          { title: 'Unsupported upload' },
        );
      const upload = uploads.pending(request);
      const part = upload?.file;
      if (!upload || !part || part.fieldname !== 'file')
        return sendError(ctx, request, reply, 400, 'Choose a picture to upload.');
      let data: Buffer;
      try {
        data = await part.toBuffer();
        // Anything after the file: a second file is over the limit of one.
        for await (const rest of upload.parts) if (rest.type === 'file') await rest.toBuffer();
        upload.finished = true;
      } catch (error) {
        if (isTooLarge(error))
          return sendError(ctx, request, reply, 413, TOO_LARGE, { title: 'File too large' });
        if (isTooMany(error)) return sendError(ctx, request, reply, 413, TOO_MANY);
        throw error;
      }
      if (data.length === 0)
        return sendError(ctx, request, reply, 400, 'Choose a picture to upload.');

      const result = await ingestUpload(
        { dataDir: ctx.config.dataDir, media: ctx.stores.media, clock: ctx.clock },
        { data, filename: part.filename, uploadedBy: personOf(request).id },
      );
      if (!result.ok)
        return sendError(ctx, request, reply, result.status, result.message, {
          title: result.status === 413 ? 'File too large' : 'Not a picture we accept',
        });
      if (wantsJson(request.headers.accept)) {
        const created = await ctx.stores.media.find(result.id);
        return reply.code(201).send({ item: pickerItem(created!) });
      }
      return reply.redirect(`/admin/media/${result.id}?uploaded=1`, 303);
    },
  );

  async function itemPage(
    request: FastifyRequest,
    reply: FastifyReply,
    id: number,
    form: { values: MediaDetails; errors: Partial<Record<MediaTextField, string>> } | null,
    notice: string | null,
  ) {
    const media = await ctx.stores.media.find(id);
    if (!media) return reply.callNotFound();
    const settings = await ctx.stores.settings.site();
    const size = fit(media, 640);
    // The 640 copy (or the next one down) is plenty for a preview.
    const previewWidth = renditionWidths(media.width)
      .filter((w) => w <= 640)
      .pop();
    return sendPage(
      reply,
      h(MediaItemPage, {
        view: {
          chrome: await adminChrome(ctx, request),
          id: media.id,
          title: media.filename || `Picture ${media.id}`,
          preview: {
            src:
              hasRenditions(media) && previewWidth
                ? renditionUrl(media.id, previewWidth, 'webp')
                : mediaUrl(media),
            ...size,
            alt: media.alt,
          },
          url: mediaUrl(media),
          facts: {
            filename: media.filename || media.file,
            dimensions: `${media.width} × ${media.height}`,
            size: bytesText(media.bytes),
            type: media.mime,
          },
          uploaded: {
            time: timeView(media.createdAt, settings.language, settings.timeZone),
            by: media.uploadedBy?.name ?? null,
          },
          values: form?.values ?? media,
          errors: form?.errors ?? {},
          limits: MEDIA_TEXT_LIMITS,
          notice,
        },
      }),
      { status: form && Object.keys(form.errors).length ? 400 : 200 },
    );
  }

  app.get<{ Params: { id: string }; Querystring: { uploaded?: string; saved?: string } }>(
    '/:id',
    { config: { capability: 'upload_media' } },
    async (request, reply) => {
      const id = positiveInt(request.params.id);
      if (id === null) return reply.callNotFound();
      const notice =
        request.query.uploaded !== undefined
          ? 'Uploaded. Caption and credit come from the file where it had them: check them, and write the alt text.'
          : request.query.saved !== undefined
            ? 'Saved.'
            : null;
      return itemPage(request, reply, id, null, notice);
    },
  );

  app.post<{ Params: { id: string } }>(
    '/:id',
    { config: { capability: 'upload_media' } },
    async (request, reply) => {
      const id = positiveInt(request.params.id);
      if (id === null) return reply.callNotFound();
      const result = validateMediaDetails({
        alt: field(request, 'alt'),
        caption: field(request, 'caption'),
        credit: field(request, 'credit'),
        source: field(request, 'source'),
        description: field(request, 'description'),
        mayRedistribute: field(request, 'may_redistribute') === '1',
      });
      if (!result.ok)
        return itemPage(
          request,
          reply,
          id,
          { values: result.details, errors: result.errors },
          null,
        );
      if (!(await ctx.stores.media.updateDetails(id, result.details))) return reply.callNotFound();
      return reply.redirect(`/admin/media/${id}?saved=1`, 303);
    },
  );
}
