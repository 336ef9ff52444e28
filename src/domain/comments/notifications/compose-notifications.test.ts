import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  authorMail,
  confirmationMail,
  digestMail,
  DIGEST_LIST_LIMIT,
  excerpt,
  replyMail,
} from './compose-notifications.ts';
import { readNotificationToken } from './notification-token.ts';
import { comment, mailContext, NOW, person, SECRET } from './testing.ts';

const tokenIn = (url: string) => url.split('/').pop()!;
const unsubscribeLink = (headers: Record<string, string> | undefined) => {
  const match = /^<(https:\/\/news\.example\.test\/notifications\/unsubscribe\/[^>]+)>$/.exec(
    headers?.['List-Unsubscribe'] ?? '',
  );
  assert.ok(match, `List-Unsubscribe: ${headers?.['List-Unsubscribe']}`);
  assert.equal(headers?.['List-Unsubscribe-Post'], 'List-Unsubscribe=One-Click');
  return match[1]!;
};

test('the confirmation mail links to a confirm page and can be cancelled in one click', () => {
  const mail = confirmationMail(mailContext, {
    id: 4,
    email: 'rosa@example.net',
    commenterName: 'Rosa Quill',
    commentNumber: 101,
    article: { headline: 'Harbour plan approved', path: '/local/harbour-plan' },
    confirmed: false,
    unsubscribed: false,
  });
  assert.equal(mail.to, 'rosa@example.net');
  assert.match(mail.subject, /Please confirm: replies to your comment on “Harbour plan approved”/);
  const confirm = /https:\/\/news\.example\.test\/notifications\/confirm\/(\S+)/.exec(mail.text);
  assert.deepEqual(readNotificationToken(SECRET, confirm![1]!), {
    kind: 'confirm',
    subscriptionId: 4,
  });
  const stop = unsubscribeLink(mail.headers);
  assert.ok(mail.text.includes(stop), 'the unsubscribe link is in the text too');
  assert.deepEqual(readNotificationToken(SECRET, tokenIn(stop)), {
    kind: 'replies',
    subscriptionId: 4,
  });
  assert.match(mail.text, /https:\/\/news\.example\.test\/local\/harbour-plan#comment-101/);
});

test('a reply mail quotes the reply, links to it, and unsubscribes from that subscription', () => {
  const reply = comment({
    number: 102,
    parentId: 1,
    authorName: 'Tom Vance',
    text: 'Agreed.\n\nMostly.',
  });
  const mail = replyMail(
    mailContext,
    { id: 8, email: 'rosa@example.net', emailKey: 'rosa@example.net' },
    reply,
  );
  assert.equal(mail.subject, 'Tom Vance replied to your comment on “Harbour plan approved”');
  assert.match(mail.text, /> Agreed\.\n>\n> Mostly\./);
  assert.match(mail.text, /\/local\/harbour-plan#comment-102/);
  assert.deepEqual(readNotificationToken(SECRET, tokenIn(unsubscribeLink(mail.headers))), {
    kind: 'replies',
    subscriptionId: 8,
  });
  assert.ok(!mail.text.includes('rosa@example.net'), 'no address in the text');
});

test('an author mail turns off that person’s setting, and a headline cannot break the subject', () => {
  const mail = authorMail(
    mailContext,
    { ...person({ id: 3 }), email: 'ada@newsroom.example.test' },
    comment({ article: { id: 7, headline: 'Line\r\nBcc: victim@example.net', path: '/a/b' } }),
  );
  assert.equal(mail.subject, 'New comment on “Line Bcc: victim@example.net”');
  assert.deepEqual(readNotificationToken(SECRET, tokenIn(unsubscribeLink(mail.headers))), {
    kind: 'comments',
    personId: 3,
  });
  assert.match(mail.text, /https:\/\/news\.example\.test\/admin\/comments/);
});

test('a digest lists each held comment with its reason, and counts what it cannot list', () => {
  const held = Array.from({ length: DIGEST_LIST_LIMIT + 2 }, (_, i) => ({
    logId: i + 1,
    loggedAt: NOW,
    rule: 'previously-approved',
    reason: 'First comment from this commenter',
    comment: comment({ id: i + 1, authorName: `Reader ${i + 1}` }),
  }));
  const mail = digestMail(
    mailContext,
    { ...person({ id: 2, role: 'moderator' }), email: 'mo@x.test' },
    held,
  );
  assert.equal(
    mail.subject,
    `The Test Gazette: ${DIGEST_LIST_LIMIT + 2} comments are waiting for moderation`,
  );
  assert.match(
    mail.text,
    /1\. Reader 1 on “Harbour plan approved”\n {3}Held because: First comment/,
  );
  assert.match(mail.text, /… and 2 more\./);
  assert.deepEqual(readNotificationToken(SECRET, tokenIn(unsubscribeLink(mail.headers))), {
    kind: 'digest',
    personId: 2,
  });
  const one = digestMail(mailContext, { ...person(), email: 'mo@x.test' }, held.slice(0, 1));
  assert.equal(one.subject, 'The Test Gazette: 1 comment is waiting for moderation');
});

test('excerpts are quoted and cut at a word', () => {
  assert.equal(excerpt('short'), '> short');
  const long = excerpt('word '.repeat(200), 50);
  assert.ok(long.length < 60, long);
  assert.match(long, /word …$/);
});
