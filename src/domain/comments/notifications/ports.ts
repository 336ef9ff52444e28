// What the notification use cases need from the outside world: subscriptions, staff settings, the
// moderation log and a way to queue mail. Storage and the jobs layer provide them.
import type { OutgoingMail } from '../../mail.ts';
import type { Role } from '../../people/roles.ts';
import type { CommentStatus } from '../comment.ts';

/** The site, as mail names and links to it. */
export interface MailSite {
  title: string;
  /** The public origin, without a trailing slash: https://news.example.com */
  url: string;
}

/** A reader's request to hear of replies to one of their comments. */
export interface Subscription {
  id: number;
  email: string;
  commenterName: string;
  commentNumber: number;
  article: { headline: string; path: string };
  confirmed: boolean;
  unsubscribed: boolean;
}

export interface SubscriptionPorts {
  /**
   * A new, unconfirmed subscription for the author of the comment, at the address they gave with
   * it; null when there is no such comment or it has no address.
   */
  createSubscription(commentId: number, now: Date): Promise<Subscription | null>;
  findSubscription(id: number): Promise<Subscription | null>;
  /** Confirmed (and active again if it had been ended); false when there is no such one. */
  confirmSubscription(id: number, now: Date): Promise<boolean>;
  /** Ended; false when there is no such subscription. */
  endSubscription(id: number, now: Date): Promise<boolean>;
  /** Ends every subscription at the same address as this one (any case); how many were active. */
  endSubscriptionsAtAddress(id: number, now: Date): Promise<number>;
}

/** The two kinds of mail a staff member can turn off. */
export type StaffMailSetting = 'comments' | 'digest';

export interface StaffSettingPorts {
  /** False when there is no such person. */
  setStaffMailSetting(personId: number, setting: StaffMailSetting, on: boolean): Promise<boolean>;
}

/** A person on the staff (or on a byline), as far as mail about comments goes. */
export interface StaffMember {
  id: number;
  name: string;
  /** Lower-cased, as people's addresses are stored; null for someone without one. */
  email: string | null;
  role: Role | null;
  /** Has chosen a password: an invitation not yet taken up gets no mail. */
  active: boolean;
  notifyComments: boolean;
  notifyDigest: boolean;
}

/** A comment as the notification mails describe it. */
export interface NotifiedComment {
  id: number;
  number: number;
  parentId: number | null;
  /** Its status now, which may differ from the log entry's. */
  status: CommentStatus;
  authorName: string;
  /** The commenter's address, trimmed and lower-cased: no mail to them about their own comment. */
  authorEmailKey: string;
  personId: number | null;
  text: string;
  article: { id: number; headline: string; path: string };
}

/** An entry in the moderation log that moved a comment to a status. */
export interface LogEntry {
  logId: number;
  loggedAt: Date;
  /** The rule that decided, or null when a person did. */
  rule: string | null;
  reason: string;
  comment: NotifiedComment;
}

export interface ApprovalEntry extends LogEntry {
  /** No earlier entry approved this comment. */
  firstApproval: boolean;
}

/** A confirmed, active reply subscription. */
export interface ActiveSubscription {
  id: number;
  email: string;
  emailKey: string;
}

export interface ModerationLogPorts {
  /** Entries that approved a comment, after `logId`, oldest first. */
  approvalsAfter(logId: number, limit: number): Promise<ApprovalEntry[]>;
  /** Entries that held a comment (moved it to pending), after `logId`, oldest first. */
  holdsAfter(logId: number, limit: number): Promise<LogEntry[]>;
  bylineStaff(articleId: number): Promise<StaffMember[]>;
  staff(): Promise<StaffMember[]>;
  activeSubscriptions(commentId: number): Promise<ActiveSubscription[]>;
}

/** How far a notification job has read the log, and the one way to move it on. */
export interface NotificationCursor {
  /** The last log entry handled; null before the job was first set up. */
  read(name: CursorName): Promise<number | null>;
  /**
   * Queues `mails` and moves the cursor from `from` to `to`, both or neither. False (nothing
   * queued) when the cursor is no longer at `from`: another instance got there first.
   */
  advance(name: CursorName, from: number, to: number, mails: OutgoingMail[]): Promise<boolean>;
}

export type CursorName = 'approvals' | 'digest';

/** Mail about comments goes out only once the log entry is this old (see decision 13). */
export const SETTLE_MS = 30_000;
