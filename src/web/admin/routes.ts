import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { isCommentStatus } from '../../domain/comments/comment.ts';
import { isModerationAction, moderateComment } from '../../domain/comments/moderate-comment.ts';
import { MIN_PASSWORD_LENGTH } from '../../domain/people/passwords.ts';
import { can, type Capability } from '../../domain/people/roles.ts';
import { completeOwnerSetup, isSetupTokenValid } from '../../domain/people/set-up-owner.ts';
import { signIn, startSession } from '../../domain/people/sign-in.ts';
import { hashToken, safeEqual } from '../../domain/people/secrets.ts';
import type { AdminChrome } from '../../render/admin/admin-layout.tsx';
import { CommentsPage } from '../../render/admin/comments-page.tsx';
import { SetupPage } from '../../render/admin/setup-page.tsx';
import { SignInPage } from '../../render/admin/sign-in-page.tsx';
import { timeView } from '../../render/format.ts';
import type { SignedInPerson } from '../../storage/people-store.ts';
import type { AppContext } from '../context.ts';
import { sendError } from '../errors.ts';
import { sendPage } from '../pages.ts';
import { positiveInt } from '../parse.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Reachable without signing in (sign-in and setup pages). */
    public?: boolean;
    /** What the signed-in person must be able to do. */
    capability?: Capability;
  }
  interface FastifyRequest {
    person: SignedInPerson | null;
    csrfToken: string;
  }
}

export const SESSION_COOKIE = 'dl_session';
const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

type Body = Record<string, unknown>;
const field = (request: FastifyRequest, name: string): string => {
  const value = ((request.body ?? {}) as Body)[name];
  return typeof value === 'string' ? value : '';
};

/** Only same-site paths under /admin, so a sign-in link cannot send anyone elsewhere. */
const safeNext = (next: string): string =>
  /^\/admin(\/[\w\-/?=&%.]*)?$/.test(next) && !next.startsWith('//') ? next : '/admin/comments';

/** The newsroom's admin: every route needs a session and a capability unless marked public. */
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
    if (
      STATE_CHANGING.has(request.method) &&
      !safeEqual(field(request, '_csrf'), request.csrfToken)
    )
      return sendError(
        ctx,
        request,
        reply,
        403,
        'This form has expired or did not come from this site. Go back, reload the page and try again.',
      );
    if (config.capability && !can(request.person.role, config.capability))
      return sendError(ctx, request, reply, 403, 'Your role does not allow this.');
  });

  const chrome = async (request: FastifyRequest): Promise<AdminChrome> => {
    const settings = await ctx.stores.settings.site();
    return {
      siteTitle: settings.title,
      language: settings.language,
      stylesheet: ctx.assets.stylesheet,
      icon: ctx.assets.icon,
      person: request.person && { name: request.person.name },
      csrfToken: request.csrfToken,
    };
  };

  const setSessionCookie = (reply: FastifyReply, token: string, expiresAt: Date) =>
    reply.setCookie(SESSION_COOKIE, token, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: ctx.config.publicUrl.startsWith('https:'),
      expires: expiresAt,
    });

  app.get('/', async (_request, reply) => reply.redirect('/admin/comments', 303));

  app.get<{ Querystring: { next?: string } }>(
    '/sign-in',
    { config: { public: true } },
    async (request, reply) =>
      sendPage(
        reply,
        h(SignInPage, {
          chrome: await chrome(request),
          email: '',
          next: safeNext(request.query.next ?? ''),
          error: null,
        }),
      ),
  );

  app.post('/sign-in', { config: { public: true } }, async (request, reply) => {
    const email = field(request, 'email');
    const result = await signIn(
      { sessions: ctx.stores.people, counter: ctx.counter, clock: ctx.clock },
      { email, password: field(request, 'password'), ip: request.ip },
    );
    if (!result.ok) {
      if (result.retryAfterSeconds) reply.header('retry-after', String(result.retryAfterSeconds));
      return sendPage(
        reply,
        h(SignInPage, {
          chrome: await chrome(request),
          email,
          next: safeNext(field(request, 'next')),
          error: result.reason,
        }),
        { status: result.status },
      );
    }
    // A fresh session replaces any earlier one in this browser.
    const old = request.cookies[SESSION_COOKIE];
    if (old) await ctx.stores.people.deleteSession(hashToken(old));
    setSessionCookie(reply, result.token, result.expiresAt);
    return reply.redirect(safeNext(field(request, 'next')), 303);
  });

  app.post('/sign-out', async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) await ctx.stores.people.deleteSession(hashToken(token));
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.redirect('/admin/sign-in', 303);
  });

  const setupDeps = { people: ctx.stores.people, clock: ctx.clock };
  const expiredSetup = (request: FastifyRequest, reply: FastifyReply) =>
    sendError(
      ctx,
      request,
      reply,
      404,
      'This setup link has been used or has expired. Restart Dateline to print a new one, or sign in.',
    );

  app.get<{ Params: { token: string } }>(
    '/setup/:token',
    { config: { public: true } },
    async (request, reply) => {
      if (!(await isSetupTokenValid(setupDeps, request.params.token)))
        return expiredSetup(request, reply);
      return sendPage(
        reply,
        h(SetupPage, {
          chrome: await chrome(request),
          action: `/admin/setup/${encodeURIComponent(request.params.token)}`,
          values: { name: '', email: '' },
          errors: {},
          minPasswordLength: MIN_PASSWORD_LENGTH,
        }),
      );
    },
  );

  app.post<{ Params: { token: string } }>(
    '/setup/:token',
    { config: { public: true } },
    async (request, reply) => {
      const input = {
        name: field(request, 'name'),
        email: field(request, 'email'),
        password: field(request, 'password'),
        confirm: field(request, 'confirm'),
      };
      const result = await completeOwnerSetup(setupDeps, request.params.token, input);
      if (!result.ok && result.status === 404) return expiredSetup(request, reply);
      if (!result.ok)
        return sendPage(
          reply,
          h(SetupPage, {
            chrome: await chrome(request),
            action: `/admin/setup/${encodeURIComponent(request.params.token)}`,
            values: { name: input.name, email: input.email },
            errors: result.errors,
            minPasswordLength: MIN_PASSWORD_LENGTH,
          }),
          { status: 400 },
        );
      const session = await startSession(
        { sessions: ctx.stores.people, clock: ctx.clock },
        result.personId,
      );
      setSessionCookie(reply, session.token, session.expiresAt);
      return reply.redirect('/admin/comments', 303);
    },
  );

  app.get<{ Querystring: { status?: string; done?: string } }>(
    '/comments',
    { config: { capability: 'moderate_comments' } },
    async (request, reply) => {
      const status = isCommentStatus(request.query.status ?? '')
        ? request.query.status!
        : 'pending';
      if (!isCommentStatus(status)) return reply.callNotFound();
      const settings = await ctx.stores.settings.site();
      const { items, counts } = await ctx.stores.comments.listForModeration(status);
      const done = positiveInt(request.query.done);
      return sendPage(
        reply,
        h(CommentsPage, {
          view: {
            chrome: await chrome(request),
            status,
            counts,
            notice: done ? `Comment ${done} moved.` : null,
            items: items.map((c) => ({
              number: c.number,
              authorName: c.authorName,
              authorEmail: c.authorEmail,
              authorUrl: c.authorUrl,
              authorIp: c.authorIp,
              html: c.html,
              time: timeView(c.createdAt, settings.language, settings.timeZone),
              article: { headline: c.article.headline, href: c.article.path },
              why: c.lastDecision
                ? c.lastDecision.byPerson
                  ? `${c.lastDecision.reason} (${c.lastDecision.byPerson})`
                  : `${c.lastDecision.reason} (rule: ${c.lastDecision.rule})`
                : '',
            })),
          },
        }),
      );
    },
  );

  app.post<{ Params: { number: string } }>(
    '/comments/:number',
    { config: { capability: 'moderate_comments' } },
    async (request, reply) => {
      const number = positiveInt(request.params.number);
      const action = field(request, 'action');
      if (number === null) return reply.callNotFound();
      if (!isModerationAction(action))
        return sendError(ctx, request, reply, 400, 'Choose approve, unapprove, spam or trash.');
      const result = await moderateComment(
        { comments: ctx.stores.comments, clock: ctx.clock },
        request.person!,
        number,
        action,
      );
      if (!result.ok) return sendError(ctx, request, reply, result.status, result.reason);
      const back = field(request, 'return');
      const status = isCommentStatus(back) ? back : 'pending';
      return reply.redirect(`/admin/comments?status=${status}&done=${number}`, 303);
    },
  );
}
