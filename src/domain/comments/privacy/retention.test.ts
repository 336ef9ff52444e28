import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ipRetentionCutoff, nextRetentionRun } from './retention.ts';

const now = new Date('2026-11-20T12:00:00Z');

test('addresses are kept whole for the configured number of days', () => {
  assert.equal(ipRetentionCutoff(now, 30).toISOString(), '2026-10-21T12:00:00.000Z');
  assert.equal(ipRetentionCutoff(now, 1).toISOString(), '2026-11-19T12:00:00.000Z');
  assert.equal(ipRetentionCutoff(now, 0).toISOString(), now.toISOString(), '0 keeps none');
});

test('a broken setting falls back to the default of 30 days, never to "for ever"', () => {
  for (const days of [NaN, -1, Infinity])
    assert.equal(ipRetentionCutoff(now, days).toISOString(), '2026-10-21T12:00:00.000Z');
});

test('the job comes back a day later', () => {
  assert.equal(nextRetentionRun(now).toISOString(), '2026-11-21T12:00:00.000Z');
});
