import { createHmac, timingSafeEqual } from 'node:crypto';

// The comment form carries the time it was made, signed, so a submission can be checked for the
// few seconds a person needs to read and write. Bots post at once; they cannot forge the time.

const sign = (secret: string, seconds: string) =>
  createHmac('sha256', secret).update(`comment-form:${seconds}`).digest('base64url');

export function createFormToken(secret: string, issuedAt: Date): string {
  const seconds = String(Math.floor(issuedAt.getTime() / 1000));
  return `${seconds}.${sign(secret, seconds)}`;
}

/** When the form was made, or null if the token is missing, malformed or forged. */
export function readFormToken(secret: string, token: string): Date | null {
  const match = /^(\d{1,12})\.([\w-]{43})$/.exec(token);
  if (!match) return null;
  const expected = Buffer.from(sign(secret, match[1]!));
  const given = Buffer.from(match[2]!);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return new Date(Number(match[1]) * 1000);
}
