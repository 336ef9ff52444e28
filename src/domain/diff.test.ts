import assert from 'node:assert/strict';
import { test } from 'node:test';
import { diffWords } from './diff.ts';

test('a word changed, added and removed', () => {
  assert.deepEqual(
    diffWords('The strike enters its third week', 'The dock strike enters its fourth week'),
    [
      { kind: 'same', text: 'The ' },
      { kind: 'added', text: 'dock ' },
      { kind: 'same', text: 'strike enters its ' },
      { kind: 'removed', text: 'third' },
      { kind: 'added', text: 'fourth' },
      { kind: 'same', text: ' week' },
    ],
  );
});

test('identical and empty texts', () => {
  assert.deepEqual(diffWords('same words', 'same words'), [{ kind: 'same', text: 'same words' }]);
  assert.deepEqual(diffWords('', 'new'), [{ kind: 'added', text: 'new' }]);
  assert.deepEqual(diffWords('old', ''), [{ kind: 'removed', text: 'old' }]);
});
