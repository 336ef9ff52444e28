// What templates receive. Built by the web layer from domain objects; templates never see a
// database row, and never see a commenter's email, IP or user agent.
import type { ArticleDocument } from '../domain/articles/document.ts';
import type { CommentField } from '../domain/comments/comment.ts';
import type { TimeView } from './format.ts';

export interface Chrome {
  siteTitle: string;
  tagline: string;
  language: string;
  sections: { name: string; href: string; current: boolean }[];
  stylesheet: string;
  icon: string;
  year: number;
}

export interface PageHead {
  title: string;
  description?: string;
  /** Absolute URL. */
  canonical?: string;
  noindex?: boolean;
  scripts?: string[];
  /** `<link>`s: feeds (alternate), pagination (prev/next). */
  links?: { rel: string; href: string; type?: string; title?: string }[];
  /** OpenGraph (`property`) and Twitter card (`name`) tags. */
  meta?: ({ property: string; content: string } | { name: string; content: string })[];
  /** schema.org structured data, each written as a JSON-LD script. */
  jsonLd?: object[];
}

export interface ImageView {
  /** The full picture: always a working address, for browsers that ignore `srcset`. */
  src: string;
  width: number;
  height: number;
  alt: string;
  caption: string;
  credit: string;
  /** Resized copies in modern formats, best first: the `<source>`s of a `<picture>`. */
  sources?: { type: string; srcset: string }[];
  /** Resized copies in a format every browser shows (JPEG or PNG), for the `<img>` itself. */
  srcset?: string;
  /** How wide the picture is shown; templates that know their layout pass their own. */
  sizes?: string;
}

export interface CommentView {
  number: number;
  authorName: string;
  /** Safe http(s) URL or ''. */
  authorUrl: string;
  /** Sanitised when the comment was stored. */
  html: string;
  time: TimeView;
  byStaff: boolean;
  featured: boolean;
  /** Where a reader reports it; null for a held comment. */
  reportHref: string | null;
  /** Held, shown only to its author (signed notice link or the JavaScript reply). */
  held: boolean;
  depth: number;
  /** The no-JavaScript reply link, or null when no reply can nest here. */
  replyHref: string | null;
  replies: CommentView[];
}

export interface CommentFormView {
  articleId: number;
  /** The signed time the form was made (see form-token.ts). */
  formToken: string;
  /** The article's path, which the form returns to. */
  articlePath: string;
  parentNumber: number | null;
  replyingTo: string | null;
  values: {
    comment: string;
    author: string;
    email: string;
    url: string;
    consent: boolean;
    /** "Notify me of replies by email": unticked unless the reader ticked it. */
    notifyReplies?: boolean;
  };
  errors: Partial<Record<CommentField, string>>;
  message: { kind: 'error' | 'notice'; text: string } | null;
}

export interface CommentsView {
  count: number;
  thread: CommentView[];
  /** Null when comments are closed. */
  form: CommentFormView | null;
}

export interface ArticleView {
  headline: string;
  standfirst: string;
  section: { name: string; href: string };
  bylines: { name: string; href: string }[];
  /** Extra credits for the foot: "Additional reporting by …". */
  credits: { label: string; people: { name: string; href: string }[] }[];
  /** Corrections and update notes, oldest first: "Correction, 3 March 2026: …". */
  corrections: { label: string; date: TimeView; text: string }[];
  published: TimeView;
  updated: TimeView | null;
  dateline: string | null;
  lead: ImageView | null;
  body: ArticleDocument;
  /** Inline images by media id. */
  media: ReadonlyMap<number, ImageView>;
  tags: { name: string; href: string }[];
}

export interface ArticlePageView {
  chrome: Chrome;
  head: PageHead;
  /** An editor's preview of an article readers may not see yet. */
  preview?: boolean;
  article: ArticleView;
  comments: CommentsView;
}

export interface ArticleListItemView {
  href: string;
  headline: string;
  standfirst: string;
  section: { name: string; href: string };
  bylines: { name: string; href: string }[];
  published: TimeView;
  image: ImageView | null;
  /** Search results: the text around the matches, matches marked. */
  snippet?: { text: string; match: boolean }[];
}

export interface PaginationView {
  page: number;
  pages: number;
  prevHref: string | null;
  nextHref: string | null;
}

export interface FeedLinks {
  rss: string;
  atom: string;
  json: string;
}

export interface FrontPageView {
  chrome: Chrome;
  head: PageHead;
  lead: ArticleListItemView | null;
  latest: ArticleListItemView[];
  sections: { name: string; href: string; articles: ArticleListItemView[] }[];
  moreHref: string | null;
  feeds: FeedLinks;
}

/** Section, tag and author pages, and the later pages of the latest news. */
export interface ListPageView {
  chrome: Chrome;
  head: PageHead;
  /** Above the heading: "Topic", "Author". */
  kicker: string | null;
  heading: string;
  person: { bio: string; photo: ImageView | null } | null;
  articles: ArticleListItemView[];
  pagination: PaginationView;
  feeds: FeedLinks | null;
}

export interface SearchPageView {
  chrome: Chrome;
  head: PageHead;
  query: string;
  section: string;
  from: string;
  to: string;
  sections: { slug: string; name: string }[];
  total: number;
  results: ArticleListItemView[];
  pagination: PaginationView;
  /** Guidance when there is nothing to show. */
  message: string | null;
}

export interface ErrorPageView {
  chrome: Chrome;
  status: number;
  title: string;
  message: string;
  links: { text: string; href: string }[];
  /** On a 404 or 410: somewhere to go next. */
  latest: ArticleListItemView[];
  search: boolean;
}
