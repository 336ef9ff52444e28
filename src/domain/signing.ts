import { createHmac, timingSafeEqual } from 'node:crypto';

// Tokens in forms and links (the comment form's time, the held-comment notice, notification
// links) and the readers' report key are HMACs with the site's secret. The purpose is part of
// what is signed, so a signature made for one use is worthless for another.

/** The signature of `payload` for `purpose`: 43 base64url characters. */
export const sign = (secret: string, purpose: string, payload: string): string =>
  createHmac('sha256', secret).update(`${purpose}:${payload}`).digest('base64url');

/** Whether `signature` is this site's for `payload` and `purpose`, compared in constant time. */
export function isSigned(
  secret: string,
  purpose: string,
  payload: string,
  signature: string,
): boolean {
  const expected = Buffer.from(sign(secret, purpose, payload));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
