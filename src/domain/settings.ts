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
