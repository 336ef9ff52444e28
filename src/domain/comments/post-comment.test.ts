import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanName, commentFingerprint, normaliseWebsite } from './post-comment.ts';

test('names lose tags and stray whitespace', () => {
  assert.equal(cleanName('  <b>Rosa</b>\n Quill '), 'Rosa Quill');
});

test('a website without a scheme gets http://, and only http(s) addresses are kept', () => {
  assert.equal(normaliseWebsite('example.net/me'), 'http://example.net/me');
  assert.equal(normaliseWebsite('https://example.net'), 'https://example.net/');
  assert.equal(normaliseWebsite("https://example.net/it's"), "https://example.net/it's");
  assert.equal(normaliseWebsite('javascript:alert(1)'), '');
  assert.equal(normaliseWebsite('mailto:a@example.net'), '');
  assert.equal(normaliseWebsite(''), '');
});

test('the same words from the same person under the same comment share a fingerprint', () => {
  const a = commentFingerprint(null, { name: 'Rosa', email: 'Rosa@Example.net', text: 'Hi' });
  assert.equal(
    a,
    commentFingerprint(null, { name: 'Rosa', email: 'rosa@example.net', text: 'Hi' }),
  );
  assert.notEqual(
    a,
    commentFingerprint(3, { name: 'Rosa', email: 'rosa@example.net', text: 'Hi' }),
  );
  assert.notEqual(
    a,
    commentFingerprint(null, { name: 'Rosa', email: 'rosa@example.net', text: 'Hi!' }),
  );
});
