import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MemoryCounter } from '../../../storage/memory-counter.ts';
import { surgeMode } from './surge-mode.ts';
import { answerOf, candidate, context, history, target } from './testing.ts';

test('past the rate the article switches to surge mode and holds; it stays held', async () => {
  let started = 0;
  const ctx = context({
    counter: new MemoryCounter(() => 0),
    settings: { surge: { comments: 2, minutes: 10 } },
    history: history({ startSurge: async () => void started++ }),
  });
  assert.equal(await answerOf(surgeMode, candidate(), ctx), undefined);
  assert.equal(await answerOf(surgeMode, candidate(), ctx), undefined);
  const third = await answerOf(surgeMode, candidate(), ctx);
  assert.equal(third?.outcome, 'hold');
  assert.equal(started, 1);
  const inSurge = await answerOf(surgeMode, candidate({ article: target({ surge: true }) }), ctx);
  assert.equal(inSurge?.outcome, 'hold');
});

test('a threshold of 0 switches detection off', async () => {
  const ctx = context({
    counter: new MemoryCounter(() => 0),
    settings: { surge: { comments: 0, minutes: 10 } },
  });
  for (let i = 0; i < 5; i++) assert.equal(await answerOf(surgeMode, candidate(), ctx), undefined);
});
