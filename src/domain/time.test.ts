import assert from 'node:assert/strict';
import { test } from 'node:test';
import { instantToZoned, wallClockTime, zonedToInstant } from './time.ts';

test('wall-clock times in a zone become instants, across daylight saving', () => {
  assert.equal(
    zonedToInstant('2026-01-15T06:00', 'Europe/London')?.toISOString(),
    '2026-01-15T06:00:00.000Z',
  );
  assert.equal(
    zonedToInstant('2026-07-15T06:00', 'Europe/London')?.toISOString(),
    '2026-07-15T05:00:00.000Z',
  );
  assert.equal(
    zonedToInstant('2026-07-15T06:00', 'America/New_York')?.toISOString(),
    '2026-07-15T10:00:00.000Z',
  );
  assert.equal(
    zonedToInstant('2026-03-29T01:30', 'Europe/London')?.toISOString(),
    '2026-03-29T01:30:00.000Z',
  );
  assert.equal(
    zonedToInstant('2026-11-27T06:00', 'Asia/Kolkata')?.toISOString(),
    '2026-11-27T00:30:00.000Z',
  );
  assert.equal(zonedToInstant('not a time', 'UTC'), null);
});

test('instants show as wall-clock times in the zone', () => {
  assert.equal(
    instantToZoned(new Date('2026-07-15T05:00:00Z'), 'Europe/London'),
    '2026-07-15T06:00',
  );
  assert.equal(instantToZoned(new Date('2026-01-15T06:00:00Z'), 'UTC'), '2026-01-15T06:00');
});

test('the wall clock to the second, as WordPress exports write it', () => {
  assert.equal(
    wallClockTime(new Date('2026-03-01T23:30:59.900Z'), 'America/New_York'),
    '2026-03-01T18:30:59',
  );
  assert.equal(
    wallClockTime(new Date('2026-12-31T23:59:59Z'), 'Asia/Kolkata'),
    '2027-01-01T05:29:59',
  );
});
