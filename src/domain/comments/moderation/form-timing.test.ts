import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formTiming } from './form-timing.ts';
import { answerOf, candidate, context } from './testing.ts';

const now = new Date('2026-11-20T12:00:00Z');
const shown = (secondsAgo: number) => new Date(now.getTime() - secondsAgo * 1000);

test('sent faster than a person can is spam; a person’s pace passes', async () => {
  assert.equal(
    (await answerOf(formTiming, candidate({ formShownAt: shown(1) }), context({ now })))?.outcome,
    'spam',
  );
  assert.equal(
    await answerOf(formTiming, candidate({ formShownAt: shown(4) }), context({ now })),
    undefined,
  );
});

test('without a valid time stamp the comment is held', async () => {
  assert.equal(
    (await answerOf(formTiming, candidate({ formShownAt: null }), context({ now })))?.outcome,
    'hold',
  );
});

test('the minimum is a setting; 0 switches the check off', async () => {
  const off = context({ now, settings: { minSubmitSeconds: 0 } });
  assert.equal(await answerOf(formTiming, candidate({ formShownAt: null }), off), undefined);
});
