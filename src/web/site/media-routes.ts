import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { RENDITION_TYPES, isRendition, isRenditionFormat } from '../../domain/media/renditions.ts';
import type { AppContext } from '../context.ts';
import { isPrivateMediaPath, mediaRoot } from '../media/media-files.ts';
import { rendition } from '../media/renditions.ts';
import { positiveInt } from '../parse.ts';

/**
 * Pictures for readers:
 * - `/media/<file>`: the published files (uploads, demo and imported pictures), from the media
 *   folder, except the kept originals and the rendition cache;
 * - `/media/r/<id>/<width>.<format>`: resized copies (see web/media/urls.ts), made on first
 *   request, immutable.
 */
export async function siteMediaRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  await app.register(fastifyStatic, {
    root: mediaRoot(ctx.config.dataDir),
    prefix: '/media/',
    maxAge: '7d',
    index: false,
    // @fastify/static already refuses `..` and other non-canonical paths.
    allowedPath: (pathname) => !isPrivateMediaPath(pathname),
  });

  app.get<{ Params: { id: string; name: string } }>(
    '/media/r/:id/:name',
    async (request, reply) => {
      const id = positiveInt(request.params.id);
      const match = /^(\d{1,5})\.([a-z]+)$/.exec(request.params.name);
      const width = Number(match?.[1]);
      const format = match?.[2] ?? '';
      if (id === null || !match || !isRenditionFormat(format)) return reply.callNotFound();
      const media = await ctx.stores.media.find(id);
      if (!media || !isRendition(media, width, format)) return reply.callNotFound();
      const file = await rendition(ctx.config.dataDir, media, width, format);
      if (!file) return reply.callNotFound();
      const { size } = await stat(file);
      return reply
        .header('cache-control', 'public, max-age=31536000, immutable')
        .header('content-length', size)
        .type(RENDITION_TYPES[format])
        .send(createReadStream(file));
    },
  );
}
