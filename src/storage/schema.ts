// Kysely's view of the database. Row types stay inside src/storage: stores map them to domain
// objects, and nothing above storage sees a row.
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/**
 * Instants are written as ISO-8601 UTC strings (text on SQLite, timestamptz on PostgreSQL) and
 * read back as a string or a Date depending on the driver; `readTime` in dialect.ts turns either
 * into a Date.
 */
export type Timestamp = ColumnType<Date | string, string, string>;
/** JSON: text on SQLite, jsonb on PostgreSQL. Written as a JSON string, read with `readJson`. */
export type Json = ColumnType<unknown, string, string>;
/** Flags are 0/1 integers on both databases (better-sqlite3 cannot bind booleans). */
export type Flag = ColumnType<number, number | undefined, number>;

export interface SettingsTable {
  key: string;
  value: Json;
}

export interface PeopleTable {
  id: Generated<number>;
  slug: string;
  name: string;
  /** Stored lower-cased; unique among people who have one. */
  email: string | null;
  role: string | null;
  password_hash: string | null;
  bio: ColumnType<string, string | undefined, string>;
  photo_media_id: ColumnType<number | null, number | null | undefined, number | null>;
  notify_comments: Optional<number>;
  notify_digest: Optional<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface SessionsTable {
  /** SHA-256 of the cookie token; the token itself is never stored. */
  id: string;
  person_id: number;
  csrf_token: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  last_seen_at: Timestamp;
}

export interface TokensTable {
  id: Generated<number>;
  purpose: string;
  token_hash: string;
  person_id: number | null;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: Timestamp | null;
}

export interface SectionsTable {
  id: Generated<number>;
  slug: string;
  name: string;
  position: ColumnType<number, number | undefined, number>;
}

export interface TagsTable {
  id: Generated<number>;
  slug: string;
  name: string;
}

type Optional<T> = ColumnType<T, T | undefined, T>;

export interface MediaTable {
  id: Generated<number>;
  /** Path under the data folder's media directory: the served image, private metadata stripped. */
  file: string;
  /** The upload as it arrived, kept, never served. */
  original: Optional<string | null>;
  /** Where an imported item came from. */
  original_url: Optional<string | null>;
  filename: Optional<string>;
  mime: string;
  width: number;
  height: number;
  /** File size, for feed enclosures. */
  bytes: number;
  alt: string;
  caption: string;
  credit: string;
  source: string;
  description: Optional<string>;
  may_redistribute: Flag;
  uploaded_by: Optional<number | null>;
  created_at: Timestamp;
}

export interface ArticlesTable {
  id: Generated<number>;
  section_id: number;
  slug: string;
  status: string;
  headline: string;
  standfirst: string;
  body: Json;
  dateline_place: string | null;
  /** A calendar date, YYYY-MM-DD, not an instant. */
  dateline_date: string | null;
  lead_media_id: number | null;
  /** Overrides the media record's caption for this article. */
  lead_caption: string | null;
  seo_title: string | null;
  seo_description: string | null;
  /** 'open', 'closed' or 'hold'. */
  comment_status: string;
  comments_close_days: Optional<number | null>;
  created_by: Optional<number | null>;
  version: Optional<number>;
  editing_by: Optional<number | null>;
  editing_at: ColumnType<Date | string | null, string | null | undefined, string | null>;
  surge_at: ColumnType<Date | string | null, string | null | undefined, string | null>;
  /** When an editor pinned it as the front page's lead story. */
  pinned_at: ColumnType<Date | string | null, string | null | undefined, string | null>;
  published_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CorrectionsTable {
  id: Generated<number>;
  article_id: number;
  kind: string;
  text: string;
  created_at: Timestamp;
}

export interface RevisionsTable {
  id: Generated<number>;
  article_id: number;
  version: number;
  kind: string;
  person_id: number | null;
  snapshot: Json;
  created_at: Timestamp;
}

export interface JobsTable {
  id: Generated<number>;
  kind: string;
  unique_key: string | null;
  payload: Json;
  run_at: Timestamp;
  status: string;
  attempts: Optional<number>;
  max_attempts: number;
  last_error: string | null;
  locked_by: string | null;
  locked_until: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ImportLinksTable {
  source: string;
  kind: string;
  external_id: string;
  local_id: number;
  created_at: Timestamp;
}

export interface ArticleBylinesTable {
  article_id: number;
  person_id: number;
  position: number;
  /** e.g. "Additional reporting"; null for a main byline. */
  credit: string | null;
}

export interface ArticleTagsTable {
  article_id: number;
  tag_id: number;
  position: number;
}

export interface RedirectsTable {
  from_path: string;
  article_id: number | null;
  to_path: string | null;
  created_at: Timestamp;
}

export interface CommentsTable {
  id: Generated<number>;
  /** Public number in `#comment-N`; kept on import, never reused. */
  number: number;
  article_id: number;
  parent_id: number | null;
  status: string;
  author_name: string;
  author_email: string;
  /** `author_email` trimmed and lower-cased, for matching. */
  author_email_key: string;
  author_url: string;
  author_ip: string;
  author_user_agent: string;
  person_id: number | null;
  /** What the commenter wrote: the source of truth. */
  text: string;
  /** `text` rendered and sanitised at write time, so a page view never runs the sanitiser. */
  html: string;
  /** Hash of parent, name, email and text: see the partial unique index in 0001. */
  fingerprint: string;
  /** 'comment', 'pingback' or 'trackback'. */
  kind: Optional<string>;
  featured_at: ColumnType<Date | string | null, string | null | undefined, string | null>;
  open_reports: Optional<number>;
  ip_truncated_at: ColumnType<Date | string | null, string | null | undefined, string | null>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CountersTable {
  name: string;
  /** bigint; the pg driver is told to read it as a number (dialect.ts). */
  value: number;
}

export interface ModerationLogTable {
  id: Generated<number>;
  comment_id: number;
  /** 'rule' or 'person'. */
  actor: string;
  person_id: number | null;
  rule: string | null;
  from_status: string | null;
  to_status: string;
  reason: string;
  detail: ColumnType<unknown, string | null | undefined, string | null>;
  created_at: Timestamp;
}

export interface CommenterMeasuresTable {
  id: Generated<number>;
  /** 'hold' or 'ban'. */
  kind: string;
  /** 'email' or 'ip'. */
  match: string;
  value: string;
  note: string;
  expires_at: Timestamp | null;
  person_id: number | null;
  created_at: Timestamp;
}

export interface CommentReportsTable {
  id: Generated<number>;
  comment_id: number;
  reporter: string;
  reason: string;
  created_at: Timestamp;
}

export interface CommentSubscriptionsTable {
  id: Generated<number>;
  email: string;
  email_key: string;
  comment_id: number;
  confirmed_at: Timestamp | null;
  unsubscribed_at: Timestamp | null;
  created_at: Timestamp;
}

export interface NotificationCursorsTable {
  name: string;
  /** The last moderation_log id handled. */
  log_id: number;
  updated_at: Timestamp;
}

export interface Database {
  settings: SettingsTable;
  people: PeopleTable;
  sessions: SessionsTable;
  tokens: TokensTable;
  sections: SectionsTable;
  tags: TagsTable;
  media: MediaTable;
  articles: ArticlesTable;
  corrections: CorrectionsTable;
  revisions: RevisionsTable;
  jobs: JobsTable;
  import_links: ImportLinksTable;
  article_bylines: ArticleBylinesTable;
  article_tags: ArticleTagsTable;
  redirects: RedirectsTable;
  comments: CommentsTable;
  counters: CountersTable;
  moderation_log: ModerationLogTable;
  commenter_measures: CommenterMeasuresTable;
  comment_reports: CommentReportsTable;
  comment_subscriptions: CommentSubscriptionsTable;
  notification_cursors: NotificationCursorsTable;
}

export type ArticleRow = Selectable<ArticlesTable>;
export type CommentRow = Selectable<CommentsTable>;
export type PersonRow = Selectable<PeopleTable>;
export type MediaRow = Selectable<MediaTable>;
export type NewComment = Insertable<CommentsTable>;
