import assert from 'node:assert/strict';
import { test } from 'node:test';
import { commentFingerprint } from '../post-comment.ts';
import {
  ERASED_NAME,
  erasedFingerprint,
  erasureRules,
  REDACTED_ADDRESS,
  type ErasureRules,
} from './erasure.ts';

const rules: ErasureRules = erasureRules('  Rosa.Quill@Example.NET ');

test('the address is matched trimmed and lower-cased, whatever case it was typed in', () => {
  assert.equal(rules.key, 'rosa.quill@example.net');
  assert.ok(rules.mentions('Write to ROSA.QUILL@EXAMPLE.NET please'));
  assert.ok(!rules.mentions('rosa.quill@example.org'));
  assert.ok(!rules.mentions('rosaxquill@example.net'), 'the dot is not a wildcard');
});

test('an empty address cannot be erased: erased rows have one', () => {
  assert.throws(() => erasureRules('   '));
});

test('an erased comment keeps its words, loses its person and has its IP cut', () => {
  const erased = rules.comment({ id: 7, ip: '192.168.0.1', text: 'The harbour plan is sound.' });
  assert.deepEqual(erased, {
    authorName: ERASED_NAME,
    authorEmail: '',
    authorEmailKey: '',
    authorUrl: '',
    authorUserAgent: '',
    authorIp: '192.168.0.0',
    text: 'The harbour plan is sound.',
    html: null,
    fingerprint: erasedFingerprint(7),
  });
  assert.equal(
    rules.comment({ id: 8, ip: '2001:db8:85a3::1', text: 'x' }).authorIp,
    '2001:db8:85a3::',
  );
  assert.equal(rules.comment({ id: 9, ip: 'garbage', text: 'x' }).authorIp, '');
});

test('their own address is taken out of their text, and the text rendered again', () => {
  const erased = rules.comment({
    id: 1,
    ip: '',
    text: 'Mail me at Rosa.Quill@example.net if you disagree.',
  });
  assert.equal(erased.text, `Mail me at ${REDACTED_ADDRESS} if you disagree.`);
  assert.equal(erased.html, `<p>Mail me at ${REDACTED_ADDRESS} if you disagree.</p>`);
});

test('the erased fingerprint identifies nobody, is unique per comment and never a new comment’s', () => {
  const words = { name: ERASED_NAME, email: '', text: 'Agreed.' };
  assert.notEqual(erasedFingerprint(1), erasedFingerprint(2));
  assert.notEqual(erasedFingerprint(1), commentFingerprint(null, words));
  assert.match(erasedFingerprint(1), /^[0-9a-f]{64}$/);
  const a = rules.comment({ id: 1, ip: '', text: 'Agreed.' });
  const b = rules.comment({ id: 2, ip: '', text: 'Agreed.' });
  assert.notEqual(a.fingerprint, b.fingerprint, 'two erased "Agreed." never collide');
});

test('JSON values are redacted everywhere, keys included', () => {
  assert.deepEqual(
    rules.redactJson({
      to: 'desk@example.net',
      text: 'From ROSA.quill@example.net',
      n: 1,
      list: ['rosa.quill@example.net'],
    }),
    { to: 'desk@example.net', text: `From ${REDACTED_ADDRESS}`, n: 1, list: [REDACTED_ADDRESS] },
  );
  assert.ok(rules.mentions({ nested: [{ 'rosa.quill@example.net': true }] }));
  assert.ok(!rules.mentions({ n: 1, b: null }));
});

test('mail: history is deleted, mail to them is not sent, mail about them goes without the address', () => {
  const about = { to: 'desk@example.net', subject: 'Held', text: 'From rosa.quill@example.net' };
  const to = { to: 'Rosa <Rosa.Quill@example.net>', subject: 'A reply', text: 'Hello' };
  assert.deepEqual(rules.job({ status: 'pending', payload: { to: 'x@example.net' } }), {
    action: 'keep',
  });
  assert.deepEqual(rules.job({ status: 'done', payload: about }), { action: 'delete' });
  assert.deepEqual(rules.job({ status: 'failed', payload: to }), { action: 'delete' });
  assert.deepEqual(rules.job({ status: 'pending', payload: to }), { action: 'delete' });
  assert.deepEqual(rules.job({ status: 'pending', payload: about }), {
    action: 'rewrite',
    payload: { ...about, text: `From ${REDACTED_ADDRESS}` },
  });
});

test('word lists lose entries that are the address, and nothing else', () => {
  assert.deepEqual(
    rules.wordList([
      'casino',
      ' ROSA.QUILL@example.net',
      'example.net',
      'rosa.quill@example.net.au',
    ]),
    ['casino', 'example.net', 'rosa.quill@example.net.au'],
  );
});
