import type { FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { readHeldNoticeToken } from '../../domain/comments/held-notice.ts';
import { ArticleListPage } from '../../render/article-list-page.tsx';
import { ArticlePage } from '../../render/article-page.tsx';
import type { AppContext } from '../context.ts';
import { positiveInt } from '../parse.ts';
import { sendPage } from '../pages.ts';
import { articlePageView, chrome, listItemView } from './views.ts';

const HOME_LIMIT = 30;
const SECTION_LIMIT = 30;

export async function homePage(ctx: AppContext, _request: FastifyRequest, reply: FastifyReply) {
  const settings = await ctx.stores.settings.site();
  const [pageChrome, articles] = await Promise.all([
    chrome(ctx, settings),
    ctx.stores.articles.listLatest(ctx.clock(), { limit: HOME_LIMIT }),
  ]);
  return sendPage(
    reply,
    h(ArticleListPage, {
      view: {
        chrome: pageChrome,
        head: {
          title: settings.tagline ? `${settings.title} – ${settings.tagline}` : settings.title,
          description: settings.tagline || undefined,
          canonical: `${ctx.config.publicUrl}/`,
        },
        heading: settings.title,
        headingHidden: true,
        articles: articles.map((a) => listItemView(a, settings)),
      },
    }),
  );
}

export async function sectionPage(
  ctx: AppContext,
  request: FastifyRequest<{ Params: { section: string } }>,
  reply: FastifyReply,
) {
  const section = await ctx.stores.articles.findSection(request.params.section);
  if (!section) return reply.callNotFound();
  const settings = await ctx.stores.settings.site();
  const [pageChrome, articles] = await Promise.all([
    chrome(ctx, settings, section.slug),
    ctx.stores.articles.listLatest(ctx.clock(), { limit: SECTION_LIMIT, sectionId: section.id }),
  ]);
  return sendPage(
    reply,
    h(ArticleListPage, {
      view: {
        chrome: pageChrome,
        head: {
          title: `${section.name} – ${settings.title}`,
          canonical: `${ctx.config.publicUrl}/${section.slug}`,
        },
        heading: section.name,
        headingHidden: false,
        articles: articles.map((a) => listItemView(a, settings)),
      },
    }),
  );
}

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
  if (!article) return reply.callNotFound();
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
