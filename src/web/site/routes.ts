import type { FastifyInstance, FastifyReply } from 'fastify';
import type { AppContext } from '../context.ts';
import { articlePage } from './article-pages.ts';
import { COMMENT_BODY_LIMIT, methodNotAllowed, postCommentRoute } from './comment-route.ts';
import { feedRoutes } from './feed-routes.ts';
import { reportRoutes } from './report-routes.ts';
import { authorPage, frontPage, sectionPage, tagPage } from './list-pages.ts';
import { searchPage, type SearchQuery } from './search-page.ts';
import { sitemapRoutes } from './sitemap-routes.ts';
import { subscriptionRoutes } from './subscription-routes.ts';

/** The public site: what readers, their browsers, feed readers and search engines ask for. */
export async function siteRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  app.get<Paged>('/', (req, reply) => frontPage(ctx, req, reply));
  app.get<{ Querystring: SearchQuery }>('/search', (req, reply) => searchPage(ctx, req, reply));
  app.get<Paged<'tag'>>('/tag/:tag', (req, reply) => tagPage(ctx, req, reply));
  app.get<Paged<'author'>>('/author/:author', (req, reply) => authorPage(ctx, req, reply));
  app.get('/assets/:file', (req, reply) => asset(ctx, req.url, reply));
  app.post('/comments', { bodyLimit: COMMENT_BODY_LIMIT }, (req, reply) =>
    postCommentRoute(ctx, req, reply),
  );
  app.route({
    method: ['GET', 'PUT', 'PATCH', 'DELETE'],
    url: '/comments',
    handler: methodNotAllowed(ctx),
  });
  await app.register(reportRoutes, { ctx });
  await app.register(feedRoutes, { ctx });
  await app.register(sitemapRoutes, { ctx });
  // The confirm and unsubscribe links in notification mail.
  await app.register(subscriptionRoutes, { ctx });
  app.get<Paged<'section'>>('/:section', (req, reply) => sectionPage(ctx, req, reply));
  app.get<{
    Params: { section: string; slug: string };
    Querystring: { replytocom?: string; held?: string };
  }>('/:section/:slug', (req, reply) => articlePage(ctx, req, reply));
}

/** A list page's request: one path parameter (or none) and `?page=`. */
type Paged<P extends string = never> = {
  Params: Record<P, string>;
  Querystring: { page?: string };
};

async function asset(ctx: AppContext, url: string, reply: FastifyReply) {
  const file = ctx.assets.files.get(url.split('?')[0] ?? '');
  if (!file) return reply.callNotFound();
  return reply
    .header('cache-control', 'public, max-age=31536000, immutable')
    .type(file.type)
    .send(file.body);
}
