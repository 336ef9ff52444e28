import { isSigned, sign } from '../../signing.ts';

// Links in notification mail work without signing in: each carries what it acts on (a reply
// subscription, or a staff member's mail setting) and an HMAC of it made with the site's secret.
// Anyone holding the mail can use its links; nobody can make a link for another subscription or
// person. They do not expire: an unsubscribe link must keep working as long as mail is sent.

export type NotificationTarget =
  /** Confirms a reply subscription (the double opt-in). */
  | { kind: 'confirm'; subscriptionId: number }
  /** Ends a reply subscription. */
  | { kind: 'replies'; subscriptionId: number }
  /** Turns off a staff member's mail about approved comments on their articles. */
  | { kind: 'comments'; personId: number }
  /** Turns off a moderator's digest of held comments. */
  | { kind: 'digest'; personId: number };

const LETTERS = { confirm: 'c', replies: 'r', comments: 'a', digest: 'd' } as const;
const KINDS = Object.fromEntries(Object.entries(LETTERS).map(([kind, letter]) => [letter, kind]));

const idOf = (target: NotificationTarget): number =>
  'subscriptionId' in target ? target.subscriptionId : target.personId;

const PURPOSE = 'notification';

export function createNotificationToken(secret: string, target: NotificationTarget): string {
  const payload = `${LETTERS[target.kind]}${idOf(target)}`;
  return `${payload}.${sign(secret, PURPOSE, payload)}`;
}

/** What the token acts on, or null when it is malformed or was not made with this secret. */
export function readNotificationToken(secret: string, token: string): NotificationTarget | null {
  const match = /^([a-z])(\d{1,12})\.([\w-]{43})$/.exec(token);
  if (!match) return null;
  const [, letter, digits, signature] = match;
  const kind = KINDS[letter!];
  if (!kind) return null;
  if (!isSigned(secret, PURPOSE, `${letter}${digits}`, signature!)) return null;
  const id = Number(digits);
  if (!Number.isSafeInteger(id) || id < 1) return null;
  return kind === 'confirm' || kind === 'replies'
    ? { kind, subscriptionId: id }
    : { kind: kind as 'comments' | 'digest', personId: id };
}
