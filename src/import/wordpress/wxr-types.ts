// Records read from a WordPress export (WXR 1.0–1.2). Text is exactly as in the file (decoded,
// CDATA unwrapped); identifier-like fields (ids, slugs, statuses, dates, addresses) are trimmed.
// A field the file does not have is '' for text, as WordPress itself would store it, except where
// "absent" and "empty" mean different things (null).

/** The `<channel>` header: yielded once, before the first author, term or item. */
export interface WxrSite {
  kind: 'site';
  title: string;
  link: string;
  description: string;
  language: string;
  baseSiteUrl: string;
  baseBlogUrl: string;
  /** '1.0', '1.1', '1.2'; '' in files too old to say. */
  wxrVersion: string;
}

export interface WxrAuthor {
  kind: 'author';
  /** wp:author_id; WordPress.com exports and WXR 1.0 leave it out. */
  id: number | null;
  login: string;
  email: string;
  displayName: string;
  firstName: string;
  lastName: string;
}

export interface WxrCategory {
  kind: 'category';
  /** wp:term_id; null in WXR 1.0. */
  id: number | null;
  /** The nicename: unique among categories, what posts and child categories refer to. */
  slug: string;
  /** The parent's slug, '' for a top-level category. */
  parentSlug: string;
  name: string;
  description: string;
}

export interface WxrTag {
  kind: 'tag';
  id: number | null;
  slug: string;
  name: string;
  description: string;
}

/** A term of any other taxonomy (nav_menu, post_format, custom taxonomies). */
export interface WxrTerm {
  kind: 'term';
  id: number | null;
  taxonomy: string;
  slug: string;
  parentSlug: string;
  name: string;
  description: string;
}

/** An item's `<category domain nicename>`: one of its categories, tags or other terms. */
export interface WxrItemTerm {
  /** The taxonomy: 'category', 'post_tag', 'nav_menu', 'post_format', … */
  domain: string;
  nicename: string;
  name: string;
}

export interface WxrMeta {
  key: string;
  value: string;
}

export interface WxrComment {
  id: number;
  author: string;
  email: string;
  url: string;
  ip: string;
  /** Site local time, 'YYYY-MM-DD HH:MM:SS'. */
  date: string;
  dateGmt: string;
  content: string;
  /** As in the file: '1', '0', 'spam', 'trash', 'post-trashed', … */
  approved: string;
  /** '' (or 'comment') for a comment, 'pingback', 'trackback', or a plugin's own type. */
  type: string;
  /** The comment this one answers; 0 for none. */
  parentId: number;
  /** The commenter's user id on the old site; 0 for a guest. */
  userId: number;
  meta: WxrMeta[];
}

/** Every `<item>`: posts, pages, attachments, nav menu items and custom post types. */
export interface WxrItem {
  kind: 'item';
  title: string;
  link: string;
  /** RFC 822 date, as in the feed. */
  pubDate: string;
  /** dc:creator: the author's login. */
  creator: string;
  guid: string;
  guidIsPermaLink: boolean;
  description: string;
  /** content:encoded: the body as stored by WordPress (classic HTML or block markup). */
  content: string;
  /** excerpt:encoded */
  excerpt: string;
  /** wp:post_id; 0 if the file has none. */
  id: number;
  /** Site local time, 'YYYY-MM-DD HH:MM:SS'. */
  date: string;
  /** UTC; '0000-00-00 00:00:00' for drafts that were never published. */
  dateGmt: string;
  /** Present since WordPress 5.x exports; null when the file has no such field. */
  modified: string | null;
  modifiedGmt: string | null;
  commentStatus: string;
  pingStatus: string;
  /** wp:post_name: the slug. */
  name: string;
  /** 'publish', 'draft', 'pending', 'private', 'future', 'inherit', 'trash', … */
  status: string;
  /** wp:post_parent; 0 for none. */
  parentId: number;
  menuOrder: number;
  /** 'post', 'page', 'attachment', 'nav_menu_item', or a custom post type. */
  type: string;
  password: string;
  sticky: boolean;
  /** wp:attachment_url, for attachments; '' otherwise. */
  attachmentUrl: string;
  categories: WxrItemTerm[];
  meta: WxrMeta[];
  comments: WxrComment[];
}

export type WxrRecord = WxrSite | WxrAuthor | WxrCategory | WxrTag | WxrTerm | WxrItem;
