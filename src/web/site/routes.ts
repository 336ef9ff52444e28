import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.ts';
import { articlePage, homePage, sectionPage } from './article-pages.ts';
import { COMMENT_BODY_LIMIT, methodNotAllowed, postCommentRoute } from './comment-route.ts';

/** The public site: what readers and their browsers ask for. */
export async function siteRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  app.get('/', (req, reply) => homePage(ctx, req, reply));
  app.get('/assets/:file', (req, reply) => asset(ctx, req.url, reply));
  app.post('/comments', { bodyLimit: COMMENT_BODY_LIMIT }, (req, reply) =>
    postCommentRoute(ctx, req, reply),
  );
  app.route({
    method: ['GET', 'PUT', 'PATCH', 'DELETE'],
    url: '/comments',
    handler: methodNotAllowed(ctx),
  });
  app.get<{ Params: { section: string } }>('/:section', (req, reply) =>
    sectionPage(ctx, req, reply),
  );
  app.get<{
    Params: { section: string; slug: string };
    Querystring: { replytocom?: string; held?: string };
  }>('/:section/:slug', (req, reply) => articlePage(ctx, req, reply));
}

async function asset(ctx: AppContext, url: string, reply: import('fastify').FastifyReply) {
  const file = ctx.assets.files.get(url.split('?')[0] ?? '');
  if (!file) return reply.callNotFound();
  return reply
    .header('cache-control', 'public, max-age=31536000, immutable')
    .type(file.type)
    .send(file.body);
}
