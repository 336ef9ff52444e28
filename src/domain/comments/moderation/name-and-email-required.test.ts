import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nameAndEmailRequired } from './name-and-email-required.ts';
import { answersOf, candidate, context } from './testing.ts';

const fields = async (c: Parameters<typeof candidate>[0], settings = {}) =>
  (await answersOf(nameAndEmailRequired, candidate(c), context({ settings }))).map((a) =>
    a.outcome === 'reject' ? `${a.field}:${a.code}:${a.status}` : a.outcome,
  );

test('a name and a plausible email pass', async () => {
  assert.deepEqual(await fields({}), []);
  assert.deepEqual(await fields({ email: 'o.brien+news@mail.example.co.uk' }), []);
});

test('missing name and missing email are both reported, each at its field, as 400', async () => {
  assert.deepEqual(await fields({ name: '', email: '' }), [
    'author:name_required:400',
    'email:email_required:400',
  ]);
});

test('an email that does not look like one is refused', async () => {
  for (const email of ['rosa', 'rosa@', 'rosa@example', 'ro sa@example.net', '<a>@example.net'])
    assert.deepEqual(await fields({ email }), ['email:email_invalid:400'], email);
});

test('with the requirement switched off, name and email may be empty but not malformed', async () => {
  const off = { requireNameEmail: false };
  assert.deepEqual(await fields({ name: '', email: '' }, off), []);
  assert.deepEqual(await fields({ email: 'nope' }, off), ['email:email_invalid:400']);
});

test('signed-in staff use their profile and are not asked', async () => {
  assert.deepEqual(await fields({ name: '', email: '', person: { id: 1, role: 'editor' } }), []);
});
