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
}

export interface ImageView {
  src: string;
  width: number;
  height: number;
  alt: string;
  caption: string;
  credit: string;
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
  /** Held, shown only to its author (signed notice link or the JavaScript reply). */
  held: boolean;
  depth: number;
  /** The no-JavaScript reply link, or null when no reply can nest here. */
  replyHref: string | null;
  replies: CommentView[];
}

export interface CommentFormView {
  articleId: number;
  /** The article's path, which the form returns to. */
  articlePath: string;
  parentNumber: number | null;
  replyingTo: string | null;
  values: { comment: string; author: string; email: string; url: string; consent: boolean };
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
  bylines: { name: string }[];
  /** Extra credits for the foot: "Additional reporting by …". */
  credits: { label: string; names: string[] }[];
  published: TimeView;
  updated: TimeView | null;
  dateline: string | null;
  lead: ImageView | null;
  body: ArticleDocument;
  /** Inline images by media id. */
  media: ReadonlyMap<number, ImageView>;
  tags: { name: string }[];
}

export interface ArticlePageView {
  chrome: Chrome;
  head: PageHead;
  article: ArticleView;
  comments: CommentsView;
}

export interface ArticleListItemView {
  href: string;
  headline: string;
  standfirst: string;
  section: { name: string; href: string };
  published: TimeView;
  image: ImageView | null;
}

export interface ArticleListPageView {
  chrome: Chrome;
  head: PageHead;
  heading: string;
  /** Visually hidden when the page's heading is the masthead itself. */
  headingHidden: boolean;
  articles: ArticleListItemView[];
}

export interface ErrorPageView {
  chrome: Chrome;
  status: number;
  title: string;
  message: string;
  links: { text: string; href: string }[];
}
