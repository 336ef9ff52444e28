import type { FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { readHeldNoticeToken } from '../../domain/comments/held-notice.ts';
import { ArticlePage } from '../../render/article-page.tsx';
import type { AppContext } from '../context.ts';
import { positiveInt } from '../parse.ts';
import { sendPage } from '../pages.ts';
import { sendError } from '../errors.ts';
import { articlePageView } from './views.ts';

export async function articlePage(
  ctx: AppContext,
  request: FastifyRequest<{
    Params: { section: string; slug: string };
    Querystring: { replytocom?: string; held?: string };
  }>,
  reply: FastifyReply,
) {
  const now = ctx.clock();
  const article = await ctx.stores.articles.findPublic(
    request.params.section,
    request.params.slug,
    now,
  );
  if (!article) {
    if (await ctx.stores.articles.isGone(request.params.section, request.params.slug))
      return sendError(ctx, request, reply, 410, 'This article has been taken down.', {
        title: 'Article removed',
        helpful: true,
      });
    return reply.callNotFound();
  }
  const settings = await ctx.stores.settings.site();
  const held = request.query.held;
  const heldNumber = typeof held === 'string' ? readHeldNoticeToken(ctx.secret, held, now) : null;
  const { view, cacheTags } = await articlePageView(ctx, settings, article, {
    heldNumber,
    replyTo: positiveInt(request.query.replytocom),
  });
  reply.header('surrogate-key', cacheTags.join(' '));
  return sendPage(reply, h(ArticlePage, { view }), { personal: heldNumber !== null });
}
