import type { FastifyReply } from 'fastify';
import type { JSX } from 'preact';
import { renderDocument } from '../render/html.ts';

/** Sends a rendered page. `personal` pages hold one reader's own input: never cached. */
export function sendPage(
  reply: FastifyReply,
  page: JSX.Element,
  options: { status?: number; personal?: boolean } = {},
): FastifyReply {
  if (options.personal) reply.header('cache-control', 'no-store');
  return reply
    .code(options.status ?? 200)
    .type('text/html; charset=utf-8')
    .send(renderDocument(page));
}

export const wantsJson = (accept: string | undefined): boolean =>
  !!accept && /\bapplication\/json\b/.test(accept) && !/\btext\/html\b/.test(accept);
