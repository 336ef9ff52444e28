// The words of every notification mail, as plain text. Each carries a one-click unsubscribe link in
// its text and in the List-Unsubscribe headers (RFC 8058), so mail programs can offer the button.
import type { OutgoingMail } from '../../mail.ts';
import { createNotificationToken, type NotificationTarget } from './notification-token.ts';
import type {
  ActiveSubscription,
  LogEntry,
  MailSite,
  NotifiedComment,
  StaffMember,
  Subscription,
} from './ports.ts';

export interface MailContext {
  site: MailSite;
  /** Signs the links (the site's secret). */
  secret: string;
}

/** Where the links in the mail lead. */
export const NOTIFICATION_PATHS = {
  confirm: '/notifications/confirm/',
  unsubscribe: '/notifications/unsubscribe/',
} as const;

/** At most this many held comments are listed in one digest; the rest are counted. */
export const DIGEST_LIST_LIMIT = 50;

export const confirmUrl = (ctx: MailContext, subscriptionId: number): string =>
  `${ctx.site.url}${NOTIFICATION_PATHS.confirm}${createNotificationToken(ctx.secret, {
    kind: 'confirm',
    subscriptionId,
  })}`;

export const unsubscribeUrl = (
  ctx: MailContext,
  target: Exclude<NotificationTarget, { kind: 'confirm' }>,
): string =>
  `${ctx.site.url}${NOTIFICATION_PATHS.unsubscribe}${createNotificationToken(ctx.secret, target)}`;

/** The headers that let a mail program unsubscribe with one click, without opening a page. */
export const unsubscribeHeaders = (url: string): Record<string, string> => ({
  'List-Unsubscribe': `<${url}>`,
  'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  // Sent by the site, not a person: out-of-office replies should stay quiet.
  'Auto-Submitted': 'auto-generated',
});

/** One line, for a subject: whatever a headline or a name holds, no line breaks reach a header. */
const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

const quoted = (title: string): string => `“${oneLine(title)}”`;

const nameOf = (name: string): string => oneLine(name) || 'Anonymous';

/** The start of a comment, quoted as mail quotes: whole words, at most `max` characters. */
export function excerpt(text: string, max = 500): string {
  const clean = text.replace(/\r\n?/g, '\n').trim();
  let cut = clean;
  if ([...clean].length > max) {
    const head = [...clean].slice(0, max).join('');
    const space = head.search(/\s\S*$/);
    cut = `${(space > max / 2 ? head.slice(0, space) : head).trimEnd()} …`;
  }
  return cut
    .split('\n')
    .map((line) => (line ? `> ${line}` : '>'))
    .join('\n');
}

const commentUrl = (ctx: MailContext, comment: { number: number; article: { path: string } }) =>
  `${ctx.site.url}${comment.article.path}#comment-${comment.number}`;

function mail(to: string, subject: string, lines: string[], unsubscribe: string): OutgoingMail {
  return {
    to,
    subject: oneLine(subject),
    text: `${lines.join('\n')}\n`,
    headers: unsubscribeHeaders(unsubscribe),
  };
}

/** The first mail to a reader who ticked "Notify me of replies": no more until they confirm. */
export function confirmationMail(ctx: MailContext, subscription: Subscription): OutgoingMail {
  const stop = unsubscribeUrl(ctx, { kind: 'replies', subscriptionId: subscription.id });
  return mail(
    subscription.email,
    `Please confirm: replies to your comment on ${quoted(subscription.article.headline)}`,
    [
      `Hello ${nameOf(subscription.commenterName)},`,
      '',
      `You asked ${oneLine(ctx.site.title)} to email you when someone replies to your comment on ${quoted(subscription.article.headline)}.`,
      '',
      'To confirm, open this link and press the button on the page:',
      confirmUrl(ctx, subscription.id),
      '',
      'If you did not ask for this, you need do nothing: without your confirmation we will not',
      'email you again about this comment.',
      '',
      'Your comment:',
      commentUrl(ctx, { number: subscription.commentNumber, article: subscription.article }),
      '',
      '-- ',
      `To cancel this request now: ${stop}`,
    ],
    stop,
  );
}

/** To a confirmed subscriber: someone answered their comment. */
export function replyMail(
  ctx: MailContext,
  subscription: ActiveSubscription,
  reply: NotifiedComment,
): OutgoingMail {
  const stop = unsubscribeUrl(ctx, { kind: 'replies', subscriptionId: subscription.id });
  return mail(
    subscription.email,
    `${nameOf(reply.authorName)} replied to your comment on ${quoted(reply.article.headline)}`,
    [
      `${nameOf(reply.authorName)} replied to your comment on ${quoted(reply.article.headline)}:`,
      '',
      excerpt(reply.text),
      '',
      'Read the reply in its conversation, and answer it:',
      commentUrl(ctx, reply),
      '',
      '-- ',
      `You are receiving this because you asked ${oneLine(ctx.site.title)} to tell you about replies`,
      'to your comment. To stop these emails with one click:',
      stop,
    ],
    stop,
  );
}

/** To a journalist on the byline: a comment on their article has been published. */
export function authorMail(
  ctx: MailContext,
  person: StaffMember & { email: string },
  comment: NotifiedComment,
): OutgoingMail {
  const stop = unsubscribeUrl(ctx, { kind: 'comments', personId: person.id });
  return mail(
    person.email,
    `New comment on ${quoted(comment.article.headline)}`,
    [
      `${nameOf(comment.authorName)} commented on your article ${quoted(comment.article.headline)}:`,
      '',
      excerpt(comment.text),
      '',
      'Read it on the site:',
      commentUrl(ctx, comment),
      '',
      'Comments are moderated at:',
      `${ctx.site.url}/admin/comments`,
      '',
      '-- ',
      `You are receiving this because your name is on the byline. To stop mail about comments on`,
      `your articles with one click: ${stop}`,
      `(or untick the setting on your account page: ${ctx.site.url}/admin/account)`,
    ],
    stop,
  );
}

/** To a moderator: the comments held since the last digest that still wait for a decision. */
export function digestMail(
  ctx: MailContext,
  person: StaffMember & { email: string },
  held: LogEntry[],
): OutgoingMail {
  const stop = unsubscribeUrl(ctx, { kind: 'digest', personId: person.id });
  const count = held.length;
  const waiting =
    count === 1
      ? '1 comment is waiting for moderation'
      : `${count} comments are waiting for moderation`;
  const listed = held.slice(0, DIGEST_LIST_LIMIT);
  const items = listed.flatMap((entry, i) => [
    `${i + 1}. ${nameOf(entry.comment.authorName)} on ${quoted(entry.comment.article.headline)}`,
    `   Held because: ${oneLine(entry.reason) || 'no reason was given'}`,
    ...excerpt(entry.comment.text, 200)
      .split('\n')
      .map((line) => `   ${line}`),
    '',
  ]);
  return mail(
    person.email,
    `${oneLine(ctx.site.title)}: ${waiting}`,
    [
      `These comments were held for moderation since the last digest and are still waiting:`,
      '',
      ...items,
      ...(count > listed.length ? [`… and ${count - listed.length} more.`, ''] : []),
      'Approve, spam or trash them at:',
      `${ctx.site.url}/admin/comments`,
      '',
      '-- ',
      'You are receiving this digest because you moderate comments. To stop it with one click:',
      stop,
      `(or untick the setting on your account page: ${ctx.site.url}/admin/account)`,
    ],
    stop,
  );
}
