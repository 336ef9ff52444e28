import assert from 'node:assert/strict';
import { test } from 'node:test';
import { confirmSubscription, findSubscriptionToConfirm } from './confirm-subscription.ts';
import { createNotificationToken } from './notification-token.ts';
import { FakeSubscriptions, NOW, SECRET } from './testing.ts';

const setup = async () => {
  const subscriptions = new FakeSubscriptions(
    new Map([[1, { email: 'rosa@example.net', name: 'Rosa Quill' }]]),
  );
  await subscriptions.createSubscription(1);
  return { subscriptions, deps: { subscriptions, secret: SECRET, clock: () => NOW } };
};
const confirmToken = (id: number) =>
  createNotificationToken(SECRET, { kind: 'confirm', subscriptionId: id });

test('looking at the link changes nothing; confirming turns the subscription on', async () => {
  const { subscriptions, deps } = await setup();
  const found = await findSubscriptionToConfirm(deps, confirmToken(1));
  assert.equal(found.ok && found.subscription.article.headline, 'Harbour plan approved');
  assert.equal(subscriptions.rows[0]!.confirmed, false);
  const done = await confirmSubscription(deps, confirmToken(1));
  assert.equal(done.ok, true);
  assert.equal(subscriptions.rows[0]!.confirmed, true);
});

test('confirming after unsubscribing turns it back on: it is the reader’s latest word', async () => {
  const { subscriptions, deps } = await setup();
  await subscriptions.endSubscription(1);
  await confirmSubscription(deps, confirmToken(1));
  assert.equal(subscriptions.rows[0]!.unsubscribed, false);
});

test('a forged token or an unsubscribe token cannot confirm; a removed subscription is 404', async () => {
  const { subscriptions, deps } = await setup();
  for (const token of [
    'c1.forged',
    createNotificationToken('another site', { kind: 'confirm', subscriptionId: 1 }),
    createNotificationToken(SECRET, { kind: 'replies', subscriptionId: 1 }),
  ]) {
    const result = await confirmSubscription(deps, token);
    assert.deepEqual(result.ok ? null : result.status, 400);
  }
  assert.equal(subscriptions.rows[0]!.confirmed, false);
  const gone = await confirmSubscription(deps, confirmToken(99));
  assert.equal(gone.ok ? null : gone.status, 404);
});
