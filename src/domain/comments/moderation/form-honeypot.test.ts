import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formHoneypot } from './form-honeypot.ts';
import { answerOf, candidate, context } from './testing.ts';

test('a filled hidden field is spam; an empty one passes', async () => {
  assert.equal(
    (await answerOf(formHoneypot, candidate({ honeypot: 'http://spam.example' }), context()))
      ?.outcome,
    'spam',
  );
  assert.equal(await answerOf(formHoneypot, candidate({ honeypot: '' }), context()), undefined);
});
