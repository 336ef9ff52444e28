import type { FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import type { SiteSettings } from '../../domain/settings.ts';
import { FrontPage } from '../../render/front-page.tsx';
import { ListPage } from '../../render/list-page.tsx';
import type { ListPageView } from '../../render/view-models.ts';
import { webSiteJsonLd } from '../../render/structured-data.ts';
import type { ArticleFilter } from '../../storage/article-store.ts';
import type { AppContext } from '../context.ts';
import { sendPage } from '../pages.ts';
import { positiveInt } from '../parse.ts';
import {
  authorHref,
  chrome,
  feedHeadLinks,
  feedLinks,
  imageView,
  listItemView,
  pageHref,
  paginationHeadLinks,
  paginationView,
  publisher,
  tagHref,
} from './views.ts';

/** Articles per page of a list. */
export const PER_PAGE = 20;
/** Stories per section on the front page. */
const SECTION_STORIES = 4;

type PageQuery = FastifyRequest<{ Querystring: { page?: string } }>;

/** The page asked for: 1 when absent, null when it is not a page number. */
const requestedPage = (request: PageQuery): number | null =>
  request.query.page === undefined ? 1 : positiveInt(request.query.page);

/** The front page: the lead story (pinned by an editor, or the newest), the latest, each section. */
export async function frontPage(ctx: AppContext, request: PageQuery, reply: FastifyReply) {
  const page = requestedPage(request);
  if (page === null) return reply.callNotFound();
  if (page > 1) return latestPage(ctx, reply, page);
  const now = ctx.clock();
  const settings = await ctx.stores.settings.site();
  const { articles } = ctx.stores;
  const [pageChrome, pinned, latest, total, sections] = await Promise.all([
    chrome(ctx, settings),
    articles.findPinned(now),
    articles.listPublic(now, {}, { limit: PER_PAGE + 1, offset: 0 }),
    articles.countPublic(now, {}),
    articles.listSections(),
  ]);
  const lead = pinned ?? latest[0] ?? null;
  const blocks = await Promise.all(
    sections.map(async (s) => ({
      name: s.name,
      href: `/${s.slug}`,
      articles: (
        await articles.listPublic(now, { sectionId: s.id }, { limit: SECTION_STORIES, offset: 0 })
      ).map((a) => listItemView(a, settings)),
    })),
  );
  const base = ctx.config.publicUrl;
  const feeds = feedLinks('');
  return sendPage(
    reply,
    h(FrontPage, {
      view: {
        chrome: pageChrome,
        head: {
          title: settings.tagline ? `${settings.title} – ${settings.tagline}` : settings.title,
          description: settings.tagline || undefined,
          canonical: `${base}/`,
          links: [
            ...feedHeadLinks(feeds, settings.title),
            ...(total > PER_PAGE ? [{ rel: 'next', href: `${base}/?page=2` }] : []),
          ],
          meta: [
            { property: 'og:type', content: 'website' },
            { property: 'og:site_name', content: settings.title },
            { property: 'og:title', content: settings.title },
            { property: 'og:url', content: `${base}/` },
            ...(settings.tagline
              ? [{ property: 'og:description', content: settings.tagline }]
              : []),
          ],
          jsonLd: [
            webSiteJsonLd({
              name: settings.title,
              url: base,
              description: settings.tagline,
              language: settings.language,
              publisher: publisher(ctx, settings),
            }),
          ],
        },
        lead: lead && listItemView(lead, settings),
        latest: latest
          .filter((a) => a.id !== lead?.id)
          .slice(0, PER_PAGE - 1)
          .map((a) => listItemView(a, settings)),
        sections: blocks.filter((b) => b.articles.length > 0),
        moreHref: total > PER_PAGE ? '/?page=2' : null,
        feeds,
      },
    }),
  );
}

/** A list of articles with pagination: the common part of section, tag, author and older pages. */
async function listPage(
  ctx: AppContext,
  reply: FastifyReply,
  settings: SiteSettings,
  list: {
    base: string;
    page: number;
    filter: ArticleFilter;
    heading: string;
    kicker: string | null;
    title: string;
    description?: string;
    person?: ListPageView['person'];
    currentSection?: string;
    feeds: boolean;
  },
) {
  const now = ctx.clock();
  const [pageChrome, total, articles] = await Promise.all([
    chrome(ctx, settings, list.currentSection),
    ctx.stores.articles.countPublic(now, list.filter),
    ctx.stores.articles.listPublic(now, list.filter, {
      limit: PER_PAGE,
      offset: (list.page - 1) * PER_PAGE,
    }),
  ]);
  if (list.page > 1 && articles.length === 0) return reply.callNotFound();
  const pagination = paginationView(list.page, total, PER_PAGE, pageHref(list.base));
  const base = ctx.config.publicUrl;
  const feeds = list.feeds ? feedLinks(list.base) : null;
  return sendPage(
    reply,
    h(ListPage, {
      view: {
        chrome: pageChrome,
        head: {
          title: `${list.title}${list.page > 1 ? ` (page ${list.page})` : ''} – ${settings.title}`,
          ...(list.description ? { description: list.description } : {}),
          canonical: `${base}${pageHref(list.base)(list.page)}`,
          links: [
            ...(feeds ? feedHeadLinks(feeds, `${settings.title}: ${list.title}`) : []),
            ...paginationHeadLinks(pagination, base),
          ],
        },
        kicker: list.kicker,
        heading: list.heading,
        person: list.person ?? null,
        articles: articles.map((a) => listItemView(a, settings)),
        pagination,
        feeds,
      },
    }),
  );
}

/** Older pages of the latest news: /?page=2 and on. */
async function latestPage(ctx: AppContext, reply: FastifyReply, page: number) {
  const settings = await ctx.stores.settings.site();
  return listPage(ctx, reply, settings, {
    base: '',
    page,
    filter: {},
    heading: 'Latest news',
    kicker: null,
    title: 'Latest news',
    feeds: true,
  });
}

export async function sectionPage(
  ctx: AppContext,
  request: FastifyRequest<{ Params: { section: string }; Querystring: { page?: string } }>,
  reply: FastifyReply,
) {
  const page = requestedPage(request);
  const section = await ctx.stores.articles.findSection(request.params.section);
  if (!section || page === null) return reply.callNotFound();
  return listPage(ctx, reply, await ctx.stores.settings.site(), {
    base: `/${section.slug}`,
    page,
    filter: { sectionId: section.id },
    heading: section.name,
    kicker: null,
    title: section.name,
    currentSection: section.slug,
    feeds: true,
  });
}

export async function tagPage(
  ctx: AppContext,
  request: FastifyRequest<{ Params: { tag: string }; Querystring: { page?: string } }>,
  reply: FastifyReply,
) {
  const page = requestedPage(request);
  const tag = await ctx.stores.articles.findTag(request.params.tag);
  if (!tag || page === null) return reply.callNotFound();
  return listPage(ctx, reply, await ctx.stores.settings.site(), {
    base: tagHref(tag.slug),
    page,
    filter: { tagId: tag.id },
    heading: tag.name,
    kicker: 'Topic',
    title: tag.name,
    feeds: true,
  });
}

export async function authorPage(
  ctx: AppContext,
  request: FastifyRequest<{ Params: { author: string }; Querystring: { page?: string } }>,
  reply: FastifyReply,
) {
  const page = requestedPage(request);
  const person = await ctx.stores.people.findAuthor(request.params.author);
  if (!person || page === null) return reply.callNotFound();
  return listPage(ctx, reply, await ctx.stores.settings.site(), {
    base: authorHref(person.slug),
    page,
    filter: { personId: person.id },
    heading: person.name,
    kicker: 'Author',
    title: person.name,
    description: person.bio || undefined,
    person: {
      bio: person.bio,
      photo: person.photo && {
        ...imageView(person.photo, ''),
        alt: person.photo.alt || `Photo of ${person.name}`,
      },
    },
    feeds: true,
  });
}
