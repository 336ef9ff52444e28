// Site-wide settings, stored in the database so every instance sees the same values.

export interface CommentSettings {
  /** Name and email are required from guests. */
  requireNameEmail: boolean;
  /** Only signed-in accounts may comment. */
  registrationRequired: boolean;
  /** Hold every comment for a moderator. */
  manualModeration: boolean;
  /** Hold a commenter's comments until one of theirs has been approved. */
  previouslyApproved: boolean;
  /** Hold comments with this many links or more; 0 turns the rule off. */
  maxLinks: number;
  /** Words that hold a comment (one per entry; substring, case-insensitive). */
  moderationWords: string[];
  /** Words that send a comment straight to `disallowedAction`. */
  disallowedWords: string[];
  disallowedAction: 'trash' | 'spam';
  /** Seconds that must pass between two comments from one IP or one email. */
  floodSeconds: number;
  /** Replies nest this many levels deep (1 = no replies). */
  threadDepth: number;
  /** How long a commenter can see their own held comment after posting. */
  heldNoticeMinutes: number;
  /** Seconds a person needs at least between seeing the form and sending it; faster is a bot. */
  minSubmitSeconds: number;
  /** Comments per hour from one IP address and from one email address; 0: no limit. */
  rateLimits: { perIpPerHour: number; perEmailPerHour: number };
  /** More than `comments` in `minutes` on one article switches it to holding every comment. */
  surge: { comments: number; minutes: number };
  /** Readers' reports that move a comment to the reported queue. */
  reportThreshold: number;
  /** An Akismet-compatible spam check; off unless enabled with a key. */
  spamCheck: { enabled: boolean; url: string; key: string };
  /** Mail about comments: moderators get a digest of newly held ones every `digestMinutes`. */
  notifications: { digestMinutes: number };
}

export interface FeedSettings {
  /** Whole articles in feeds; otherwise the standfirst only. */
  fullText: boolean;
  /** Items per feed. */
  items: number;
}

export interface PrivacySettings {
  /** Commenters' IP addresses are kept whole this many days, then cut to /24 (IPv4) or /48 (IPv6). */
  ipRetentionDays: number;
}

export interface SiteSettings {
  title: string;
  tagline: string;
  /** BCP 47 language tag, for `<html lang>` and date formatting. */
  language: string;
  /** IANA time zone in which times are shown. */
  timeZone: string;
  comments: CommentSettings;
  feeds: FeedSettings;
  privacy: PrivacySettings;
}

export const DEFAULT_COMMENT_SETTINGS: CommentSettings = {
  requireNameEmail: true,
  registrationRequired: false,
  manualModeration: false,
  previouslyApproved: true,
  maxLinks: 2,
  moderationWords: [],
  disallowedWords: [],
  disallowedAction: 'trash',
  floodSeconds: 15,
  threadDepth: 5,
  heldNoticeMinutes: 10,
  minSubmitSeconds: 3,
  rateLimits: { perIpPerHour: 30, perEmailPerHour: 15 },
  surge: { comments: 40, minutes: 10 },
  reportThreshold: 3,
  spamCheck: { enabled: false, url: 'https://rest.akismet.com/1.1/comment-check', key: '' },
  notifications: { digestMinutes: 15 },
};

export const DEFAULT_SITE_SETTINGS: SiteSettings = {
  title: 'Dateline',
  tagline: '',
  language: 'en',
  timeZone: 'UTC',
  comments: DEFAULT_COMMENT_SETTINGS,
  feeds: { fullText: true, items: 20 },
  privacy: { ipRetentionDays: 30 },
};
