// Builders for the rule tests beside each rule: a plausible guest comment and a context with a
// fake history, each overridable.
import { DEFAULT_COMMENT_SETTINGS, type CommentSettings } from '../../settings.ts';
import type { EventCounter } from '../../counters.ts';
import type {
  CommentCandidate,
  CommentHistory,
  CommentTarget,
  ModerationRule,
  RuleAnswer,
  RuleContext,
} from './rule.ts';

/** The article a candidate comment is for: open, published, by person 7. */
export const target = (overrides: Partial<CommentTarget> = {}): CommentTarget => ({
  id: 1,
  readable: true,
  commentsOpen: true,
  holdAll: false,
  surge: false,
  path: '/world/harbour',
  bylinePersonIds: [7],
  ...overrides,
});

export function candidate(overrides: Partial<CommentCandidate> = {}): CommentCandidate {
  return {
    article: target(),
    parentNumber: null,
    parent: null,
    name: 'Rosa Quill',
    email: 'rosa@example.net',
    url: '',
    rawUrl: '',
    text: 'A thoughtful remark about the harbour.',
    linkCount: 0,
    ip: '203.0.113.9',
    userAgent: 'Mozilla/5.0 (test)',
    person: null,
    fingerprint: 'f1',
    honeypot: '',
    formShownAt: new Date('2026-11-20T11:59:00Z'),
    referrer: 'https://news.example.test/world/harbour',
    ...overrides,
  };
}

export const history = (overrides: Partial<CommentHistory> = {}): CommentHistory => ({
  isDuplicate: async () => false,
  hasApprovedComment: async () => true,
  isStaffEmail: async () => false,
  findMeasures: async () => [],
  startSurge: async () => {},
  ...overrides,
});

export const unlimitedCounter: EventCounter = {
  take: async () => ({ allowed: true, retryAfterMs: 0 }),
};

export function context(
  overrides: Omit<Partial<RuleContext>, 'settings'> & { settings?: Partial<CommentSettings> } = {},
): RuleContext {
  return {
    now: new Date('2026-11-20T12:00:00Z'),
    counter: unlimitedCounter,
    history: history(),
    ...overrides,
    settings: { ...DEFAULT_COMMENT_SETTINGS, ...overrides.settings },
  };
}

/** The one answer a rule gives (or undefined), awaited; fails the test on a list. */
export async function answerOf(
  rule: ModerationRule,
  c: CommentCandidate,
  ctx: RuleContext,
): Promise<RuleAnswer | undefined> {
  const answer = await rule.check(c, ctx);
  if (Array.isArray(answer)) throw new Error(`${rule.name} answered with a list`);
  return answer;
}

/** Every answer a rule gives, as a list. */
export async function answersOf(
  rule: ModerationRule,
  c: CommentCandidate,
  ctx: RuleContext,
): Promise<RuleAnswer[]> {
  const answer = await rule.check(c, ctx);
  return Array.isArray(answer) ? answer : answer ? [answer] : [];
}
