// What erasing a commenter's personal data does to each thing that holds it. WordPress's rule
// (../shared/reference/comment-rules.md, "Personal data"): the words stay, the person goes — the
// name becomes "Anonymous", email, website and user agent are blanked, the IP is cut. We go a little
// further, because the address must not survive anywhere in the database: it is also taken out of
// their own comments' text, the moderation log of those comments, queued mail and the word lists.
import { createHash } from 'node:crypto';
import { emailKey } from '../../email.ts';
import { renderCommentText } from '../comment-text.ts';
import { truncateIp } from './ip-address.ts';

export const ERASED_NAME = 'Anonymous';
export const ERASURE_REASON = 'Personal data erased on request';
/** Put where the address was, in text we keep (their comments, log notes, queued mail). */
export const REDACTED_ADDRESS = '[email address removed]';

/** How addresses are matched everywhere: trimmed and lower-cased here, never by the database. */

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/**
 * The fingerprint an erased comment gets. The usual one hashes name, email and text, so anyone
 * holding a guessed address could confirm who wrote the comment; this one hashes the row id
 * alone. It is unique per comment, so two erased comments with the same words never collide in
 * the duplicate index, and it can never equal the fingerprint of a new comment (a different shape
 * is hashed), so duplicate detection for new comments works as before.
 */
export const erasedFingerprint = (commentId: number): string =>
  createHash('sha256')
    .update(JSON.stringify(['erased', commentId]))
    .digest('hex');

export interface CommentToErase {
  id: number;
  ip: string;
  text: string;
}

export interface ErasedComment {
  authorName: string;
  authorEmail: '';
  authorEmailKey: '';
  authorUrl: '';
  authorUserAgent: '';
  authorIp: string;
  text: string;
  /** The text rendered again when the address was taken out of it; null when unchanged. */
  html: string | null;
  fingerprint: string;
}

/** What becomes of a job whose payload mentions the address. */
export type JobDisposal =
  { action: 'keep' } | { action: 'delete' } | { action: 'rewrite'; payload: unknown };

/** The erasure rules for one address, handed to the store that applies them in a transaction. */
export interface ErasureRules {
  readonly key: string;
  readonly reason: string;
  comment(comment: CommentToErase): ErasedComment;
  /** The text with every spelling (any case) of the address replaced. */
  redact(text: string): string;
  /** A JSON value with the address taken out of every string in it. */
  redactJson(value: unknown): unknown;
  /** Whether a string or JSON value mentions the address anywhere. */
  mentions(value: unknown): boolean;
  job(job: { status: string; payload: unknown }): JobDisposal;
  /** A moderation or disallowed word list without entries that are the address. */
  wordList(words: readonly string[]): string[];
}

const strings = (value: unknown): string[] => {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => [k, ...strings(v)]);
  return [];
};

export function erasureRules(address: string): ErasureRules {
  const key = emailKey(address);
  if (key === '') throw new Error('An erasure needs an address: an empty one matches erased rows');
  // `iu`: the address as the commenter typed it (Rosa@Example.NET) matches the lower-cased key.
  const pattern = () => new RegExp(escapeRegExp(key), 'giu');
  const redact = (text: string) => text.replace(pattern(), REDACTED_ADDRESS);
  const mentions = (value: unknown) => strings(value).some((s) => pattern().test(s));
  const redactJson = (value: unknown): unknown => {
    if (typeof value === 'string') return redact(value);
    if (Array.isArray(value)) return value.map(redactJson);
    if (value !== null && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [redact(k), redactJson(v)]));
    return value;
  };
  return {
    key,
    reason: ERASURE_REASON,
    redact,
    redactJson,
    mentions,
    comment(c) {
      const text = redact(c.text);
      return {
        authorName: ERASED_NAME,
        authorEmail: '',
        authorEmailKey: '',
        authorUrl: '',
        authorUserAgent: '',
        authorIp: truncateIp(c.ip),
        text,
        html: text === c.text ? null : renderCommentText(text).html,
        fingerprint: erasedFingerprint(c.id),
      };
    },
    job({ status, payload }) {
      if (!mentions(payload)) return { action: 'keep' };
      // Sent or abandoned mail is history nobody needs; mail still to go *to* them is not sent.
      if (status !== 'pending') return { action: 'delete' };
      const to = (payload as { to?: unknown } | null)?.to;
      if (mentions(to)) return { action: 'delete' };
      // Mail to someone else (a moderator told of their comment) still goes, without the address.
      return { action: 'rewrite', payload: redactJson(payload) };
    },
    wordList: (words) => words.filter((w) => emailKey(w) !== key),
  };
}
