// A commenter's right to see and to erase what the site holds about them, found by their email
// address. Who may do it: exporting shows a moderator nothing the moderation queue does not
// already show them (names, addresses, IPs), so it needs `moderate_comments`; erasing cannot be
// undone, can lift a ban and is a decision about the law as much as about comments (is the
// request genuine? must a comment be kept for a complaint?), so it needs `manage_site`: the
// site's owner and administrators. See docs/decisions/0012-commenter-privacy.md.
import { can, type Capability, type Role } from '../../people/roles.ts';
import type { CommentStatus } from '../comment.ts';
import { emailKey } from '../../email.ts';
import { erasureRules, type ErasureRules } from './erasure.ts';

export const EXPORT_CAPABILITY: Capability = 'moderate_comments';
export const ERASE_CAPABILITY: Capability = 'manage_site';

/** Longer than any address the comment form accepts, with room for imported oddities. */
const MAX_ADDRESS_LENGTH = 320;

export interface HeldComment {
  number: number;
  parentNumber: number | null;
  status: CommentStatus;
  kind: string;
  article: { headline: string; path: string };
  name: string;
  email: string;
  website: string;
  ip: string;
  ipTruncatedAt: Date | null;
  userAgent: string;
  text: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface HeldSubscription {
  email: string;
  commentNumber: number;
  article: { headline: string; path: string };
  confirmedAt: Date | null;
  unsubscribedAt: Date | null;
  createdAt: Date;
}

/** A hold or ban a moderator placed on the address. */
export interface HeldMeasure {
  kind: string;
  value: string;
  note: string;
  expiresAt: Date | null;
  createdAt: Date;
}

/** A reader's report of one of their comments (the reporter is not theirs to see). */
export interface HeldReport {
  commentNumber: number;
  reason: string;
  createdAt: Date;
}

/** A decision on one of their comments, by a rule or by a moderator (not named). */
export interface HeldDecision {
  commentNumber: number;
  by: 'rule' | 'moderator';
  rule: string | null;
  from: string | null;
  to: string;
  reason: string;
  at: Date;
}

export interface PersonalData {
  comments: HeldComment[];
  subscriptions: HeldSubscription[];
  measures: HeldMeasure[];
  reportsOnComments: HeldReport[];
  decisions: HeldDecision[];
  /** Queued or sent mail whose job mentions the address. */
  mailMentioning: number;
  /** Entries of the moderation and disallowed word lists that are the address. */
  wordListEntries: number;
  /** The address is a staff account's: that account is not touched here. */
  staffAccount: boolean;
}

export interface ErasureCounts {
  comments: number;
  subscriptions: number;
  measures: number;
  mail: number;
  wordListEntries: number;
}

export interface PrivacyPorts {
  personalData(rules: ErasureRules): Promise<PersonalData>;
  /**
   * Applies `rules` to everything matching `rules.key`, in one transaction, logging each comment
   * erased as a decision by `personId` that leaves its status as it was.
   */
  erase(change: { rules: ErasureRules; personId: number; at: Date }): Promise<ErasureCounts>;
}

export type AddressCheck = { ok: true; key: string } | { ok: false; message: string };

/**
 * The address to look up. Refused when empty above all: erased comments keep an empty address,
 * so looking up '' would find (and "export") every erased comment on the site.
 */
export function addressToLookUp(input: string): AddressCheck {
  const key = emailKey(input);
  if (key === '') return { ok: false, message: 'Enter the email address the commenter used.' };
  if ([...key].length > MAX_ADDRESS_LENGTH)
    return { ok: false, message: 'That is longer than any email address.' };
  return { ok: true, key };
}

type Actor = { id: number; role: Role | null };

export type LookupResult =
  { ok: true; key: string; data: PersonalData } | { ok: false; status: 400 | 403; message: string };

export async function findPersonalData(
  deps: { privacy: PrivacyPorts },
  actor: Actor,
  address: string,
): Promise<LookupResult> {
  if (!can(actor.role, EXPORT_CAPABILITY))
    return { ok: false, status: 403, message: 'You may not see commenters’ personal data.' };
  const check = addressToLookUp(address);
  if (!check.ok) return { ok: false, status: 400, message: check.message };
  return {
    ok: true,
    key: check.key,
    data: await deps.privacy.personalData(erasureRules(check.key)),
  };
}

export type EraseResult =
  | { ok: true; counts: ErasureCounts }
  | {
      ok: false;
      status: 400 | 403;
      field: 'email' | 'confirm' | null;
      message: string;
    };

export async function erasePersonalData(
  deps: { privacy: PrivacyPorts; clock: () => Date },
  actor: Actor,
  request: { address: string; confirmed: boolean },
): Promise<EraseResult> {
  if (!can(actor.role, ERASE_CAPABILITY))
    return {
      ok: false,
      status: 403,
      field: null,
      message: 'Only the site’s owner and administrators may erase personal data.',
    };
  const check = addressToLookUp(request.address);
  if (!check.ok) return { ok: false, status: 400, field: 'email', message: check.message };
  if (!request.confirmed)
    return {
      ok: false,
      status: 400,
      field: 'confirm',
      message: 'Tick the box to confirm: an erasure cannot be undone.',
    };
  const counts = await deps.privacy.erase({
    rules: erasureRules(check.key),
    personId: actor.id,
    at: deps.clock(),
  });
  return { ok: true, counts };
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/**
 * The export a commenter receives: everything held about the address, in plain JSON. Staff who
 * moderated are not named (that is their data, not the commenter's); reporters are not either.
 */
export function personalDataDocument(
  key: string,
  data: PersonalData,
  site: { title: string; url: string },
  exportedAt: Date,
) {
  const url = (path: string) => new URL(path, site.url).toString();
  return {
    about: `Personal data held by ${site.title} (${site.url}) for the email address ${key}`,
    emailAddress: key,
    exportedAt: exportedAt.toISOString(),
    comments: data.comments.map((c) => ({
      number: c.number,
      url: url(`${c.article.path}#comment-${c.number}`),
      article: { headline: c.article.headline, url: url(c.article.path) },
      inReplyTo: c.parentNumber,
      kind: c.kind,
      status: c.status,
      name: c.name,
      email: c.email,
      website: c.website,
      ip: c.ip,
      ipTruncatedAt: iso(c.ipTruncatedAt),
      userAgent: c.userAgent,
      text: c.text,
      createdAt: iso(c.createdAt),
      updatedAt: iso(c.updatedAt),
    })),
    moderationDecisions: data.decisions.map((d) => ({
      comment: d.commentNumber,
      by: d.by === 'rule' ? `rule ${d.rule ?? ''}`.trim() : 'a moderator',
      from: d.from,
      to: d.to,
      reason: d.reason,
      at: iso(d.at),
    })),
    replyNotifications: data.subscriptions.map((s) => ({
      email: s.email,
      comment: s.commentNumber,
      article: { headline: s.article.headline, url: url(s.article.path) },
      confirmedAt: iso(s.confirmedAt),
      unsubscribedAt: iso(s.unsubscribedAt),
      createdAt: iso(s.createdAt),
    })),
    measures: data.measures.map((m) => ({
      kind: m.kind,
      matches: m.value,
      note: m.note,
      expiresAt: iso(m.expiresAt),
      createdAt: iso(m.createdAt),
    })),
    reportsOnTheirComments: data.reportsOnComments.map((r) => ({
      comment: r.commentNumber,
      reason: r.reason,
      createdAt: iso(r.createdAt),
    })),
    reportsFiled: [],
    notes: [
      'Reports a reader files are kept under a one-way identifier of their browser or network, never with an email address, so reports this person filed cannot be found from it and none are listed.',
      'IP addresses are kept whole for a limited time and then cut to their network (/24 for IPv4, /48 for IPv6); ipTruncatedAt says when that happened.',
    ],
  };
}

export type PersonalDataDocument = ReturnType<typeof personalDataDocument>;
