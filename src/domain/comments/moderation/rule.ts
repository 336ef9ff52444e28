// Moderation is an ordered list of small rules run on a candidate comment. Each rule looks at the
// candidate and either passes (undefined) or answers; the first decisive answer wins and is
// written to the moderation log with the rule's name and reason.
import type { Role } from '../../people/roles.ts';
import type { CommentSettings } from '../../settings.ts';
import type { EventCounter } from '../../counters.ts';
import type { CommentField, CommentStatus } from '../comment.ts';

export type Verdict = 'approve' | 'hold' | 'spam' | 'trash';

/** The status a verdict puts the comment in. */
export const STATUS_FOR_VERDICT: Record<Verdict, CommentStatus> = {
  approve: 'approved',
  hold: 'pending',
  spam: 'spam',
  trash: 'trash',
};

export type RejectStatus = 400 | 403 | 404 | 409 | 429;

export type RuleAnswer =
  | { outcome: Verdict; reason: string }
  | {
      outcome: 'reject';
      status: RejectStatus;
      code: string;
      /** Shown to the commenter. */
      reason: string;
      /** The form field the problem is in, when there is one. */
      field?: CommentField;
      retryAfterSeconds?: number;
    };

export type Decision = RuleAnswer & { rule: string };
export type Rejection = Extract<Decision, { outcome: 'reject' }>;
export type Acceptance = Exclude<Decision, { outcome: 'reject' }>;

/** The article a comment is for, as far as the rules care. */
export interface CommentTarget {
  id: number;
  /** Published and its publication time has come. */
  readable: boolean;
  commentsOpen: boolean;
  /** The article holds every comment for a moderator. */
  holdAll: boolean;
  /** Comments came too fast: every comment is held until a moderator switches this off. */
  surge: boolean;
  /** The article's path (/section/slug), for the spam check. */
  path: string;
  /** People in the byline: their comments on it are approved outright. */
  bylinePersonIds: number[];
}

/** A signed-in staff member commenting (e.g. replying from the moderation desk). */
export interface CommentingPerson {
  id: number;
  role: Role | null;
}

export interface CommentCandidate {
  /** Null when the article does not exist. */
  article: CommentTarget | null;
  /** The number the commenter replied to, if any. */
  parentNumber: number | null;
  /** The comment replied to, when it exists. */
  parent: { id: number; articleId: number; status: CommentStatus } | null;
  name: string;
  email: string;
  url: string;
  text: string;
  /** Links in the rendered text (bare URLs count: they are autolinked). */
  linkCount: number;
  ip: string;
  userAgent: string;
  person: CommentingPerson | null;
  /** The website as typed, before normalising, for the error message. */
  rawUrl: string;
  /** Identifies "the same comment" (parent, name, email, text) for duplicate detection. */
  fingerprint: string;
  /** What a bot typed into the field people never see; '' from people. */
  honeypot: string;
  /** When the form was shown, from its signed token; null when missing or forged. */
  formShownAt: Date | null;
  /** The page the form was on, as the browser said. */
  referrer: string;
}

/** What rules may ask of the rest of the system. */
export interface RuleContext {
  settings: CommentSettings;
  now: Date;
  counter: EventCounter;
  history: CommentHistory;
  /** The Akismet-compatible check, when configured. */
  spamCheck?: SpamCheck;
}

/** An outside opinion on whether a comment is spam: true, false, or null when unavailable. */
export type SpamCheck = (candidate: CommentCandidate) => Promise<boolean | null>;

/** Moderators' measures in force against a commenter's email address or IP. */
export interface CommenterMeasure {
  kind: 'hold' | 'ban';
  note: string;
  expiresAt: Date | null;
}

export interface CommentHistory {
  /** Whether a comment not in the trash has this fingerprint on the article. */
  isDuplicate(articleId: number, fingerprint: string): Promise<boolean>;
  /** Whether this commenter (account, or name + email) has an approved comment. */
  hasApprovedComment(who: { personId: number } | { name: string; email: string }): Promise<boolean>;
  /** Whether a staff account uses this email. */
  isStaffEmail(email: string): Promise<boolean>;
  /** Holds and bans in force now against this email (any case) or IP. */
  findMeasures(who: { email: string; ip: string }, now: Date): Promise<CommenterMeasure[]>;
  /** Switches the article to surge mode (holding every comment). */
  startSurge(articleId: number, now: Date): Promise<void>;
}

export interface ModerationRule {
  name: string;
  /** Checks form fields; its refusals carry a `field` and are gathered with its neighbours'. */
  checksFields?: boolean;
  check(
    candidate: CommentCandidate,
    context: RuleContext,
  ): RuleAnswer | RuleAnswer[] | undefined | Promise<RuleAnswer | RuleAnswer[] | undefined>;
}

export type RuleListResult =
  { accepted: true; decision: Acceptance } | { accepted: false; rejections: Rejection[] };

export const DEFAULT_DECISION: Acceptance = {
  outcome: 'approve',
  rule: 'default',
  reason: 'No rule held it',
};

/**
 * Runs the rules in order. The first decisive answer wins, with one kindness: problems found by
 * consecutive field rules are gathered, so a reader fixes every field in one go. Once a field
 * problem is found no other kind of rule runs (a refused comment must not count as a post).
 */
export async function runRules(
  rules: readonly ModerationRule[],
  candidate: CommentCandidate,
  context: RuleContext,
): Promise<RuleListResult> {
  const fieldProblems: Rejection[] = [];
  for (const rule of rules) {
    if (fieldProblems.length > 0 && !rule.checksFields) break;
    const raw = await rule.check(candidate, context);
    const answers = (Array.isArray(raw) ? raw : raw ? [raw] : []).map((a): Decision => ({
      ...a,
      rule: rule.name,
    }));
    if (answers.length === 0) continue;
    const fields = answers.filter((a): a is Rejection => a.outcome === 'reject' && !!a.field);
    if (rule.checksFields && fields.length === answers.length) {
      fieldProblems.push(...fields);
      continue;
    }
    const first = answers[0]!;
    return first.outcome === 'reject'
      ? { accepted: false, rejections: [first] }
      : { accepted: true, decision: first };
  }
  if (fieldProblems.length > 0) return { accepted: false, rejections: fieldProblems };
  return { accepted: true, decision: DEFAULT_DECISION };
}
