import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createNotificationToken } from './notification-token.ts';
import type { StaffMailSetting } from './ports.ts';
import { FakeSubscriptions, NOW, SECRET } from './testing.ts';
import { describeUnsubscribe, unsubscribe } from './unsubscribe.ts';

const setup = async () => {
  const subscriptions = new FakeSubscriptions(
    new Map([[1, { email: 'rosa@example.net', name: 'Rosa Quill' }]]),
  );
  await subscriptions.createSubscription(1);
  const settings: { personId: number; setting: StaffMailSetting; on: boolean }[] = [];
  const staff = {
    async setStaffMailSetting(personId: number, setting: StaffMailSetting, on: boolean) {
      settings.push({ personId, setting, on });
      return true;
    },
  };
  return {
    subscriptions,
    settings,
    deps: { subscriptions, staff, secret: SECRET, clock: () => NOW },
  };
};

test('describing the link changes nothing; unsubscribing ends that subscription', async () => {
  const { subscriptions, deps } = await setup();
  const token = createNotificationToken(SECRET, { kind: 'replies', subscriptionId: 1 });
  const described = await describeUnsubscribe(deps, token);
  assert.equal(
    described.ok && described.what,
    'emails about replies to your comment on “Harbour plan approved”',
  );
  assert.equal(subscriptions.rows[0]!.unsubscribed, false);
  assert.equal((await unsubscribe(deps, token)).ok, true);
  assert.equal(subscriptions.rows[0]!.unsubscribed, true);
  assert.equal((await unsubscribe(deps, token)).ok, true, 'twice is fine');
});

test('staff links turn off that person’s setting', async () => {
  const { settings, deps } = await setup();
  await unsubscribe(deps, createNotificationToken(SECRET, { kind: 'comments', personId: 4 }));
  await unsubscribe(deps, createNotificationToken(SECRET, { kind: 'digest', personId: 5 }));
  assert.deepEqual(settings, [
    { personId: 4, setting: 'comments', on: false },
    { personId: 5, setting: 'digest', on: false },
  ]);
});

test('a forged link, or a confirm link, unsubscribes nobody', async () => {
  const { subscriptions, settings, deps } = await setup();
  for (const token of [
    'r1.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
    createNotificationToken('another site', { kind: 'replies', subscriptionId: 1 }),
    createNotificationToken(SECRET, { kind: 'confirm', subscriptionId: 1 }),
  ]) {
    const result = await unsubscribe(deps, token);
    assert.equal(result.ok ? null : result.status, 400);
  }
  assert.equal(subscriptions.rows[0]!.unsubscribed, false);
  assert.deepEqual(settings, []);
});

test('on the page a reader can stop replies about all their comments, not another reader’s', async () => {
  const subscriptions = new FakeSubscriptions(
    new Map([
      [1, { email: 'rosa@example.net', name: 'Rosa Quill' }],
      [2, { email: 'Rosa@Example.net', name: 'Rosa Quill' }],
      [3, { email: 'tom@example.net', name: 'Tom Reed' }],
    ]),
  );
  for (const id of [1, 2, 3]) await subscriptions.createSubscription(id);
  const deps = {
    subscriptions,
    staff: { setStaffMailSetting: async () => true },
    secret: SECRET,
    clock: () => NOW,
  };
  const token = createNotificationToken(SECRET, { kind: 'replies', subscriptionId: 1 });
  const result = await unsubscribe(deps, token, { everyComment: true });
  assert.equal(result.ok && result.what, 'emails about replies to any of your comments');
  assert.deepEqual(
    subscriptions.rows.map((r) => r.unsubscribed),
    [true, true, false],
  );
});
