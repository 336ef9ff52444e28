import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Capability } from '../../domain/people/roles.ts';
import type { AdminChrome } from '../../render/admin/admin-layout.tsx';
import type { SignedInPerson } from '../../storage/people-store.ts';
import type { AppContext } from '../context.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Reachable without signing in (sign-in, setup, invitation and password-reset pages). */
    public?: boolean;
    /** What the signed-in person must be able to do. Every other admin route names one. */
    capability?: Capability | 'signed_in';
  }
  interface FastifyRequest {
    person: SignedInPerson | null;
    csrfToken: string;
  }
}

export const SESSION_COOKIE = 'dl_session';

type Body = Record<string, unknown>;

/** A form field as text ('' when absent or repeated). */
export const field = (request: FastifyRequest, name: string): string => {
  const value = ((request.body ?? {}) as Body)[name];
  return typeof value === 'string' ? value : '';
};

/** A form field that may repeat, as a list. */
export const fields = (request: FastifyRequest, name: string): string[] => {
  const value = ((request.body ?? {}) as Body)[name];
  return Array.isArray(value)
    ? value.filter((v): v is string => typeof v === 'string')
    : typeof value === 'string'
      ? [value]
      : [];
};

/** The signed-in person; the admin hooks guarantee one on every non-public route. */
export const personOf = (request: FastifyRequest): SignedInPerson => {
  if (!request.person) throw new Error('No signed-in person on an admin route');
  return request.person;
};

export async function adminChrome(ctx: AppContext, request: FastifyRequest): Promise<AdminChrome> {
  const settings = await ctx.stores.settings.site();
  return {
    siteTitle: settings.title,
    language: settings.language,
    stylesheet: ctx.assets.stylesheet,
    adminStylesheet: ctx.assets.adminStylesheet,
    icon: ctx.assets.icon,
    person: request.person && { name: request.person.name, role: request.person.role },
    csrfToken: request.csrfToken,
  };
}

export const setSessionCookie = (
  ctx: AppContext,
  reply: FastifyReply,
  token: string,
  expiresAt: Date,
) =>
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: ctx.config.publicUrl.startsWith('https:'),
    expires: expiresAt,
  });
