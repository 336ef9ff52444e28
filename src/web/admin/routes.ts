import type { FastifyInstance } from 'fastify';
import { can } from '../../domain/people/roles.ts';
import { hashToken, safeEqual } from '../../domain/people/secrets.ts';
import type { AppContext } from '../context.ts';
import { sendError } from '../errors.ts';
import { accountRoutes } from './account-routes.ts';
import { articleRoutes } from './article-routes.ts';
import { commentRoutes } from './comment-routes.ts';
import { importRoutes } from './import-routes.ts';
import { adminMediaRoutes } from './media-routes.ts';
import { peopleRoutes } from './people-routes.ts';
import { privacyRoutes } from './privacy-routes.ts';
import { SESSION_COOKIE, field } from './support.ts';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The newsroom's admin. The hooks here run for every route below: a session, a CSRF token on
 * every state-changing request, and the capability the route names. A route without `public`
 * or a capability is refused, so none can be added unprotected by mistake.
 */
export async function adminRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  app.decorateRequest('person', null);
  app.decorateRequest('csrfToken', '');

  app.addHook('onRequest', async (request, reply) => {
    reply.header('cache-control', 'no-store');
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const session = await ctx.stores.people.findSession(hashToken(token), ctx.clock());
    if (session) {
      request.person = session.person;
      request.csrfToken = session.csrfToken;
    }
  });

  app.addHook('preHandler', async (request, reply) => {
    const config = request.routeOptions.config;
    if (config.public) return;
    if (!request.person) {
      if (request.method === 'GET')
        return reply.redirect(`/admin/sign-in?next=${encodeURIComponent(request.url)}`, 303);
      return sendError(ctx, request, reply, 401, 'Please sign in again.');
    }
    const token = field(request, '_csrf') || String(request.headers['x-csrf-token'] ?? '');
    if (STATE_CHANGING.has(request.method) && !safeEqual(token, request.csrfToken))
      return sendError(
        ctx,
        request,
        reply,
        403,
        'This form has expired or did not come from this site. Go back, reload the page and try again.',
      );
    if (!config.capability) {
      request.log.error({ url: request.url }, 'admin route without a capability');
      return sendError(ctx, request, reply, 403, 'This page is not available.');
    }
    if (config.capability !== 'signed_in' && !can(request.person.role, config.capability))
      return sendError(ctx, request, reply, 403, 'Your role does not allow this.');
  });

  await app.register(accountRoutes, { ctx });
  await app.register(articleRoutes, { ctx });
  await app.register(commentRoutes, { ctx });
  await app.register(adminMediaRoutes, { ctx, prefix: '/media' });
  await app.register(peopleRoutes, { ctx });
  await app.register(importRoutes, { ctx, prefix: '/import' });
  await app.register(privacyRoutes, { ctx, prefix: '/privacy' });
}
