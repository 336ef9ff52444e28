import { articlePath, type Article } from '../../domain/articles/article.ts';
import { buildThread, type ThreadNode } from '../../domain/comments/thread.ts';
import type { MediaItem } from '../../domain/media/media.ts';
import { mediaIdsIn } from '../../domain/articles/document.ts';
import type { PublicComment } from '../../domain/comments/comment.ts';
import type { SiteSettings } from '../../domain/settings.ts';
import { datelineText, timeView } from '../../render/format.ts';
import type {
  ArticleListItemView,
  ArticlePageView,
  Chrome,
  CommentFormView,
  CommentView,
  ImageView,
} from '../../render/view-models.ts';
import type { ArticleSummary } from '../../storage/article-store.ts';
import type { AppContext } from '../context.ts';

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

export const imageView = (media: MediaItem, caption = media.caption): ImageView => ({
  src: `/media/${media.file}`,
  width: media.width,
  height: media.height,
  alt: media.alt,
  caption,
  credit: media.credit,
});

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
        articlePath: path,
        parentNumber: parent ? parent.number : null,
        replyingTo: parent ? parent.authorName || 'Anonymous' : null,
        values: options.form?.values ?? EMPTY_VALUES,
        errors: options.form?.errors ?? {},
        message: options.form?.message ?? null,
      }
    : null;

  const main = article.bylines.filter((b) => b.credit === null);
  const credits = new Map<string, string[]>();
  for (const b of article.bylines)
    if (b.credit !== null) credits.set(b.credit, [...(credits.get(b.credit) ?? []), b.person.name]);

  const published = article.publishedAt ?? article.updatedAt;
  // An update shows only when it came meaningfully after publication.
  const updated =
    article.updatedAt.getTime() - published.getTime() > 5 * 60_000 ? article.updatedAt : null;

  const view: ArticlePageView = {
    chrome: pageChrome,
    head: {
      title: `${article.seoTitle || article.headline} – ${settings.title}`,
      description: article.seoDescription || article.standfirst,
      canonical: `${ctx.config.publicUrl}${path}`,
      noindex: options.heldNumber !== null || options.replyTo !== null,
      scripts: [ctx.assets.commentScript],
    },
    article: {
      headline: article.headline,
      standfirst: article.standfirst,
      section: { name: article.section.name, href: `/${article.section.slug}` },
      bylines: main.map((b) => ({ name: b.person.name })),
      credits: [...credits].map(([label, names]) => ({ label, names })),
      published: timeView(published, language, timeZone),
      updated: updated && timeView(updated, language, timeZone),
      dateline: article.dateline && datelineText(article.dateline, language),
      lead: article.lead && imageView(article.lead.media, article.lead.caption),
      body: article.body,
      media: new Map([...inlineMedia].map(([id, m]) => [id, imageView(m)])),
      tags: article.tags.map((t) => ({ name: t.name })),
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

export function listItemView(a: ArticleSummary, settings: SiteSettings): ArticleListItemView {
  return {
    href: a.path,
    headline: a.headline,
    standfirst: a.standfirst,
    section: { name: a.section.name, href: `/${a.section.slug}` },
    published: timeView(a.publishedAt, settings.language, settings.timeZone),
    image: a.lead && imageView(a.lead),
  };
}
