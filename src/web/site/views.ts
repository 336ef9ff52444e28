import { articlePath, type Article } from '../../domain/articles/article.ts';
import { mediaIdsIn } from '../../domain/articles/document.ts';
import type { PublicComment } from '../../domain/comments/comment.ts';
import { createFormToken } from '../../domain/comments/form-token.ts';
import { buildThread, type ThreadNode } from '../../domain/comments/thread.ts';
import type { MediaItem } from '../../domain/media/media.ts';
import type { SiteSettings } from '../../domain/settings.ts';
import { datelineText, timeView } from '../../render/format.ts';
import { newsArticleJsonLd, type Publisher } from '../../render/structured-data.ts';
import type {
  ArticleListItemView,
  ArticlePageView,
  Chrome,
  CommentFormView,
  CommentView,
  FeedLinks,
  ImageView,
  PageHead,
  PaginationView,
} from '../../render/view-models.ts';
import type { ArticleSummary } from '../../storage/article-store.ts';
import type { AppContext } from '../context.ts';
import { mediaUrl, responsiveImage } from '../media/urls.ts';

// View models for the public pages, built from domain objects.

export async function chrome(
  ctx: AppContext,
  settings: SiteSettings,
  currentSection?: string,
): Promise<Chrome> {
  const sections = await ctx.stores.articles.listSections();
  return {
    siteTitle: settings.title,
    tagline: settings.tagline,
    language: settings.language,
    sections: sections.map((s) => ({
      name: s.name,
      href: `/${s.slug}`,
      current: s.slug === currentSection,
    })),
    stylesheet: ctx.assets.stylesheet,
    icon: ctx.assets.icon,
    year: ctx.clock().getUTCFullYear(),
  };
}

export const authorHref = (slug: string) => `/author/${encodeURIComponent(slug)}`;
export const tagHref = (slug: string) => `/tag/${encodeURIComponent(slug)}`;

/** Feed addresses for a page at `base` ('' for the whole site, '/news', '/tag/ports', …). */
export const feedLinks = (base: string): FeedLinks => ({
  rss: `${base}/feed.xml`,
  atom: `${base}/feed.atom`,
  json: `${base}/feed.json`,
});

/** `<link rel="alternate">` for each feed, so readers and browsers find them. */
export const feedHeadLinks = (feeds: FeedLinks, title: string): NonNullable<PageHead['links']> => [
  { rel: 'alternate', type: 'application/rss+xml', title: `${title} (RSS)`, href: feeds.rss },
  { rel: 'alternate', type: 'application/atom+xml', title: `${title} (Atom)`, href: feeds.atom },
  {
    rel: 'alternate',
    type: 'application/feed+json',
    title: `${title} (JSON Feed)`,
    href: feeds.json,
  },
];

export const publisher = (ctx: AppContext, settings: SiteSettings): Publisher => ({
  name: settings.title,
  url: `${ctx.config.publicUrl}/`,
  logo: { ...ctx.assets.logo, url: `${ctx.config.publicUrl}${ctx.assets.logo.url}` },
});

/**
 * A picture for a template: its full file as `src` (or, for an import whose file stayed on the
 * old site, that address), plus resized copies (AVIF, WebP, JPEG/PNG) when it has them.
 */
export const imageView = (media: MediaItem, caption = media.caption): ImageView => ({
  src: mediaUrl(media),
  width: media.width,
  height: media.height,
  alt: media.alt,
  caption,
  credit: media.credit,
  ...responsiveImage(media),
});

/** Pages 1…n of a list, with the links to either side; `href(1)` is the list's own address. */
export function paginationView(
  page: number,
  total: number,
  perPage: number,
  href: (page: number) => string,
): PaginationView {
  const pages = Math.max(1, Math.ceil(total / perPage));
  return {
    page,
    pages,
    prevHref: page > 1 ? href(page - 1) : null,
    nextHref: page < pages ? href(page + 1) : null,
  };
}

/** `?page=N` links: page 1 is the bare address, so every page has one URL. */
export const pageHref =
  (base: string, extra: URLSearchParams | null = null) =>
  (page: number) => {
    const params = new URLSearchParams(extra ?? undefined);
    if (page > 1) params.set('page', String(page));
    const query = params.toString();
    return query ? `${base}?${query}` : base || '/';
  };

export const paginationHeadLinks = (
  p: PaginationView,
  publicUrl: string,
): NonNullable<PageHead['links']> => [
  ...(p.prevHref ? [{ rel: 'prev', href: `${publicUrl}${p.prevHref}` }] : []),
  ...(p.nextHref ? [{ rel: 'next', href: `${publicUrl}${p.nextHref}` }] : []),
];

export function listItemView(
  a: ArticleSummary,
  settings: SiteSettings,
  snippet?: ArticleListItemView['snippet'],
): ArticleListItemView {
  return {
    href: a.path,
    headline: a.headline,
    standfirst: a.standfirst,
    section: { name: a.section.name, href: `/${a.section.slug}` },
    bylines: a.bylines.map((b) => ({ name: b.name, href: authorHref(b.slug) })),
    published: timeView(a.publishedAt, settings.language, settings.timeZone),
    image: a.lead && imageView(a.lead),
    ...(snippet ? { snippet } : {}),
  };
}

export function commentView(
  node: Pick<ThreadNode, 'comment' | 'depth' | 'canReply'> & { replies?: ThreadNode[] },
  path: string,
  settings: SiteSettings,
): CommentView {
  const c = node.comment;
  return {
    number: c.number,
    authorName: c.authorName,
    authorUrl: /^https?:\/\//i.test(c.authorUrl) ? c.authorUrl : '',
    html: c.html,
    time: timeView(c.createdAt, settings.language, settings.timeZone),
    byStaff: c.byStaff,
    featured: c.featured,
    reportHref: c.status === 'approved' ? `/comments/${c.number}/report` : null,
    held: c.status !== 'approved',
    depth: node.depth,
    replyHref: node.canReply ? `${path}?replytocom=${c.number}#respond` : null,
    replies: (node.replies ?? []).map((r) => commentView(r, path, settings)),
  };
}

export interface ArticlePageOptions {
  /** A held comment its author may see (from a valid notice token). */
  heldNumber: number | null;
  /** The comment the no-JavaScript reply link chose. */
  replyTo: number | null;
  /** The form as the reader left it, after a refused submission. */
  form?: Pick<CommentFormView, 'values' | 'errors' | 'message' | 'parentNumber'>;
}

const EMPTY_VALUES = { comment: '', author: '', email: '', url: '', consent: false };

/** What search engines, feed readers and social sites read from an article's head. */
function articleHead(
  ctx: AppContext,
  settings: SiteSettings,
  article: Article,
  commentCount: number,
): PageHead {
  const base = ctx.config.publicUrl;
  const url = `${base}${articlePath(article)}`;
  const description = article.seoDescription || article.standfirst;
  const lead = article.lead;
  const image = lead && {
    url: `${base}/media/${lead.media.file}`,
    width: lead.media.width,
    height: lead.media.height,
    caption: lead.caption,
    credit: lead.media.credit,
    alt: lead.media.alt,
  };
  const published = article.publishedAt ?? article.updatedAt;
  const title = article.seoTitle || article.headline;
  return {
    title: `${title} – ${settings.title}`,
    description,
    canonical: url,
    links: feedHeadLinks(
      feedLinks(`/${article.section.slug}`),
      `${settings.title}: ${article.section.name}`,
    ),
    meta: [
      { property: 'og:type', content: 'article' },
      { property: 'og:site_name', content: settings.title },
      { property: 'og:title', content: title },
      { property: 'og:description', content: description },
      { property: 'og:url', content: url },
      { property: 'og:locale', content: settings.language.replace('-', '_') },
      ...(image
        ? [
            { property: 'og:image', content: image.url },
            { property: 'og:image:width', content: String(image.width) },
            { property: 'og:image:height', content: String(image.height) },
            { property: 'og:image:alt', content: image.alt },
          ]
        : []),
      { property: 'article:published_time', content: published.toISOString() },
      { property: 'article:modified_time', content: article.updatedAt.toISOString() },
      { property: 'article:section', content: article.section.name },
      ...article.tags.map((t) => ({ property: 'article:tag', content: t.name })),
      { name: 'twitter:card', content: image ? 'summary_large_image' : 'summary' },
      { name: 'twitter:title', content: title },
      { name: 'twitter:description', content: description },
      ...(image
        ? [
            { name: 'twitter:image', content: image.url },
            { name: 'twitter:image:alt', content: image.alt },
          ]
        : []),
    ],
    jsonLd: [
      newsArticleJsonLd({
        url,
        headline: article.headline,
        description,
        language: settings.language,
        image,
        published,
        modified: article.updatedAt,
        authors: article.bylines
          .filter((b) => b.credit === null)
          .map((b) => ({ name: b.person.name, url: `${base}${authorHref(b.person.slug)}` })),
        publisher: publisher(ctx, settings),
        dateline:
          article.dateline && datelineText(article.dateline, settings.language).replace(/:$/, ''),
        section: article.section.name,
        keywords: article.tags.map((t) => t.name),
        corrections: article.corrections.map((c) => ({
          kind: c.kind,
          text: c.text,
          date: c.createdAt,
        })),
        commentCount,
      }),
    ],
    scripts: [ctx.assets.commentScript],
  };
}

export async function articlePageView(
  ctx: AppContext,
  settings: SiteSettings,
  article: Article,
  options: ArticlePageOptions,
): Promise<{ view: ArticlePageView; cacheTags: string[] }> {
  const path = articlePath(article);
  const [comments, inlineMedia, pageChrome] = await Promise.all([
    ctx.stores.comments.listPublic(article.id, options.heldNumber),
    ctx.stores.articles.findMedia(mediaIdsIn(article.body)),
    chrome(ctx, settings, article.section.slug),
  ]);
  const { language, timeZone } = settings;
  const thread = buildThread(comments, settings.comments.threadDepth);
  const approved = comments.filter((c) => c.status === 'approved');

  const parentNumber = options.form?.parentNumber ?? options.replyTo;
  const parent: PublicComment | undefined =
    parentNumber === null ? undefined : approved.find((c) => c.number === parentNumber);
  const form: CommentFormView | null = article.commentsOpen
    ? {
        articleId: article.id,
        formToken: createFormToken(ctx.secret, ctx.clock()),
        articlePath: path,
        parentNumber: parent ? parent.number : null,
        replyingTo: parent ? parent.authorName || 'Anonymous' : null,
        values: options.form?.values ?? EMPTY_VALUES,
        errors: options.form?.errors ?? {},
        message: options.form?.message ?? null,
      }
    : null;

  const person = (b: Article['bylines'][number]) => ({
    name: b.person.name,
    href: authorHref(b.person.slug),
  });
  const credits = new Map<string, { name: string; href: string }[]>();
  for (const b of article.bylines)
    if (b.credit !== null) credits.set(b.credit, [...(credits.get(b.credit) ?? []), person(b)]);

  const published = article.publishedAt ?? article.updatedAt;
  // An update shows only when it came meaningfully after publication.
  const updated =
    article.updatedAt.getTime() - published.getTime() > 5 * 60_000 ? article.updatedAt : null;

  const head = articleHead(ctx, settings, article, approved.length);
  head.noindex = options.heldNumber !== null || options.replyTo !== null;
  const view: ArticlePageView = {
    chrome: pageChrome,
    head,
    article: {
      headline: article.headline,
      standfirst: article.standfirst,
      section: { name: article.section.name, href: `/${article.section.slug}` },
      bylines: article.bylines.filter((b) => b.credit === null).map(person),
      credits: [...credits].map(([label, people]) => ({ label, people })),
      corrections: article.corrections.map((c) => ({
        label: c.kind === 'update' ? 'Update' : 'Correction',
        date: timeView(c.createdAt, language, timeZone),
        text: c.text,
      })),
      published: timeView(published, language, timeZone),
      updated: updated && timeView(updated, language, timeZone),
      dateline: article.dateline && datelineText(article.dateline, language),
      lead: article.lead && imageView(article.lead.media, article.lead.caption),
      body: article.body,
      media: new Map([...inlineMedia].map(([id, m]) => [id, imageView(m)])),
      tags: article.tags.map((t) => ({ name: t.name, href: tagHref(t.slug) })),
    },
    comments: {
      count: approved.length,
      thread: thread.map((n) => commentView(n, path, settings)),
      form,
    },
  };
  // What the page shows, so a cache can purge exactly the pages a change touches.
  const cacheTags = [
    `article:${article.id}`,
    `section:${article.section.id}`,
    ...article.bylines.map((b) => `person:${b.person.id}`),
    ...article.tags.map((t) => `tag:${t.id}`),
  ];
  return { view, cacheTags };
}
