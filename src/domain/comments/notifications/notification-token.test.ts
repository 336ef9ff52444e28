import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createNotificationToken, readNotificationToken } from './notification-token.ts';

test('a token names what it acts on, and only that', () => {
  for (const target of [
    { kind: 'confirm', subscriptionId: 12 },
    { kind: 'replies', subscriptionId: 12 },
    { kind: 'comments', personId: 3 },
    { kind: 'digest', personId: 3 },
  ] as const)
    assert.deepEqual(
      readNotificationToken('secret', createNotificationToken('secret', target)),
      target,
    );
});

test('the confirm and unsubscribe links of one subscription are different tokens', () => {
  const confirm = createNotificationToken('secret', { kind: 'confirm', subscriptionId: 5 });
  const stop = createNotificationToken('secret', { kind: 'replies', subscriptionId: 5 });
  assert.notEqual(confirm, stop);
  // Changing the kind letter (or the id) breaks the signature.
  assert.equal(readNotificationToken('secret', `r${confirm.slice(1)}`), null);
  assert.equal(readNotificationToken('secret', confirm.replace(/^c5\./, 'c6.')), null);
});

test('forged, mangled or foreign tokens are refused', () => {
  const token = createNotificationToken('secret', { kind: 'replies', subscriptionId: 9 });
  assert.equal(readNotificationToken('another site', token), null);
  assert.equal(readNotificationToken('secret', token.slice(0, -1)), null);
  assert.equal(readNotificationToken('secret', `${token}x`), null);
  assert.equal(readNotificationToken('secret', ''), null);
  assert.equal(readNotificationToken('secret', 'r9.not-a-signature'), null);
  assert.equal(readNotificationToken('secret', 'x9.' + token.split('.')[1]), null);
});
