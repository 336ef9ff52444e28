import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SETTLE_MS, type LogEntry, type NotifiedComment } from './ports.ts';
import { digestRecipients, sendModerationDigest } from './send-moderation-digest.ts';
import { comment, FakeCursor, FakeLog, mailContext, NOW, person } from './testing.ts';

const settled = new Date(NOW.getTime() - SETTLE_MS - 1000);
const hold = (logId: number, c: NotifiedComment): LogEntry => ({
  logId,
  loggedAt: settled,
  rule: 'previously-approved',
  reason: 'First comment from this commenter',
  comment: c,
});

const setup = () => {
  const log = new FakeLog();
  const cursor = new FakeCursor();
  log.people = [
    person({ id: 1, name: 'Mo Derator', email: 'mo@newsroom.example.test', role: 'moderator' }),
    person({ id: 2, name: 'Ed Itor', email: 'ed@newsroom.example.test', role: 'editor' }),
    person({ id: 3, name: 'Au Thor', email: 'au@newsroom.example.test', role: 'author' }),
  ];
  return { log, cursor, deps: { log, cursor, clock: () => NOW, mailContext } };
};

test('one mail per moderator listing every comment still held since the last digest', async () => {
  const { log, cursor, deps } = setup();
  log.holds.push(
    hold(1, comment({ id: 1, status: 'pending', authorName: 'First' })),
    hold(2, comment({ id: 2, status: 'approved', authorName: 'Already approved' })),
    hold(3, comment({ id: 3, status: 'pending', authorName: 'Third' })),
    hold(4, comment({ id: 1, status: 'pending', authorName: 'First' })),
  );
  assert.deepEqual(await sendModerationDigest(deps), { held: 2, mails: 2 });
  assert.deepEqual(
    cursor.queued.map((m) => m.to),
    ['mo@newsroom.example.test', 'ed@newsroom.example.test'],
  );
  const text = cursor.queued[0]!.text;
  assert.match(text, /1\. First/);
  assert.match(text, /2\. Third/);
  assert.doesNotMatch(text, /Already approved/);
  assert.equal(cursor.positions.get('digest'), 4);
});

test('nothing new: no mail', async () => {
  const { log, cursor, deps } = setup();
  assert.deepEqual(await sendModerationDigest(deps), { held: 0, mails: 0 });
  log.holds.push(hold(1, comment({ status: 'approved' })));
  assert.deepEqual(await sendModerationDigest(deps), { held: 0, mails: 0 });
  assert.equal(cursor.positions.get('digest'), 1, 'read past, but nothing to say');
  assert.deepEqual(cursor.queued, []);
});

test('moderators who turned the digest off, or have not taken up their invitation, get none', () => {
  assert.deepEqual(
    digestRecipients([
      person({ id: 1, role: 'moderator', notifyDigest: false }),
      person({ id: 2, role: 'moderator', active: false }),
      person({ id: 3, role: 'owner' }),
      person({ id: 4, role: 'contributor' }),
    ]).map((p) => p.id),
    [3],
  );
});
