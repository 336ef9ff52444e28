import { createHash } from 'node:crypto';
import type { Clock } from '../clock.ts';
import type { EventCounter } from '../counters.ts';
import type { Role } from '../people/roles.ts';
import type { CommentSettings } from '../settings.ts';
import { COMMENT_LIMITS, type CommentStatus } from './comment.ts';
import { renderCommentText } from './comment-text.ts';
import { DEFAULT_RULES } from './moderation/default-rules.ts';
import { DUPLICATE_MESSAGE, noDuplicates } from './moderation/no-duplicates.ts';
import {
  runRules,
  STATUS_FOR_VERDICT,
  type Acceptance,
  type CommentCandidate,
  type CommentHistory,
  type CommentTarget,
  type ModerationRule,
  type Rejection,
  type SpamCheck,
} from './moderation/rule.ts';
import { readFormToken } from './form-token.ts';

/** What arrives from the form, untrusted and unnormalised. */
export interface CommentSubmission {
  articleId: number;
  parentNumber: number | null;
  name: string;
  email: string;
  url: string;
  text: string;
  ip: string;
  userAgent: string;
  /** The field people never see (bots fill it in). */
  honeypot?: string;
  /** The form's signed time stamp. */
  formToken?: string;
  referrer?: string;
}

/** A signed-in staff member; their profile supplies name, email and website. */
export interface StaffCommenter {
  id: number;
  role: Role | null;
  name: string;
  email: string;
}

export interface NewCommentRecord {
  articleId: number;
  parentId: number | null;
  status: CommentStatus;
  authorName: string;
  authorEmail: string;
  authorUrl: string;
  authorIp: string;
  authorUserAgent: string;
  personId: number | null;
  text: string;
  html: string;
  /** Identifies "the same comment" for duplicate detection, enforced by the database too. */
  fingerprint: string;
  createdAt: Date;
}

/** Thrown by the store when the database refuses a duplicate that raced past the rule. */
export class DuplicateCommentError extends Error {
  constructor() {
    super(DUPLICATE_MESSAGE);
    this.name = 'DuplicateCommentError';
  }
}

export interface CommentPorts extends CommentHistory {
  findCommentTarget(articleId: number, now: Date): Promise<CommentTarget | null>;
  findParent(number: number): Promise<CommentCandidate['parent']>;
  /** Stores the comment and the decision in the moderation log, in one transaction. */
  insert(record: NewCommentRecord, decision: Acceptance): Promise<{ id: number; number: number }>;
}

export interface PostCommentDeps {
  comments: CommentPorts;
  counter: EventCounter;
  settings: CommentSettings;
  clock: Clock;
  /** Verifies the form's time stamp. */
  formSecret: string;
  spamCheck?: SpamCheck;
  rules?: readonly ModerationRule[];
}

export type PostCommentResult =
  | {
      ok: true;
      comment: { id: number; number: number; status: CommentStatus };
      decision: Acceptance;
    }
  | { ok: false; status: Rejection['status']; rejections: Rejection[] };

export async function postComment(
  deps: PostCommentDeps,
  submission: CommentSubmission,
  person: StaffCommenter | null = null,
): Promise<PostCommentResult> {
  const now = deps.clock();
  const fields = person
    ? { name: person.name, email: person.email, url: '' }
    : {
        name: cleanName(submission.name),
        email: submission.email.trim(),
        url: normaliseWebsite(submission.url),
      };
  const text = submission.text.replace(/\r\n?/g, '\n').trim();
  const rendered = renderCommentText(text);
  const [article, parent] = await Promise.all([
    deps.comments.findCommentTarget(submission.articleId, now),
    submission.parentNumber === null ? null : deps.comments.findParent(submission.parentNumber),
  ]);
  const userAgent = [...submission.userAgent].slice(0, COMMENT_LIMITS.userAgent).join('');
  const candidate: CommentCandidate = {
    article,
    parentNumber: submission.parentNumber,
    parent,
    ...fields,
    rawUrl: person ? '' : submission.url,
    text,
    linkCount: rendered.linkCount,
    ip: submission.ip,
    userAgent,
    person: person && { id: person.id, role: person.role },
    fingerprint: commentFingerprint(submission.parentNumber, { ...fields, text }),
    honeypot: submission.honeypot ?? '',
    formShownAt: submission.formToken ? readFormToken(deps.formSecret, submission.formToken) : null,
    referrer: (submission.referrer ?? '').slice(0, 2000),
  };

  const result = await runRules(deps.rules ?? DEFAULT_RULES, candidate, {
    settings: deps.settings,
    now,
    counter: deps.counter,
    history: deps.comments,
    ...(deps.spamCheck ? { spamCheck: deps.spamCheck } : {}),
  });
  if (!result.accepted)
    return { ok: false, status: result.rejections[0]!.status, rejections: result.rejections };

  const status = STATUS_FOR_VERDICT[result.decision.outcome];
  const record: NewCommentRecord = {
    articleId: article!.id,
    parentId: parent?.id ?? null,
    status,
    authorName: candidate.name,
    authorEmail: candidate.email,
    authorUrl: candidate.url,
    authorIp: candidate.ip,
    authorUserAgent: candidate.userAgent,
    personId: person?.id ?? null,
    text,
    html: rendered.html,
    fingerprint: candidate.fingerprint,
    createdAt: now,
  };
  try {
    const saved = await deps.comments.insert(record, result.decision);
    return { ok: true, comment: { ...saved, status }, decision: result.decision };
  } catch (error) {
    if (!(error instanceof DuplicateCommentError)) throw error;
    // Two identical submissions at once: the rule saw neither, the database caught the second.
    return {
      ok: false,
      status: 409,
      rejections: [
        {
          outcome: 'reject',
          status: 409,
          code: 'duplicate',
          reason: error.message,
          rule: noDuplicates.name,
        },
      ],
    };
  }
}

/** Tags stripped and whitespace tidied, as WordPress does with the name. */
export function cleanName(name: string): string {
  return name
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * An http(s) address, with `http://` added when the reader typed none; '' when empty or when it
 * cannot be a web address (`javascript:` and friends never get through).
 */
export function normaliseWebsite(input: string): string {
  const typed = input.trim();
  if (typed === '') return '';
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(typed) ? typed : `http://${typed}`;
  try {
    const url = new URL(withScheme);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return '';
    if (!url.hostname.includes('.') && url.hostname !== 'localhost') return '';
    return url.href;
  } catch {
    return '';
  }
}

export function commentFingerprint(
  parentNumber: number | null,
  c: { name: string; email: string; text: string },
): string {
  return createHash('sha256')
    .update(JSON.stringify([parentNumber ?? 0, c.name, c.email.toLowerCase(), c.text]))
    .digest('hex');
}
