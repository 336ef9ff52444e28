import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ErasureRules } from './erasure.ts';
import {
  addressToLookUp,
  erasePersonalData,
  findPersonalData,
  personalDataDocument,
  type ErasureCounts,
  type PersonalData,
  type PrivacyPorts,
} from './personal-data.ts';

const EMPTY: PersonalData = {
  comments: [],
  subscriptions: [],
  measures: [],
  reportsOnComments: [],
  decisions: [],
  mailMentioning: 0,
  wordListEntries: 0,
  staffAccount: false,
};
const COUNTS: ErasureCounts = {
  comments: 2,
  subscriptions: 1,
  measures: 0,
  mail: 0,
  wordListEntries: 0,
};

/** Records what the use cases ask of storage. */
function fakePorts() {
  const calls: { lookups: string[]; erasures: { key: string; personId: number; at: Date }[] } = {
    lookups: [],
    erasures: [],
  };
  const ports: PrivacyPorts = {
    async personalData(rules: ErasureRules) {
      calls.lookups.push(rules.key);
      return EMPTY;
    },
    async erase({ rules, personId, at }) {
      calls.erasures.push({ key: rules.key, personId, at });
      return COUNTS;
    },
  };
  return { ports, calls };
}

const at = new Date('2026-11-20T12:00:00Z');
const clock = () => at;

test('an empty address is never looked up: erased comments have one', () => {
  assert.deepEqual(addressToLookUp('  '), {
    ok: false,
    message: 'Enter the email address the commenter used.',
  });
  assert.equal(addressToLookUp('x'.repeat(321)).ok, false);
  assert.deepEqual(addressToLookUp(' Rosa@Example.NET '), { ok: true, key: 'rosa@example.net' });
});

test('moderators may look up and export; authors may not', async () => {
  const { ports, calls } = fakePorts();
  const moderator = await findPersonalData(
    { privacy: ports },
    { id: 1, role: 'moderator' },
    'A@B.test',
  );
  assert.equal(moderator.ok, true);
  assert.deepEqual(calls.lookups, ['a@b.test']);
  const author = await findPersonalData({ privacy: ports }, { id: 2, role: 'author' }, 'a@b.test');
  assert.deepEqual(author.ok ? null : author.status, 403);
  assert.equal(calls.lookups.length, 1);
});

test('erasing needs manage_site, an address and the confirmation, in that order', async () => {
  const { ports, calls } = fakePorts();
  const deps = { privacy: ports, clock };
  const moderator = await erasePersonalData(
    deps,
    { id: 1, role: 'moderator' },
    {
      address: 'a@b.test',
      confirmed: true,
    },
  );
  assert.equal(moderator.ok ? 0 : moderator.status, 403);
  const editor = await erasePersonalData(
    deps,
    { id: 1, role: 'editor' },
    {
      address: 'a@b.test',
      confirmed: true,
    },
  );
  assert.equal(editor.ok ? 0 : editor.status, 403);
  const noAddress = await erasePersonalData(
    deps,
    { id: 3, role: 'administrator' },
    {
      address: '',
      confirmed: true,
    },
  );
  assert.equal(noAddress.ok ? null : noAddress.field, 'email');
  const unconfirmed = await erasePersonalData(
    deps,
    { id: 3, role: 'administrator' },
    {
      address: 'a@b.test',
      confirmed: false,
    },
  );
  assert.equal(unconfirmed.ok ? null : unconfirmed.field, 'confirm');
  assert.deepEqual(calls.erasures, []);
  const done = await erasePersonalData(
    deps,
    { id: 3, role: 'owner' },
    {
      address: ' A@B.test',
      confirmed: true,
    },
  );
  assert.deepEqual(done, { ok: true, counts: COUNTS });
  assert.deepEqual(calls.erasures, [{ key: 'a@b.test', personId: 3, at }]);
});

test('the export names the article and comment by full address and names no staff', () => {
  const doc = personalDataDocument(
    'rosa@example.net',
    {
      ...EMPTY,
      comments: [
        {
          number: 12,
          parentNumber: null,
          status: 'approved',
          kind: 'comment',
          article: { headline: 'Talks resume', path: '/world/talks-resume' },
          name: 'Rosa',
          email: 'Rosa@Example.net',
          website: '',
          ip: '192.0.2.1',
          ipTruncatedAt: null,
          userAgent: 'Browser',
          text: 'Hello',
          createdAt: at,
          updatedAt: at,
        },
      ],
      decisions: [
        {
          commentNumber: 12,
          by: 'moderator',
          rule: null,
          from: 'pending',
          to: 'approved',
          reason: 'Fine',
          at,
        },
      ],
    },
    { title: 'The Gazette', url: 'https://news.example.test' },
    at,
  );
  assert.equal(doc.comments[0]!.url, 'https://news.example.test/world/talks-resume#comment-12');
  assert.equal(doc.comments[0]!.article.url, 'https://news.example.test/world/talks-resume');
  assert.equal(doc.comments[0]!.createdAt, '2026-11-20T12:00:00.000Z');
  assert.equal(doc.moderationDecisions[0]!.by, 'a moderator');
  assert.equal(doc.exportedAt, '2026-11-20T12:00:00.000Z');
});
