import { isSigned, sign } from '../signing.ts';

// The comment form carries the time it was made, signed, so a submission can be checked for the
// few seconds a person needs to read and write. Bots post at once; they cannot forge the time.

const PURPOSE = 'comment-form';

export function createFormToken(secret: string, issuedAt: Date): string {
  const seconds = String(Math.floor(issuedAt.getTime() / 1000));
  return `${seconds}.${sign(secret, PURPOSE, seconds)}`;
}

/** When the form was made, or null if the token is missing, malformed or forged. */
export function readFormToken(secret: string, token: string): Date | null {
  const match = /^(\d{1,12})\.([\w-]{43})$/.exec(token);
  if (!match) return null;
  if (!isSigned(secret, PURPOSE, match[1]!, match[2]!)) return null;
  return new Date(Number(match[1]) * 1000);
}
