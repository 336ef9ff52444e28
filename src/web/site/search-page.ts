import type { FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { parseSearchQuery, SEARCH_LIMITS } from '../../domain/articles/search-query.ts';
import { makeSnippet } from '../../domain/articles/search-text.ts';
import { SearchPage } from '../../render/search-page.tsx';
import type { AppContext } from '../context.ts';
import { sendPage } from '../pages.ts';
import { positiveInt } from '../parse.ts';
import { chrome, listItemView, pageHref, paginationView } from './views.ts';

const RESULTS_PER_PAGE = 10;

export type SearchQuery = {
  q?: string;
  section?: string;
  from?: string;
  to?: string;
  page?: string;
};

/** A day as YYYY-MM-DD, or null. */
function day(value: string | undefined): Date | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** /search?q=…: ranked full-text results with highlighted snippets, by section and date. */
export async function searchPage(
  ctx: AppContext,
  request: FastifyRequest<{ Querystring: SearchQuery }>,
  reply: FastifyReply,
) {
  const query = text(request.query.q).slice(0, SEARCH_LIMITS.queryLength).trim();
  const page = positiveInt(text(request.query.page) || '1') ?? 1;
  const settings = await ctx.stores.settings.site();
  const sections = await ctx.stores.articles.listSections();
  const section = sections.find((s) => s.slug === text(request.query.section));
  const from = day(request.query.from);
  const to = day(request.query.to);
  const terms = parseSearchQuery(query);

  const { total, hits } = terms.length
    ? await ctx.stores.articles.search(
        terms,
        {
          now: ctx.clock(),
          ...(section ? { sectionId: section.id } : {}),
          ...(from ? { from } : {}),
          // "To" includes the whole day.
          ...(to ? { before: new Date(to.getTime() + 86_400_000) } : {}),
        },
        { limit: RESULTS_PER_PAGE, offset: (page - 1) * RESULTS_PER_PAGE },
      )
    : { total: 0, hits: [] };

  const kept = new URLSearchParams();
  if (query) kept.set('q', query);
  if (section) kept.set('section', section.slug);
  if (from) kept.set('from', text(request.query.from));
  if (to) kept.set('to', text(request.query.to));
  const message =
    query === ''
      ? 'Type a word or two from a headline, a place or a name.'
      : terms.length === 0
        ? `There are no words to search for in “${query}”. Try words from a headline, a place or a name.`
        : total === 0
          ? `No articles match “${query}”${section || from || to ? ' with these filters' : ''}. Try fewer or different words${section || from || to ? ', or remove a filter' : ''}.`
          : hits.length === 0
            ? `There are only ${Math.ceil(total / RESULTS_PER_PAGE)} pages of results.`
            : null;

  return sendPage(
    reply,
    h(SearchPage, {
      view: {
        chrome: await chrome(ctx, settings),
        head: {
          title: query ? `“${query}” – Search – ${settings.title}` : `Search – ${settings.title}`,
          // Result pages are endless variations of one page: not for search engines' indexes.
          noindex: true,
        },
        query,
        section: section?.slug ?? '',
        from: from ? text(request.query.from) : '',
        to: to ? text(request.query.to) : '',
        sections: sections.map((s) => ({ slug: s.slug, name: s.name })),
        total,
        results: hits.map((hit) =>
          listItemView(
            hit,
            settings,
            makeSnippet(
              hit.excerpt,
              terms.map((t) => ({ words: t.text.split(' '), prefix: t.prefix })),
            ),
          ),
        ),
        pagination: paginationView(page, total, RESULTS_PER_PAGE, pageHref('/search', kept)),
        message,
      },
    }),
  );
}
