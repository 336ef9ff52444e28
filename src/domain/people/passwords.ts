import { hash, verify } from '@node-rs/argon2';

export const MIN_PASSWORD_LENGTH = 12;
/** argon2 work grows with input; nobody types a longer password. */
export const MAX_PASSWORD_LENGTH = 1024;

// argon2id (algorithm 2; the library's enum is a const enum we cannot import) with OWASP's
// recommended memory and time cost: 19 MiB, 2 passes.
const OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string): Promise<string> => hash(password, OPTIONS);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  if (password.length > MAX_PASSWORD_LENGTH) return false;
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** Why a password is too weak to accept, or null when it will do. */
export function passwordProblem(
  password: string,
  person: { email?: string; name?: string } = {},
): string | null {
  if ([...password].length < MIN_PASSWORD_LENGTH)
    return `Use at least ${MIN_PASSWORD_LENGTH} characters.`;
  if (password.length > MAX_PASSWORD_LENGTH)
    return `Use at most ${MAX_PASSWORD_LENGTH} characters.`;
  if (new Set(password.toLowerCase()).size < 5) return 'Use more different characters.';
  const lowered = password.toLowerCase();
  const personal = [person.email, person.email?.split('@')[0], person.name]
    .filter((s): s is string => !!s && s.length >= 4)
    .map((s) => s.toLowerCase());
  if (personal.some((s) => lowered.includes(s)))
    return 'Do not use your name or email address in your password.';
  return null;
}

/** An unguessable dummy hash, verified against when no account matches, so timing does not tell. */
let dummyHash: Promise<string> | undefined;
export const timingDummyHash = (): Promise<string> =>
  (dummyHash ??= hashPassword('not-a-real-password-for-timing'));
