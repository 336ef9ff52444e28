import type { FastifyInstance, FastifyReply } from 'fastify';
import { h } from 'preact';
import { articlePath, type Article } from '../../domain/articles/article.ts';
import { mediaIdsIn } from '../../domain/articles/document.ts';
import type { SiteSettings } from '../../domain/settings.ts';
import { FeedContent } from '../../render/feed-content.tsx';
import {
  FEED_TYPES,
  renderFeed,
  type FeedFormat,
  type FeedItemView,
  type FeedView,
} from '../../render/feeds.ts';
import { datelineText, timeView } from '../../render/format.ts';
import { renderFragment } from '../../render/html.ts';
import type { ArticleFilter } from '../../storage/article-store.ts';
import type { AppContext } from '../context.ts';
import { authorHref, imageView, tagHref } from './views.ts';

const FORMATS: Record<string, FeedFormat> = { xml: 'rss', atom: 'atom', json: 'json' };
/** Comments in an article's comment feed. */
const COMMENT_ITEMS = 50;

/** Links and images in feed HTML must be absolute: readers show it away from the site. */
const absolute = (html: string, base: string) =>
  html
    .replace(/\b(href|src)="\/(?!\/)/g, `$1="${base}/`)
    // srcset holds a list: "url 320w, url 640w".
    .replace(
      /\bsrcset="([^"]*)"/g,
      (_, list: string) => `srcset="${list.replace(/(^|,\s*)\/(?!\/)/g, `$1${base}/`)}"`,
    );

/** An id that never changes, whatever happens to the slug: a tag URI (RFC 4151). */
const tagUri = (ctx: AppContext, date: Date, what: string) =>
  `tag:${new URL(ctx.config.publicUrl).hostname},${date.toISOString().slice(0, 10)}:${what}`;

async function articleItem(
  ctx: AppContext,
  settings: SiteSettings,
  article: Article,
): Promise<FeedItemView> {
  const base = ctx.config.publicUrl;
  const published = article.publishedAt ?? article.updatedAt;
  const lead = article.lead;
  let contentHtml: string | null = null;
  if (settings.feeds.fullText) {
    const media = await ctx.stores.articles.findMedia(mediaIdsIn(article.body));
    contentHtml = absolute(
      renderFragment(
        h(FeedContent, {
          lead: lead && imageView(lead.media, lead.caption),
          article: {
            body: article.body,
            media: new Map([...media].map(([id, m]) => [id, imageView(m)])),
            dateline: article.dateline && datelineText(article.dateline, settings.language),
            corrections: article.corrections.map((c) => ({
              label: c.kind === 'update' ? 'Update' : 'Correction',
              date: timeView(c.createdAt, settings.language, settings.timeZone),
              text: c.text,
            })),
          },
        }),
      ),
      base,
    );
  }
  return {
    id: tagUri(ctx, published, `article:${article.id}`),
    url: `${base}${articlePath(article)}`,
    title: article.headline,
    summary: article.standfirst,
    contentHtml,
    published,
    updated: article.updatedAt,
    authors: article.bylines
      .filter((b) => b.credit === null)
      .map((b) => ({ name: b.person.name, url: `${base}${authorHref(b.person.slug)}` })),
    categories: [article.section.name, ...article.tags.map((t) => t.name)],
    image: lead && {
      url: `${base}/media/${lead.media.file}`,
      type: lead.media.mime,
      bytes: lead.media.bytes,
      alt: lead.media.alt,
    },
  };
}

function sendFeed(reply: FastifyReply, format: FeedFormat, feed: FeedView) {
  return reply
    .header('cache-control', 'public, max-age=300')
    .type(FEED_TYPES[format])
    .send(renderFeed[format](feed));
}

/** The feed of a list of articles: the whole site, a section, a tag or an author. */
async function articleFeed(
  ctx: AppContext,
  reply: FastifyReply,
  format: FeedFormat,
  list: { base: string; title: string; filter: ArticleFilter },
) {
  const settings = await ctx.stores.settings.site();
  const now = ctx.clock();
  const articles = await ctx.stores.articles.listPublicArticles(
    now,
    list.filter,
    settings.feeds.items,
  );
  const items = await Promise.all(articles.map((a) => articleItem(ctx, settings, a)));
  const base = ctx.config.publicUrl;
  return sendFeed(reply, format, {
    title: list.title ? `${settings.title}: ${list.title}` : settings.title,
    description: settings.tagline,
    language: settings.language,
    homeUrl: `${base}${list.base || '/'}`,
    urls: {
      rss: `${base}${list.base}/feed.xml`,
      atom: `${base}${list.base}/feed.atom`,
      json: `${base}${list.base}/feed.json`,
    },
    iconUrl: `${base}${ctx.assets.logo.url}`,
    updated: items.reduce((latest, i) => (i.updated > latest ? i.updated : latest), new Date(0)),
    items,
  });
}

/** The feeds: for the site, each section, tag and author, and each article's comments. */
export async function feedRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  for (const [extension, format] of Object.entries(FORMATS)) {
    app.get(`/feed.${extension}`, (_req, reply) =>
      articleFeed(ctx, reply, format, { base: '', title: '', filter: {} }),
    );
    app.get<{ Params: { section: string } }>(`/:section/feed.${extension}`, async (req, reply) => {
      const section = await ctx.stores.articles.findSection(req.params.section);
      if (!section) return reply.callNotFound();
      return articleFeed(ctx, reply, format, {
        base: `/${section.slug}`,
        title: section.name,
        filter: { sectionId: section.id },
      });
    });
    app.get<{ Params: { tag: string } }>(`/tag/:tag/feed.${extension}`, async (req, reply) => {
      const tag = await ctx.stores.articles.findTag(req.params.tag);
      if (!tag) return reply.callNotFound();
      return articleFeed(ctx, reply, format, {
        base: tagHref(tag.slug),
        title: tag.name,
        filter: { tagId: tag.id },
      });
    });
    app.get<{ Params: { author: string } }>(
      `/author/:author/feed.${extension}`,
      async (req, reply) => {
        const person = await ctx.stores.people.findAuthor(req.params.author);
        if (!person) return reply.callNotFound();
        return articleFeed(ctx, reply, format, {
          base: authorHref(person.slug),
          title: person.name,
          filter: { personId: person.id },
        });
      },
    );
    app.get<{ Params: { section: string; slug: string } }>(
      `/:section/:slug/comments.${extension}`,
      async (req, reply) => {
        const now = ctx.clock();
        const article = await ctx.stores.articles.findPublic(
          req.params.section,
          req.params.slug,
          now,
        );
        if (!article) return reply.callNotFound();
        return commentFeed(ctx, reply, format, article);
      },
    );
  }
}

/** An article's approved comments, newest first. */
async function commentFeed(
  ctx: AppContext,
  reply: FastifyReply,
  format: FeedFormat,
  article: Article,
) {
  const settings = await ctx.stores.settings.site();
  const base = ctx.config.publicUrl;
  const url = `${base}${articlePath(article)}`;
  const comments = (await ctx.stores.comments.listPublic(article.id))
    .reverse()
    .slice(0, COMMENT_ITEMS);
  const items: FeedItemView[] = comments.map((c) => {
    const name = c.authorName || 'Anonymous';
    return {
      id: tagUri(ctx, c.createdAt, `comment:${c.number}`),
      url: `${url}#comment-${c.number}`,
      title: `Comment on “${article.headline}” by ${name}`,
      summary: c.html
        .replace(/<[^>]*>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
      contentHtml: c.html,
      published: c.createdAt,
      updated: c.createdAt,
      authors: [{ name }],
      categories: [],
      image: null,
    };
  });
  const path = articlePath(article);
  return sendFeed(reply, format, {
    title: `Comments on “${article.headline}” – ${settings.title}`,
    description: article.standfirst,
    language: settings.language,
    homeUrl: url,
    urls: {
      rss: `${base}${path}/comments.xml`,
      atom: `${base}${path}/comments.atom`,
      json: `${base}${path}/comments.json`,
    },
    iconUrl: `${base}${ctx.assets.logo.url}`,
    updated: items[0]?.updated ?? article.updatedAt,
    items,
  });
}
