import assert from 'node:assert/strict';
import { test } from 'node:test';
import { subscribeToReplies } from './subscribe-to-replies.ts';
import { FakeMail, FakeSubscriptions, mailContext, NOW } from './testing.ts';

const setup = () => {
  const subscriptions = new FakeSubscriptions(
    new Map([
      [1, { email: 'rosa@example.net', name: 'Rosa Quill' }],
      [2, { email: '', name: 'Anonymous' }],
    ]),
  );
  const mail = new FakeMail();
  return { subscriptions, mail, deps: { subscriptions, mail, clock: () => NOW, mailContext } };
};

test('a published or held comment gets an unconfirmed subscription and one confirmation mail', async () => {
  for (const status of ['approved', 'pending'] as const) {
    const { subscriptions, mail, deps } = setup();
    assert.equal(await subscribeToReplies(deps, { id: 1, status }), true);
    assert.equal(subscriptions.rows.length, 1);
    assert.equal(subscriptions.rows[0]!.confirmed, false);
    assert.equal(mail.sent.length, 1);
    assert.equal(mail.sent[0]!.to, 'rosa@example.net');
    assert.match(mail.sent[0]!.subject, /Please confirm/);
  }
});

test('spam and trash get neither: the form cannot be used to mail strangers', async () => {
  for (const status of ['spam', 'trash'] as const) {
    const { subscriptions, mail, deps } = setup();
    assert.equal(await subscribeToReplies(deps, { id: 1, status }), false);
    assert.equal(subscriptions.rows.length, 0);
    assert.equal(mail.sent.length, 0);
  }
});

test('a comment without an address gets no subscription', async () => {
  const { mail, deps } = setup();
  assert.equal(await subscribeToReplies(deps, { id: 2, status: 'approved' }), false);
  assert.equal(mail.sent.length, 0);
});
