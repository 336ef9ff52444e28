import type { Clock } from '../clock.ts';
import type { EventCounter } from '../counters.ts';
import { timingDummyHash, verifyPassword } from './passwords.ts';
import type { Role } from './roles.ts';
import { createSecretToken } from './secrets.ts';

export const SESSION_DAYS = 30;
/** Sign-in attempts allowed per account and per IP in the window. */
export const SIGN_IN_LIMIT = { attempts: 10, windowMs: 15 * 60 * 1000 };

export interface SessionPorts {
  findPersonForSignIn(
    email: string,
  ): Promise<{ id: number; role: Role | null; passwordHash: string | null } | null>;
  createSession(session: {
    tokenHash: string;
    personId: number;
    csrfToken: string;
    now: Date;
    expiresAt: Date;
  }): Promise<void>;
}

export type SignInResult =
  | { ok: true; token: string; expiresAt: Date }
  | { ok: false; status: 401 | 429; reason: string; retryAfterSeconds?: number };

export async function signIn(
  deps: { sessions: SessionPorts; counter: EventCounter; clock: Clock },
  input: { email: string; password: string; ip: string },
): Promise<SignInResult> {
  const email = input.email.trim().toLowerCase();
  for (const key of [`sign-in:ip:${input.ip}`, `sign-in:account:${email}`]) {
    const { allowed, retryAfterMs } = await deps.counter.take(
      key,
      SIGN_IN_LIMIT.attempts,
      SIGN_IN_LIMIT.windowMs,
    );
    if (!allowed) {
      const minutes = Math.ceil(retryAfterMs / 60_000);
      return {
        ok: false,
        status: 429,
        reason: `Too many sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
        retryAfterSeconds: Math.ceil(retryAfterMs / 1000),
      };
    }
  }
  const person = await deps.sessions.findPersonForSignIn(email);
  const valid = person?.passwordHash
    ? await verifyPassword(person.passwordHash, input.password)
    : await verifyPassword(await timingDummyHash(), input.password).then(() => false);
  if (!person || !valid)
    return { ok: false, status: 401, reason: 'That email and password do not match an account.' };
  return startSession(deps, person.id);
}

/** A fresh session (a new token on every sign-in, so a planted cookie is worthless). */
export async function startSession(
  deps: { sessions: SessionPorts; clock: Clock },
  personId: number,
): Promise<{ ok: true; token: string; expiresAt: Date }> {
  const now = deps.clock();
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * 24 * 60 * 60 * 1000);
  const { token, hash } = createSecretToken();
  await deps.sessions.createSession({
    tokenHash: hash,
    personId,
    csrfToken: createSecretToken().token,
    now,
    expiresAt,
  });
  return { ok: true, token, expiresAt };
}
