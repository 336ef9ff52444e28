import type { ArticleDocument } from './document.ts';
import type { MediaItem } from '../media/media.ts';

/** `review`: a contributor's draft, submitted for an editor to publish. */
export const ARTICLE_STATUSES = ['draft', 'review', 'scheduled', 'published', 'trash'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

export interface SectionRef {
  id: number;
  slug: string;
  name: string;
}

export interface TagRef {
  id: number;
  slug: string;
  name: string;
}

export interface Byline {
  person: { id: number; name: string; slug: string };
  /** "Additional reporting" and the like; null for the main byline. */
  credit: string | null;
}

export interface Dateline {
  /** As typed; rendered in capitals. */
  place: string;
  /** YYYY-MM-DD, when the story carries a date. */
  date: string | null;
}

export interface Correction {
  /** A correction says something was wrong; an update says something changed. */
  kind: 'correction' | 'update';
  text: string;
  createdAt: Date;
}

export interface Article {
  id: number;
  section: SectionRef;
  slug: string;
  status: ArticleStatus;
  headline: string;
  standfirst: string;
  body: ArticleDocument;
  dateline: Dateline | null;
  lead: { media: MediaItem; caption: string } | null;
  bylines: Byline[];
  tags: TagRef[];
  seoTitle: string | null;
  seoDescription: string | null;
  /** Comments can be posted now (the mode allows it and the article is not past its close). */
  commentsOpen: boolean;
  /** Every comment is held for a moderator (the "hold all" mode). */
  commentsHeld: boolean;
  /** Corrections and update notes, oldest first. Never silently removed. */
  corrections: Correction[];
  publishedAt: Date | null;
  updatedAt: Date;
}

/** Readers see an article once it is published and its publication time has come. */
export const isPublic = (a: { status: string; publishedAt: Date | null }, now: Date): boolean =>
  a.status === 'published' && a.publishedAt !== null && a.publishedAt.getTime() <= now.getTime();

/** The path an article lives at: /section/slug. */
export const articlePath = (a: { section: { slug: string }; slug: string }): string =>
  `/${a.section.slug}/${a.slug}`;

/**
 * First path segments the site uses itself; a section may not take one, or its pages would
 * hide the site's own (or the other way round).
 */
export const RESERVED_SECTION_SLUGS: ReadonlySet<string> = new Set([
  'admin',
  'api',
  'assets',
  'author',
  'comments',
  'feed.atom',
  'feed.json',
  'feed.xml',
  'media',
  'robots.txt',
  'search',
  'sitemap.xml',
  'sitemaps',
  'tag',
]);

export class ReservedSlugError extends Error {
  constructor(slug: string) {
    super(`"${slug}" is used by the site itself and cannot be a section's address.`);
    this.name = 'ReservedSlugError';
  }
}
