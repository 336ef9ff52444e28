import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  changeDiscussionRules,
  changeWordLists,
  parseWordList,
  WORD_LIST_LIMITS,
} from './update-comment-settings.ts';

const moderator = { role: 'moderator' as const };
const admin = { role: 'administrator' as const };

test('a word list is one entry per line, trimmed, without blanks or repeats (any case)', () => {
  assert.deepEqual(parseWordList(' free money \r\n\nCasino\ncasino\r\n  \nfree money'), [
    'free money',
    'Casino',
  ]);
});

test('moderators keep the word lists; limits on entries and their length', () => {
  const ok = changeWordLists(moderator, {
    moderationWords: 'free money',
    disallowedWords: 'casino\nreplica watches',
    disallowedAction: 'spam',
  });
  assert.deepEqual(ok, {
    ok: true,
    change: {
      moderationWords: ['free money'],
      disallowedWords: ['casino', 'replica watches'],
      disallowedAction: 'spam',
    },
  });
  const tooMany = changeWordLists(moderator, {
    moderationWords: Array.from({ length: WORD_LIST_LIMITS.entries + 1 }, (_, i) => `w${i}`).join(
      '\n',
    ),
    disallowedWords: '',
    disallowedAction: 'trash',
  });
  assert.equal(tooMany.ok, false);
  assert.equal(!tooMany.ok && tooMany.field, 'moderationWords');
  const tooLong = changeWordLists(moderator, {
    moderationWords: '',
    disallowedWords: 'x'.repeat(WORD_LIST_LIMITS.length + 1),
    disallowedAction: 'trash',
  });
  assert.equal(!tooLong.ok && tooLong.field, 'disallowedWords');
  const badAction = changeWordLists(moderator, {
    moderationWords: '',
    disallowedWords: '',
    disallowedAction: 'delete',
  });
  assert.equal(!badAction.ok && badAction.status, 400);
  const author = changeWordLists(
    { role: 'author' },
    {
      moderationWords: '',
      disallowedWords: '',
      disallowedAction: 'trash',
    },
  );
  assert.equal(!author.ok && author.status, 403);
});

const rules = {
  maxLinks: '2',
  floodSeconds: '15',
  minSubmitSeconds: '3',
  perIpPerHour: '30',
  perEmailPerHour: '15',
  surgeComments: '40',
  surgeMinutes: '10',
  reportThreshold: '3',
  digestMinutes: '15',
  ipRetentionDays: '30',
  manualModeration: false,
  previouslyApproved: true,
  spamCheckEnabled: false,
  spamCheckUrl: 'https://rest.akismet.com/1.1/comment-check',
  spamCheckKey: '',
};

test('the discussion rules are for administrators, each number within its bounds', () => {
  const ok = changeDiscussionRules(admin, { ...rules, reportThreshold: '5', surgeComments: '0' });
  assert.equal(ok.ok, true);
  assert.equal(ok.ok && ok.change.comments.reportThreshold, 5);
  assert.deepEqual(ok.ok && ok.change.comments.surge, { comments: 0, minutes: 10 });
  assert.deepEqual(ok.ok && ok.change.privacy, { ipRetentionDays: 30 });
  const keepNoIps = changeDiscussionRules(admin, { ...rules, ipRetentionDays: '0' });
  assert.deepEqual(keepNoIps.ok && keepNoIps.change.privacy, { ipRetentionDays: 0 });
  assert.equal(changeDiscussionRules(moderator, rules).ok, false);
  for (const [field, value] of [
    ['reportThreshold', '0'],
    ['perIpPerHour', '-1'],
    ['floodSeconds', '1.5'],
    ['surgeMinutes', ''],
    ['maxLinks', 'many'],
    ['digestMinutes', '0'],
    ['ipRetentionDays', '3651'],
  ] as const) {
    const result = changeDiscussionRules(admin, { ...rules, [field]: value });
    assert.equal(!result.ok && result.field, field, `${field}=${value}`);
    assert.equal(!result.ok && result.status, 400);
  }
});

test('the spam check needs an http(s) address and a key before it is turned on', () => {
  const noKey = changeDiscussionRules(admin, { ...rules, spamCheckEnabled: true });
  assert.equal(!noKey.ok && noKey.field, 'spamCheckKey');
  const badUrl = changeDiscussionRules(admin, { ...rules, spamCheckUrl: 'javascript:alert(1)' });
  assert.equal(!badUrl.ok && badUrl.field, 'spamCheckUrl');
  const on = changeDiscussionRules(admin, { ...rules, spamCheckEnabled: true, spamCheckKey: 'k' });
  assert.deepEqual(on.ok && on.change.comments.spamCheck, {
    enabled: true,
    url: 'https://rest.akismet.com/1.1/comment-check',
    key: 'k',
  });
});
