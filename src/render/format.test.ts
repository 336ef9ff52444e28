import assert from 'node:assert/strict';
import { test } from 'node:test';
import { datelineText, timeView } from './format.ts';

test('a time reads in the site’s language and zone, with a UTC datetime to the second', () => {
  const winter = new Date('2026-01-15T18:05:42.917Z');
  assert.deepEqual(timeView(winter, 'en-GB', 'Europe/London'), {
    iso: '2026-01-15T18:05:42Z',
    text: '15 January 2026 at 18:05 GMT',
  });
  const summer = new Date('2026-07-15T18:05:42Z');
  assert.equal(timeView(summer, 'en-GB', 'Europe/London').text, '15 July 2026 at 19:05 BST');
  assert.match(timeView(summer, 'en-US', 'America/New_York').text, /July 15, 2026.*02:05 PM EDT/);
  // Asked again (remembered), the answer is the same; another zone is not confused with it.
  assert.equal(timeView(summer, 'en-GB', 'Europe/London').text, '15 July 2026 at 19:05 BST');
  assert.equal(timeView(summer, 'en-GB', 'UTC').text, '15 July 2026 at 18:05 UTC');
  assert.equal(
    timeView(new Date(summer.getTime() + 1000), 'en-GB', 'UTC').iso,
    '2026-07-15T18:05:43Z',
  );
});

test('a dateline is the place in capitals, with the date when one is given', () => {
  assert.equal(datelineText({ place: 'Moscow', date: null }, 'en-GB'), 'MOSCOW:');
  assert.equal(
    datelineText({ place: 'Lisbon', date: '2026-11-12' }, 'en-GB'),
    'LISBON, 12 November:',
  );
});
