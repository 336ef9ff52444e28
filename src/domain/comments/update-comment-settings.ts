import { can, type Role } from '../people/roles.ts';
import type { CommentSettings, PrivacySettings } from '../settings.ts';

/** The most entries a word list holds, and the longest entry. */
export const WORD_LIST_LIMITS = { entries: 1000, length: 100 } as const;

export type WordListsChange = Pick<
  CommentSettings,
  'moderationWords' | 'disallowedWords' | 'disallowedAction'
>;

export type SettingsResult<T> =
  { ok: true; change: T } | { ok: false; status: 400 | 403; field: string | null; reason: string };

/** One entry per line; blank lines and repeats dropped; order kept as typed. */
export function parseWordList(text: string): string[] {
  const seen = new Set<string>();
  const words: string[] = [];
  for (const line of text.split(/\r\n?|\n/)) {
    const word = line.trim();
    const key = word.toLowerCase();
    if (word === '' || seen.has(key)) continue;
    seen.add(key);
    words.push(word);
  }
  return words;
}

/**
 * Moderators keep the word lists: words that hold a comment, and words that send it to the trash
 * or spam. Matching (after Unicode normalisation and look-alike folding) is the rules' business.
 */
export function changeWordLists(
  person: { role: Role | null },
  input: { moderationWords: string; disallowedWords: string; disallowedAction: string },
): SettingsResult<WordListsChange> {
  if (!can(person.role, 'moderate_comments'))
    return { ok: false, status: 403, field: null, reason: 'You may not change the word lists.' };
  const lists = {
    moderationWords: parseWordList(input.moderationWords),
    disallowedWords: parseWordList(input.disallowedWords),
  };
  for (const [field, words] of Object.entries(lists)) {
    if (words.length > WORD_LIST_LIMITS.entries)
      return {
        ok: false,
        status: 400,
        field,
        reason: `A list can hold at most ${WORD_LIST_LIMITS.entries.toLocaleString('en')} entries.`,
      };
    const long = words.find((w) => [...w].length > WORD_LIST_LIMITS.length);
    if (long)
      return {
        ok: false,
        status: 400,
        field,
        reason: `Each entry can be at most ${WORD_LIST_LIMITS.length} characters (“${[...long].slice(0, 20).join('')}…” is longer).`,
      };
  }
  if (input.disallowedAction !== 'trash' && input.disallowedAction !== 'spam')
    return {
      ok: false,
      status: 400,
      field: 'disallowedAction',
      reason: 'Choose trash or spam for disallowed words.',
    };
  return { ok: true, change: { ...lists, disallowedAction: input.disallowedAction } };
}

/** The rules form saves comment settings and how long commenters' IP addresses are kept. */
export interface DiscussionRulesChange {
  comments: DiscussionCommentRules;
  privacy: Pick<PrivacySettings, 'ipRetentionDays'>;
}

type DiscussionCommentRules = Pick<
  CommentSettings,
  | 'manualModeration'
  | 'previouslyApproved'
  | 'maxLinks'
  | 'floodSeconds'
  | 'minSubmitSeconds'
  | 'rateLimits'
  | 'surge'
  | 'reportThreshold'
  | 'spamCheck'
  | 'notifications'
>;

/** Number fields of the rules form: name, label for messages, bounds. */
export const RULE_NUMBERS = {
  maxLinks: { label: 'Links that hold a comment', min: 0, max: 100 },
  floodSeconds: { label: 'Seconds between comments', min: 0, max: 3600 },
  minSubmitSeconds: { label: 'Seconds a person needs to write', min: 0, max: 600 },
  perIpPerHour: { label: 'Comments per IP address per hour', min: 0, max: 10_000 },
  perEmailPerHour: { label: 'Comments per email address per hour', min: 0, max: 10_000 },
  surgeComments: { label: 'Comments that start surge mode', min: 0, max: 100_000 },
  surgeMinutes: { label: 'Minutes counted for surge mode', min: 1, max: 1440 },
  reportThreshold: { label: 'Reports that put a comment in the reported queue', min: 1, max: 1000 },
  digestMinutes: { label: 'Minutes between digests of held comments', min: 1, max: 1440 },
  ipRetentionDays: { label: 'Days a commenter’s full IP address is kept', min: 0, max: 3650 },
} as const;
export type RuleNumber = keyof typeof RULE_NUMBERS;

/** The discussion rules that shape every comment on the site: for owners and administrators. */
export function changeDiscussionRules(
  person: { role: Role | null },
  input: Record<RuleNumber, string> & {
    manualModeration: boolean;
    previouslyApproved: boolean;
    spamCheckEnabled: boolean;
    spamCheckUrl: string;
    spamCheckKey: string;
  },
): SettingsResult<DiscussionRulesChange> {
  if (!can(person.role, 'manage_site'))
    return { ok: false, status: 403, field: null, reason: 'You may not change these rules.' };
  const numbers = {} as Record<RuleNumber, number>;
  for (const [field, rule] of Object.entries(RULE_NUMBERS) as [
    RuleNumber,
    (typeof RULE_NUMBERS)[RuleNumber],
  ][]) {
    const value = Number(input[field].trim());
    if (
      input[field].trim() === '' ||
      !Number.isInteger(value) ||
      value < rule.min ||
      value > rule.max
    )
      return {
        ok: false,
        status: 400,
        field,
        reason: `${rule.label}: a whole number from ${rule.min} to ${rule.max.toLocaleString('en')}.`,
      };
    numbers[field] = value;
  }
  const url = input.spamCheckUrl.trim();
  if (url !== '' && !/^https?:\/\/[^\s]+$/i.test(url))
    return {
      ok: false,
      status: 400,
      field: 'spamCheckUrl',
      reason: 'The spam check address must start with https:// (or http://).',
    };
  const key = input.spamCheckKey.trim();
  if (input.spamCheckEnabled && (url === '' || key === ''))
    return {
      ok: false,
      status: 400,
      field: 'spamCheckKey',
      reason: 'The spam check needs its address and key before it can be turned on.',
    };
  return {
    ok: true,
    change: {
      comments: {
        manualModeration: input.manualModeration,
        previouslyApproved: input.previouslyApproved,
        maxLinks: numbers.maxLinks,
        floodSeconds: numbers.floodSeconds,
        minSubmitSeconds: numbers.minSubmitSeconds,
        rateLimits: {
          perIpPerHour: numbers.perIpPerHour,
          perEmailPerHour: numbers.perEmailPerHour,
        },
        surge: { comments: numbers.surgeComments, minutes: numbers.surgeMinutes },
        reportThreshold: numbers.reportThreshold,
        spamCheck: { enabled: input.spamCheckEnabled, url, key },
        notifications: { digestMinutes: numbers.digestMinutes },
      },
      privacy: { ipRetentionDays: numbers.ipRetentionDays },
    },
  };
}
