import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { requestPasswordReset, setPasswordFromLink } from '../../domain/people/accounts.ts';
import { MIN_PASSWORD_LENGTH } from '../../domain/people/passwords.ts';
import { can } from '../../domain/people/roles.ts';
import { completeOwnerSetup, isSetupTokenValid } from '../../domain/people/set-up-owner.ts';
import { signIn, startSession } from '../../domain/people/sign-in.ts';
import { hashToken } from '../../domain/people/secrets.ts';
import {
  AccountPage,
  ResetRequestPage,
  SetPasswordPage,
} from '../../render/admin/account-pages.tsx';
import { SetupPage } from '../../render/admin/setup-page.tsx';
import { SignInPage } from '../../render/admin/sign-in-page.tsx';
import type { AppContext } from '../context.ts';
import { sendError } from '../errors.ts';
import { sendPage } from '../pages.ts';
import { adminChrome, field, personOf, SESSION_COOKIE, setSessionCookie } from './support.ts';

/** Password-reset requests per IP and per address, so the form cannot flood an inbox. */
const RESET_LIMIT = { requests: 5, windowMs: 60 * 60_000 };

/** Where a person lands after signing in: their first useful page. */
const homeFor = (role: Parameters<typeof can>[0]) =>
  can(role, 'edit_own_articles') ? '/admin/articles' : '/admin/comments';

/** Only same-site paths under /admin, so a sign-in link cannot send anyone elsewhere. */
const safeNext = (next: string): string | null =>
  /^\/admin(\/[\w\-/?=&%.]*)?$/.test(next) && !next.startsWith('//') ? next : null;

/** Signing in and out, the owner's first setup, invitations, password resets, the account page. */
export async function accountRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  const accountDeps = async () => {
    const settings = await ctx.stores.settings.site();
    return {
      people: ctx.stores.people,
      mail: ctx.mail,
      clock: ctx.clock,
      site: { title: settings.title, url: ctx.config.publicUrl },
    };
  };

  app.get('/', { config: { capability: 'signed_in' } }, async (request, reply) =>
    reply.redirect(homeFor(personOf(request).role), 303),
  );

  app.get<{ Querystring: { next?: string } }>(
    '/sign-in',
    { config: { public: true } },
    async (request, reply) =>
      sendPage(
        reply,
        h(SignInPage, {
          chrome: await adminChrome(ctx, request),
          email: '',
          next: safeNext(request.query.next ?? '') ?? '',
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
          chrome: await adminChrome(ctx, request),
          email,
          next: safeNext(field(request, 'next')) ?? '',
          error: result.reason,
        }),
        { status: result.status },
      );
    }
    // A fresh session replaces any earlier one in this browser.
    const old = request.cookies[SESSION_COOKIE];
    if (old) await ctx.stores.people.deleteSession(hashToken(old));
    setSessionCookie(ctx, reply, result.token, result.expiresAt);
    const person = await ctx.stores.people.findPersonForSignIn(email);
    return reply.redirect(safeNext(field(request, 'next')) ?? homeFor(person?.role ?? null), 303);
  });

  app.post('/sign-out', { config: { capability: 'signed_in' } }, async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) await ctx.stores.people.deleteSession(hashToken(token));
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.redirect('/admin/sign-in', 303);
  });

  app.get<{ Querystring: { done?: string } }>(
    '/account',
    { config: { capability: 'signed_in' } },
    async (request, reply) => {
      const person = personOf(request);
      const mail = await ctx.stores.notifications.staffMailSettings(person.id);
      const settings = await ctx.stores.settings.site();
      return sendPage(
        reply,
        h(AccountPage, {
          chrome: await adminChrome(ctx, request),
          person: { name: person.name, email: person.email, role: person.role ?? 'none' },
          notice: request.query.done === 'notifications' ? 'Your email settings are saved.' : null,
          notifications: {
            comments: mail.comments,
            // Only people who moderate are sent the digest, so only they are offered it.
            digest: can(person.role, 'moderate_comments') ? mail.digest : null,
            digestMinutes: settings.comments.notifications.digestMinutes,
          },
        }),
      );
    },
  );

  // Which mail about comments this person wants; the links in those mails turn them off too.
  app.post(
    '/account/notifications',
    { config: { capability: 'signed_in' } },
    async (request, reply) => {
      const person = personOf(request);
      await ctx.stores.notifications.setStaffMailSetting(
        person.id,
        'comments',
        field(request, 'notify_comments') === 'yes',
      );
      if (can(person.role, 'moderate_comments'))
        await ctx.stores.notifications.setStaffMailSetting(
          person.id,
          'digest',
          field(request, 'notify_digest') === 'yes',
        );
      return reply.redirect('/admin/account?done=notifications', 303);
    },
  );

  app.post(
    '/account/sign-out-everywhere',
    { config: { capability: 'signed_in' } },
    async (request, reply) => {
      await ctx.stores.people.deleteSessions(personOf(request).id);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.redirect('/admin/sign-in', 303);
    },
  );

  // The owner's one-time setup link, printed at the first start.
  const setupDeps = { people: ctx.stores.people, clock: ctx.clock };
  const deadLink = (request: FastifyRequest, reply: FastifyReply, what: string) =>
    sendError(ctx, request, reply, 404, `This ${what} link has been used or has expired.`);

  app.get<{ Params: { token: string } }>(
    '/setup/:token',
    { config: { public: true } },
    async (request, reply) => {
      if (!(await isSetupTokenValid(setupDeps, request.params.token)))
        return deadLink(request, reply, 'setup');
      return sendPage(
        reply,
        h(SetupPage, {
          chrome: await adminChrome(ctx, request),
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
      if (!result.ok && result.status === 404) return deadLink(request, reply, 'setup');
      if (!result.ok)
        return sendPage(
          reply,
          h(SetupPage, {
            chrome: await adminChrome(ctx, request),
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
      setSessionCookie(ctx, reply, session.token, session.expiresAt);
      return reply.redirect('/admin/articles', 303);
    },
  );

  // Invitations and password resets both end at a "choose your password" form.
  for (const purpose of ['invitation', 'password-reset'] as const) {
    const path = `/${purpose}/:token`;
    const invitation = purpose === 'invitation';
    const page = async (
      request: FastifyRequest<{ Params: { token: string } }>,
      name: string,
      errors: Partial<Record<'name' | 'password', string>>,
    ) =>
      h(SetPasswordPage, {
        chrome: await adminChrome(ctx, request),
        title: invitation ? 'Welcome' : 'Choose a new password',
        intro: invitation
          ? 'Choose the name readers and colleagues will see, and your password.'
          : 'Choose a new password. Every session you have open will be signed out.',
        action: `/admin/${purpose}/${encodeURIComponent(request.params.token)}`,
        askName: invitation,
        name,
        errors,
        minPasswordLength: MIN_PASSWORD_LENGTH,
      });

    app.get<{ Params: { token: string } }>(
      path,
      { config: { public: true } },
      async (request, reply) => {
        const found = await ctx.stores.people.findToken(
          purpose,
          hashToken(request.params.token),
          ctx.clock(),
        );
        if (!found) return deadLink(request, reply, invitation ? 'invitation' : 'password reset');
        return sendPage(reply, await page(request, found.name, {}));
      },
    );

    app.post<{ Params: { token: string } }>(
      path,
      { config: { public: true } },
      async (request, reply) => {
        const result = await setPasswordFromLink(
          { people: ctx.stores.people, clock: ctx.clock },
          purpose,
          request.params.token,
          {
            ...(invitation ? { name: field(request, 'name') } : {}),
            password: field(request, 'password'),
            confirm: field(request, 'confirm'),
          },
        );
        if (!result.ok && result.status === 404)
          return deadLink(request, reply, invitation ? 'invitation' : 'password reset');
        if (!result.ok)
          return sendPage(reply, await page(request, field(request, 'name'), result.errors), {
            status: 400,
          });
        const session = await startSession(
          { sessions: ctx.stores.people, clock: ctx.clock },
          result.personId,
        );
        setSessionCookie(ctx, reply, session.token, session.expiresAt);
        return reply.redirect('/admin', 303);
      },
    );
  }

  app.get('/password-reset', { config: { public: true } }, async (request, reply) =>
    sendPage(
      reply,
      h(ResetRequestPage, { chrome: await adminChrome(ctx, request), sent: false, error: null }),
    ),
  );

  app.post('/password-reset', { config: { public: true } }, async (request, reply) => {
    const email = field(request, 'email').trim().toLowerCase();
    for (const key of [`reset:ip:${request.ip}`, `reset:email:${email}`]) {
      const { allowed, retryAfterMs } = await ctx.counter.take(
        key,
        RESET_LIMIT.requests,
        RESET_LIMIT.windowMs,
      );
      if (!allowed) {
        reply.header('retry-after', String(Math.ceil(retryAfterMs / 1000)));
        return sendPage(
          reply,
          h(ResetRequestPage, {
            chrome: await adminChrome(ctx, request),
            sent: false,
            error: 'Too many requests for a reset link. Please try again later.',
          }),
          { status: 429 },
        );
      }
    }
    await requestPasswordReset(await accountDeps(), email);
    return sendPage(
      reply,
      h(ResetRequestPage, { chrome: await adminChrome(ctx, request), sent: true, error: null }),
    );
  });
}
