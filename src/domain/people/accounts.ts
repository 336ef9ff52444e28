// Staff accounts beyond the owner: invitations, password resets, accounts made from the command
// line, and signing out everywhere.
import type { Clock } from '../clock.ts';
import { looksLikeEmail } from '../email.ts';
import type { MailQueue } from '../mail.ts';
import { hashPassword, passwordProblem } from './passwords.ts';
import { can, isRole, ROLES, type Role } from './roles.ts';
import { createSecretToken, hashToken } from './secrets.ts';

export const INVITATION_DAYS = 7;
export const PASSWORD_RESET_MINUTES = 60;

export interface AccountPorts {
  findByEmail(email: string): Promise<{ id: number; name: string; hasPassword: boolean } | null>;
  createPerson(person: {
    name: string;
    email: string;
    role: Role;
    passwordHash: string | null;
    now: Date;
  }): Promise<number>;
  setRole(personId: number, role: Role): Promise<void>;
  saveToken(token: {
    purpose: 'invitation' | 'password-reset';
    personId: number;
    hash: string;
    now: Date;
    expiresAt: Date;
  }): Promise<void>;
  findToken(
    purpose: 'invitation' | 'password-reset',
    hash: string,
    now: Date,
  ): Promise<{ id: number; personId: number; name: string; email: string } | null>;
  /** Sets the password (and name), spends the token, ends every session: one transaction. */
  setPasswordWithToken(change: {
    tokenId: number;
    personId: number;
    passwordHash: string;
    name?: string;
    now: Date;
  }): Promise<void>;
  deleteSessions(personId: number): Promise<void>;
}

export interface AccountDeps {
  people: AccountPorts;
  mail: MailQueue;
  clock: Clock;
  site: { title: string; url: string };
}

type Errors<F extends string> = Partial<Record<F, string>>;
export type AccountResult<F extends string> =
  | { ok: true; personId: number }
  | { ok: false; status: 400 | 403 | 404 | 409; errors: Errors<F>; message?: string };

const ROLE_NAMES: Record<Role, string> = {
  owner: 'owner',
  administrator: 'an administrator',
  editor: 'an editor',
  author: 'an author',
  contributor: 'a contributor',
  moderator: 'a moderator',
};

/** Who may hand out which role: nobody makes an owner but an owner. */
export const canGrantRole = (granter: Role | null, role: Role): boolean =>
  can(granter, 'manage_people') && (role !== 'owner' || granter === 'owner');

function checkName(name: string): string | undefined {
  if (name === '') return 'Please enter a name.';
  if (name.length > 200) return 'Please use at most 200 characters.';
  return undefined;
}

/** Invites someone by email: an account with no password yet, and a link to choose one. */
export async function invitePerson(
  deps: AccountDeps,
  inviter: { id: number; name: string; role: Role | null },
  input: { name: string; email: string; role: string },
): Promise<AccountResult<'name' | 'email' | 'role'>> {
  const name = input.name.replace(/\s+/g, ' ').trim();
  const email = input.email.trim().toLowerCase();
  const errors: Errors<'name' | 'email' | 'role'> = {};
  const nameProblem = checkName(name);
  if (nameProblem) errors.name = nameProblem;
  if (!looksLikeEmail(email) || email.length > 254)
    errors.email = 'Please enter a valid email address.';
  if (!isRole(input.role)) errors.role = `Choose one of: ${ROLES.join(', ')}.`;
  else if (!canGrantRole(inviter.role, input.role))
    return { ok: false, status: 403, errors: {}, message: 'You may not give that role.' };
  if (Object.keys(errors).length > 0 || !isRole(input.role))
    return { ok: false, status: 400, errors };

  const now = deps.clock();
  const existing = await deps.people.findByEmail(email);
  if (existing?.hasPassword)
    return { ok: false, status: 409, errors: { email: 'This person already has an account.' } };
  const personId =
    existing?.id ??
    (await deps.people.createPerson({ name, email, role: input.role, passwordHash: null, now }));
  if (existing) await deps.people.setRole(existing.id, input.role);
  const { token, hash } = createSecretToken();
  await deps.people.saveToken({
    purpose: 'invitation',
    personId,
    hash,
    now,
    expiresAt: new Date(now.getTime() + INVITATION_DAYS * 86_400_000),
  });
  await deps.mail.queue({
    to: email,
    subject: `You are invited to ${deps.site.title}`,
    text: [
      `${inviter.name} has invited you to join ${deps.site.title} as ${ROLE_NAMES[input.role]}.`,
      '',
      `Choose your password here (the link works once, for ${INVITATION_DAYS} days):`,
      `${deps.site.url}/admin/invitation/${token}`,
      '',
      'If you did not expect this invitation, you can ignore this message.',
    ].join('\n'),
  });
  return { ok: true, personId };
}

/** Sets a password from an invitation or reset link; the link works once. */
export async function setPasswordFromLink(
  deps: Omit<AccountDeps, 'mail' | 'site'>,
  purpose: 'invitation' | 'password-reset',
  token: string,
  input: { name?: string; password: string; confirm: string },
): Promise<AccountResult<'name' | 'password'>> {
  const now = deps.clock();
  const found = await deps.people.findToken(purpose, hashToken(token), now);
  if (!found) return { ok: false, status: 404, errors: {} };
  const name = input.name === undefined ? undefined : input.name.replace(/\s+/g, ' ').trim();
  const errors: Errors<'name' | 'password'> = {};
  const nameProblem = name === undefined ? undefined : checkName(name);
  if (nameProblem) errors.name = nameProblem;
  const weak = passwordProblem(input.password, { email: found.email, name: name ?? found.name });
  if (weak) errors.password = weak;
  else if (input.password !== input.confirm) errors.password = 'The two passwords differ.';
  if (Object.keys(errors).length > 0) return { ok: false, status: 400, errors };
  await deps.people.setPasswordWithToken({
    tokenId: found.id,
    personId: found.personId,
    passwordHash: await hashPassword(input.password),
    ...(name !== undefined ? { name } : {}),
    now,
  });
  return { ok: true, personId: found.personId };
}

/**
 * Mails a reset link if the address belongs to an account. The answer is the same either way,
 * so the form cannot be used to find out who has an account.
 */
export async function requestPasswordReset(deps: AccountDeps, email: string): Promise<void> {
  const person = await deps.people.findByEmail(email.trim().toLowerCase());
  if (!person?.hasPassword) return;
  const now = deps.clock();
  const { token, hash } = createSecretToken();
  await deps.people.saveToken({
    purpose: 'password-reset',
    personId: person.id,
    hash,
    now,
    expiresAt: new Date(now.getTime() + PASSWORD_RESET_MINUTES * 60_000),
  });
  await deps.mail.queue({
    to: email.trim().toLowerCase(),
    subject: `Reset your password for ${deps.site.title}`,
    text: [
      `Someone asked to reset the password of your ${deps.site.title} account.`,
      '',
      `Choose a new password here (the link works once, for ${PASSWORD_RESET_MINUTES} minutes):`,
      `${deps.site.url}/admin/password-reset/${token}`,
      '',
      'If it was not you, ignore this message: your password stays as it is.',
    ].join('\n'),
  });
}

/** `dateline create-user`: an account with a password, for operators and scripts. */
export async function createUser(
  deps: { people: AccountPorts; clock: Clock },
  input: { name: string; email: string; role: string; password: string },
): Promise<AccountResult<'name' | 'email' | 'role' | 'password'>> {
  const name = input.name.replace(/\s+/g, ' ').trim();
  const email = input.email.trim().toLowerCase();
  const errors: Errors<'name' | 'email' | 'role' | 'password'> = {};
  const nameProblem = checkName(name);
  if (nameProblem) errors.name = nameProblem;
  if (!looksLikeEmail(email)) errors.email = 'Please give a valid email address.';
  if (!isRole(input.role)) errors.role = `The role must be one of: ${ROLES.join(', ')}.`;
  const weak = passwordProblem(input.password, { email, name });
  if (weak) errors.password = weak;
  if (Object.keys(errors).length > 0 || !isRole(input.role))
    return { ok: false, status: 400, errors };
  if (await deps.people.findByEmail(email))
    return { ok: false, status: 409, errors: { email: 'Someone already has this email address.' } };
  const personId = await deps.people.createPerson({
    name,
    email,
    role: input.role,
    passwordHash: await hashPassword(input.password),
    now: deps.clock(),
  });
  return { ok: true, personId };
}
