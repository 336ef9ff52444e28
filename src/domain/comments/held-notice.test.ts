import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createHeldNoticeToken, readHeldNoticeToken } from './held-notice.ts';

const now = new Date('2026-11-20T12:00:00Z');
const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

test('a token shows its comment until it expires', () => {
  const token = createHeldNoticeToken('secret', 42, later(10));
  assert.equal(readHeldNoticeToken('secret', token, now), 42);
  assert.equal(readHeldNoticeToken('secret', token, later(11)), null);
});

test('a token for another comment, another site, or a forged one shows nothing', () => {
  const token = createHeldNoticeToken('secret', 42, later(10));
  assert.equal(readHeldNoticeToken('other-secret', token, now), null);
  assert.equal(readHeldNoticeToken('secret', token.replace(/^42\./, '43.'), now), null);
  assert.equal(readHeldNoticeToken('secret', 'garbage', now), null);
});
