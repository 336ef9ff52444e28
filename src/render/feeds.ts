// RSS 2.0, Atom and JSON Feed from one view model. Every value goes through the XML writer (or
// JSON.stringify), so nothing in a headline or a comment can break a feed.
import { el, renderXml } from './xml.ts';

export type FeedFormat = 'rss' | 'atom' | 'json';

export const FEED_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
};

export interface FeedItemView {
  /** Stable across slug changes: a tag URI. */
  id: string;
  url: string;
  title: string;
  summary: string;
  /** The whole text as HTML with absolute links, or null for summary-only feeds. */
  contentHtml: string | null;
  published: Date;
  updated: Date;
  authors: { name: string; url?: string }[];
  categories: string[];
  image: { url: string; type: string; bytes: number; alt: string } | null;
}

export interface FeedView {
  title: string;
  description: string;
  language: string;
  /** The page the feed follows. */
  homeUrl: string;
  urls: Record<FeedFormat, string>;
  iconUrl: string;
  updated: Date;
  items: FeedItemView[];
}

export function renderRss(feed: FeedView): string {
  return renderXml(
    el(
      'rss',
      {
        version: '2.0',
        'xmlns:atom': 'http://www.w3.org/2005/Atom',
        'xmlns:content': 'http://purl.org/rss/1.0/modules/content/',
        'xmlns:dc': 'http://purl.org/dc/elements/1.1/',
      },
      el(
        'channel',
        {},
        el('title', {}, feed.title),
        el('link', {}, feed.homeUrl),
        el('description', {}, feed.description || feed.title),
        el('language', {}, feed.language),
        el('lastBuildDate', {}, feed.updated.toUTCString()),
        el('atom:link', { href: feed.urls.rss, rel: 'self', type: 'application/rss+xml' }),
        el('generator', {}, 'Dateline'),
        el(
          'image',
          {},
          el('url', {}, feed.iconUrl),
          el('title', {}, feed.title),
          el('link', {}, feed.homeUrl),
        ),
        feed.items.map((item) =>
          el(
            'item',
            {},
            el('title', {}, item.title),
            el('link', {}, item.url),
            el('guid', { isPermaLink: 'false' }, item.id),
            el('pubDate', {}, item.published.toUTCString()),
            item.authors.length
              ? el('dc:creator', {}, item.authors.map((a) => a.name).join(', '))
              : null,
            item.categories.map((c) => el('category', {}, c)),
            el('description', {}, item.summary),
            item.contentHtml !== null ? el('content:encoded', {}, item.contentHtml) : null,
            item.image
              ? el('enclosure', {
                  url: item.image.url,
                  length: item.image.bytes,
                  type: item.image.type,
                })
              : null,
          ),
        ),
      ),
    ),
  );
}

export function renderAtom(feed: FeedView): string {
  return renderXml(
    el(
      'feed',
      { xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': feed.language },
      el('id', {}, feed.urls.atom),
      el('title', { type: 'text' }, feed.title),
      feed.description ? el('subtitle', { type: 'text' }, feed.description) : null,
      el('updated', {}, feed.updated.toISOString()),
      el('link', { rel: 'self', type: 'application/atom+xml', href: feed.urls.atom }),
      el('link', { rel: 'alternate', type: 'text/html', href: feed.homeUrl }),
      el('author', {}, el('name', {}, feed.title)),
      el('generator', {}, 'Dateline'),
      el('icon', {}, feed.iconUrl),
      feed.items.map((item) =>
        el(
          'entry',
          {},
          el('id', {}, item.id),
          el('title', { type: 'text' }, item.title),
          el('link', { rel: 'alternate', type: 'text/html', href: item.url }),
          el('published', {}, item.published.toISOString()),
          el('updated', {}, item.updated.toISOString()),
          item.authors.map((a) =>
            el('author', {}, el('name', {}, a.name), a.url ? el('uri', {}, a.url) : null),
          ),
          item.categories.map((c) => el('category', { term: c })),
          el('summary', { type: 'text' }, item.summary),
          item.contentHtml !== null ? el('content', { type: 'html' }, item.contentHtml) : null,
          item.image
            ? el('link', {
                rel: 'enclosure',
                type: item.image.type,
                length: item.image.bytes,
                href: item.image.url,
              })
            : null,
        ),
      ),
    ),
  );
}

export function renderJsonFeed(feed: FeedView): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: feed.title,
    home_page_url: feed.homeUrl,
    feed_url: feed.urls.json,
    ...(feed.description ? { description: feed.description } : {}),
    language: feed.language,
    icon: feed.iconUrl,
    items: feed.items.map((item) => ({
      id: item.id,
      url: item.url,
      title: item.title,
      ...(item.contentHtml !== null
        ? { content_html: item.contentHtml, summary: item.summary }
        : { content_text: item.summary }),
      ...(item.image ? { image: item.image.url } : {}),
      date_published: item.published.toISOString(),
      date_modified: item.updated.toISOString(),
      ...(item.authors.length
        ? { authors: item.authors.map((a) => ({ name: a.name, ...(a.url ? { url: a.url } : {}) })) }
        : {}),
      ...(item.categories.length ? { tags: item.categories } : {}),
      ...(item.image
        ? {
            attachments: [
              { url: item.image.url, mime_type: item.image.type, size_in_bytes: item.image.bytes },
            ],
          }
        : {}),
    })),
  });
}

export const renderFeed: Record<FeedFormat, (feed: FeedView) => string> = {
  rss: renderRss,
  atom: renderAtom,
  json: renderJsonFeed,
};
