import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_RULES } from './default-rules.ts';
import { runRules, type ModerationRule } from './rule.ts';
import { candidate, context, history } from './testing.ts';

const answer = (
  name: string,
  a: ReturnType<ModerationRule['check']>,
  checksFields = false,
): ModerationRule => ({ name, checksFields, check: () => a });

test('the first decisive answer wins and names its rule', async () => {
  const rules = [
    answer('passes', undefined),
    answer('holds', { outcome: 'hold', reason: 'held' }),
    answer('trashes', { outcome: 'trash', reason: 'never reached' }),
  ];
  const result = await runRules(rules, candidate(), context());
  assert.deepEqual(result, {
    accepted: true,
    decision: { outcome: 'hold', reason: 'held', rule: 'holds' },
  });
});

test('with no answer the comment is approved by default', async () => {
  const result = await runRules([answer('passes', undefined)], candidate(), context());
  assert.equal(result.accepted && result.decision.rule, 'default');
});

test('problems with several fields are reported together, and later rules do not run', async () => {
  let laterRan = false;
  const rules: ModerationRule[] = [
    answer(
      'name',
      { outcome: 'reject', status: 400, code: 'a', reason: 'name', field: 'author' },
      true,
    ),
    answer('url', undefined, true),
    answer(
      'text',
      { outcome: 'reject', status: 400, code: 'b', reason: 'text', field: 'comment' },
      true,
    ),
    { name: 'later', check: () => ((laterRan = true), undefined) },
  ];
  const result = await runRules(rules, candidate(), context());
  assert.equal(result.accepted, false);
  assert.deepEqual(!result.accepted && result.rejections.map((r) => r.field), [
    'author',
    'comment',
  ]);
  assert.equal(laterRan, false);
});

test('the default list holds a first-time commenter and approves a returning one', async () => {
  const first = await runRules(
    DEFAULT_RULES,
    candidate(),
    context({ history: history({ hasApprovedComment: async () => false }) }),
  );
  assert.equal(first.accepted && first.decision.rule, 'previously-approved');
  const returning = await runRules(DEFAULT_RULES, candidate(), context());
  assert.equal(returning.accepted && returning.decision.outcome, 'approve');
});

test('in the default list a disallowed word wins over every hold', async () => {
  const result = await runRules(
    DEFAULT_RULES,
    candidate({ text: 'cheap pills http://a.example http://b.example', linkCount: 2 }),
    context({
      settings: { disallowedWords: ['cheap pills'], manualModeration: true },
      history: history({ hasApprovedComment: async () => false }),
    }),
  );
  assert.equal(result.accepted && result.decision.outcome, 'trash');
});
