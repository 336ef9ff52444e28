import assert from 'node:assert/strict';
import { test } from 'node:test';
import { authorRecipients, notifyApprovedComments } from './notify-approved-comments.ts';
import { SETTLE_MS, type ApprovalEntry, type NotifiedComment } from './ports.ts';
import { comment, FakeCursor, FakeLog, mailContext, NOW, person } from './testing.ts';

const settled = new Date(NOW.getTime() - SETTLE_MS - 1000);

const approval = (logId: number, c: NotifiedComment, extra: Partial<ApprovalEntry> = {}) => ({
  logId,
  loggedAt: settled,
  rule: null,
  reason: 'Approved by a moderator',
  firstApproval: true,
  comment: c,
  ...extra,
});

const setup = () => {
  const log = new FakeLog();
  const cursor = new FakeCursor();
  log.byline.set(7, [person({ id: 1 })]);
  return { log, cursor, deps: { log, cursor, clock: () => NOW, mailContext } };
};

test('a first approval mails the byline and the parent’s subscribers, once', async () => {
  const { log, cursor, deps } = setup();
  log.subscriptions.set(1, [{ id: 9, email: 'Rosa@Example.net', emailKey: 'rosa@example.net' }]);
  log.approvals.push(
    approval(
      5,
      comment({ id: 2, number: 102, parentId: 1, authorName: 'Tom', authorEmailKey: 'tom@x.test' }),
    ),
  );
  assert.deepEqual(await notifyApprovedComments(deps), { entries: 1, mails: 2 });
  assert.deepEqual(
    cursor.queued.map((m) => [m.to, m.subject]),
    [
      ['ada@newsroom.example.test', 'New comment on “Harbour plan approved”'],
      ['Rosa@Example.net', 'Tom replied to your comment on “Harbour plan approved”'],
    ],
  );
  assert.equal(cursor.positions.get('approvals'), 5);
  assert.deepEqual(await notifyApprovedComments(deps), { entries: 0, mails: 0 }, 'not twice');
  assert.equal(cursor.queued.length, 2);
});

test('later approvals, imports, and comments no longer approved mail nobody', async () => {
  const { log, cursor, deps } = setup();
  log.approvals.push(
    approval(1, comment(), { firstApproval: false }),
    approval(2, comment({ id: 2 }), { rule: 'import:wordpress' }),
    approval(3, comment({ id: 3, status: 'trash' })),
  );
  assert.deepEqual(await notifyApprovedComments(deps), { entries: 3, mails: 0 });
  assert.equal(cursor.positions.get('approvals'), 3, 'the cursor still moves past them');
});

test('a reader replying to their own comment is not told about it', async () => {
  const { log, cursor, deps } = setup();
  log.subscriptions.set(1, [{ id: 9, email: 'rosa@example.net', emailKey: 'rosa@example.net' }]);
  log.approvals.push(
    approval(1, comment({ id: 2, parentId: 1, authorEmailKey: 'rosa@example.net' })),
  );
  await notifyApprovedComments(deps);
  assert.deepEqual(
    cursor.queued.map((m) => m.to),
    ['ada@newsroom.example.test'],
  );
});

test('entries younger than the settling time wait for the next run', async () => {
  const { log, cursor, deps } = setup();
  log.approvals.push(approval(1, comment()), approval(2, comment({ id: 2 }), { loggedAt: NOW }));
  assert.deepEqual(await notifyApprovedComments(deps), { entries: 1, mails: 1 });
  assert.equal(cursor.positions.get('approvals'), 1);
  const later = { ...deps, clock: () => new Date(NOW.getTime() + SETTLE_MS) };
  assert.deepEqual(await notifyApprovedComments(later), { entries: 1, mails: 1 });
});

test('when another instance moved the cursor first, nothing is sent here', async () => {
  const { log, cursor, deps } = setup();
  log.approvals.push(approval(1, comment()));
  cursor.lose = true;
  assert.deepEqual(await notifyApprovedComments(deps), { entries: 1, mails: 0 });
  assert.deepEqual(cursor.queued, []);
});

test('reads the log in batches until it is done', async () => {
  const { log, cursor, deps } = setup();
  for (let i = 1; i <= 7; i++) log.approvals.push(approval(i, comment({ id: i })));
  assert.deepEqual(await notifyApprovedComments({ ...deps, batchSize: 3 }), {
    entries: 7,
    mails: 7,
  });
  assert.equal(cursor.positions.get('approvals'), 7);
});

test('authors: a working account with an address and the setting on, never about their own comment', () => {
  const c = comment({ personId: 5, authorEmailKey: 'self@newsroom.example.test' });
  const names = authorRecipients(
    [
      person({ id: 1, name: 'Wants it' }),
      person({ id: 2, name: 'Setting off', notifyComments: false }),
      person({ id: 3, name: 'Invited', active: false }),
      person({ id: 4, name: 'No address', email: null }),
      person({ id: 5, name: 'Wrote it', email: 'other@newsroom.example.test' }),
      person({ id: 6, name: 'Same address', email: 'self@newsroom.example.test' }),
      person({ id: 7, name: 'No role any more', role: null }),
    ],
    c,
  ).map((p) => p.name);
  assert.deepEqual(names, ['Wants it']);
});
