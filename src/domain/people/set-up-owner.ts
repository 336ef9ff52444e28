import type { Clock } from '../clock.ts';
import { looksLikeEmail } from '../email.ts';
import { hashPassword, passwordProblem } from './passwords.ts';
import { createSecretToken, hashToken } from './secrets.ts';

// The first start prints a one-time link at which the owner chooses their own email and
// password. There is never a default password, and the link dies once used.

export const OWNER_SETUP_HOURS = 24;

export interface OwnerSetupPorts {
  /** Whether an owner can already sign in. */
  ownerHasPassword(): Promise<boolean>;
  /** Replaces any earlier setup link with this one. */
  saveSetupToken(tokenHash: string, now: Date, expiresAt: Date): Promise<void>;
  findSetupToken(tokenHash: string, now: Date): Promise<{ id: number } | null>;
  /** Creates the owner and spends the token, in one transaction. */
  createOwner(
    owner: { name: string; email: string; passwordHash: string; now: Date },
    tokenId: number,
  ): Promise<{ id: number }>;
}

/** A new setup link token, or null once the owner exists. */
export async function issueOwnerSetup(deps: {
  people: OwnerSetupPorts;
  clock: Clock;
}): Promise<string | null> {
  if (await deps.people.ownerHasPassword()) return null;
  const now = deps.clock();
  const { token, hash } = createSecretToken();
  await deps.people.saveSetupToken(
    hash,
    now,
    new Date(now.getTime() + OWNER_SETUP_HOURS * 3600_000),
  );
  return token;
}

export const isSetupTokenValid = async (
  deps: { people: OwnerSetupPorts; clock: Clock },
  token: string,
): Promise<boolean> => (await deps.people.findSetupToken(hashToken(token), deps.clock())) !== null;

export type SetUpOwnerResult =
  | { ok: true; personId: number }
  | {
      ok: false;
      status: 400 | 404;
      errors: Partial<Record<'name' | 'email' | 'password', string>>;
    };

export async function completeOwnerSetup(
  deps: { people: OwnerSetupPorts; clock: Clock },
  token: string,
  input: { name: string; email: string; password: string; confirm: string },
): Promise<SetUpOwnerResult> {
  const now = deps.clock();
  const found = await deps.people.findSetupToken(hashToken(token), now);
  if (!found) return { ok: false, status: 404, errors: {} };
  const name = input.name.replace(/\s+/g, ' ').trim();
  const email = input.email.trim().toLowerCase();
  const errors: Partial<Record<'name' | 'email' | 'password', string>> = {};
  if (name === '') errors.name = 'Please enter your name.';
  else if (name.length > 200) errors.name = 'Please use at most 200 characters.';
  if (!looksLikeEmail(email) || email.length > 254)
    errors.email = 'Please enter a valid email address.';
  const weak = passwordProblem(input.password, { email, name });
  if (weak) errors.password = weak;
  else if (input.password !== input.confirm) errors.password = 'The two passwords differ.';
  if (Object.keys(errors).length > 0) return { ok: false, status: 400, errors };
  const owner = await deps.people.createOwner(
    { name, email, passwordHash: await hashPassword(input.password), now },
    found.id,
  );
  return { ok: true, personId: owner.id };
}
