import type { FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { readHeldNoticeToken } from '../../domain/comments/held-notice.ts';
import { ArticleListPage } from '../../render/article-list-page.tsx';
import { ArticlePage } from '../../render/article-page.tsx';
import type { SectionRef } from '../../domain/articles/article.ts';
import type { AppContext } from '../context.ts';
import { positiveInt } from '../parse.ts';
import { sendPage } from '../pages.ts';
import { articlePageView, chrome, listItemView } from './views.ts';

/** How many articles the front and section pages list (pagination comes with the front pages). */
const LIST_LIMIT = 30;

/** The front page, or a section's page: the latest articles, newest first. */
async function listPage(
  ctx: AppContext,
  reply: FastifyReply,
  section: SectionRef | null,
): Promise<FastifyReply> {
  const settings = await ctx.stores.settings.site();
  const [pageChrome, articles] = await Promise.all([
    chrome(ctx, settings, section?.slug),
    ctx.stores.articles.listLatest(ctx.clock(), {
      limit: LIST_LIMIT,
      ...(section ? { sectionId: section.id } : {}),
    }),
  ]);
  const head = section
    ? { title: `${section.name} – ${settings.title}`, canonical: `/${section.slug}` }
    : {
        title: settings.tagline ? `${settings.title} – ${settings.tagline}` : settings.title,
        description: settings.tagline || undefined,
        canonical: '/',
      };
  return sendPage(
    reply,
    h(ArticleListPage, {
      view: {
        chrome: pageChrome,
        head: { ...head, canonical: `${ctx.config.publicUrl}${head.canonical}` },
        heading: section?.name ?? settings.title,
        // The front page's heading is the masthead itself.
        headingHidden: section === null,
        articles: articles.map((a) => listItemView(a, settings)),
      },
    }),
  );
}

export const homePage = (ctx: AppContext, _request: FastifyRequest, reply: FastifyReply) =>
  listPage(ctx, reply, null);

export async function sectionPage(
  ctx: AppContext,
  request: FastifyRequest<{ Params: { section: string } }>,
  reply: FastifyReply,
) {
  const section = await ctx.stores.articles.findSection(request.params.section);
  if (!section) return reply.callNotFound();
  return listPage(ctx, reply, section);
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
