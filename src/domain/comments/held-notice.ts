import { isSigned, sign } from '../signing.ts';

// A commenter whose comment is held sees it, marked as awaiting moderation, for a few minutes
// after posting; nobody else does. The page link carries a signed token naming the comment and
// when the right to see it ends, so the page itself can stay the same for every reader.

const PURPOSE = 'held-notice';

export function createHeldNoticeToken(
  secret: string,
  commentNumber: number,
  validUntil: Date,
): string {
  const payload = `${commentNumber}.${Math.floor(validUntil.getTime() / 1000)}`;
  return `${payload}.${sign(secret, PURPOSE, payload)}`;
}

/** The comment number the token lets this reader see, or null if it is forged or expired. */
export function readHeldNoticeToken(secret: string, token: string, now: Date): number | null {
  const match = /^(\d{1,15})\.(\d{1,15})\.([\w-]{43})$/.exec(token);
  if (!match) return null;
  const [, number, expires, signature] = match;
  if (!isSigned(secret, PURPOSE, `${number}.${expires}`, signature!)) return null;
  if (Number(expires) * 1000 < now.getTime()) return null;
  return Number(number);
}
