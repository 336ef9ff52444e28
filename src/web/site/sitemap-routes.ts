import type { FastifyInstance, FastifyReply } from 'fastify';
import {
  newsLanguage,
  renderNewsSitemap,
  renderSitemapIndex,
  renderUrlSet,
  SITEMAP_LIMIT,
} from '../../render/sitemaps.ts';
import type { AppContext } from '../context.ts';
import { positiveInt } from '../parse.ts';
import { authorHref, tagHref } from './views.ts';

/** Google News takes articles of the last 48 hours, at most 1,000. */
const NEWS_WINDOW_MS = 48 * 3600_000;
const NEWS_LIMIT = 1000;

const sendXml = (reply: FastifyReply, body: string) =>
  reply
    .header('cache-control', 'public, max-age=600')
    .type('application/xml; charset=utf-8')
    .send(body);

/** sitemap.xml (an index), its sitemaps, the Google News sitemap and robots.txt. */
export async function sitemapRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  const base = () => ctx.config.publicUrl;

  app.get('/robots.txt', async (_req, reply) =>
    reply
      .type('text/plain; charset=utf-8')
      .send(
        [
          'User-agent: *',
          'Disallow: /admin/',
          'Disallow: /comments',
          '',
          `Sitemap: ${base()}/sitemap.xml`,
          `Sitemap: ${base()}/sitemaps/news.xml`,
          '',
        ].join('\n'),
      ),
  );

  app.get('/sitemap.xml', async (_req, reply) => {
    const now = ctx.clock();
    const total = await ctx.stores.articles.countPublic(now, {});
    const [newest] = await ctx.stores.articles.listSitemapEntries(now, {}, { limit: 1, offset: 0 });
    const files = Math.max(1, Math.ceil(total / SITEMAP_LIMIT));
    return sendXml(
      reply,
      renderSitemapIndex([
        { url: `${base()}/sitemaps/pages.xml`, lastModified: newest?.updatedAt ?? null },
        { url: `${base()}/sitemaps/news.xml`, lastModified: newest?.publishedAt ?? null },
        ...Array.from({ length: files }, (_, i) => ({
          url: `${base()}/sitemaps/articles-${i + 1}.xml`,
          lastModified: i === 0 ? (newest?.updatedAt ?? null) : null,
        })),
      ]),
    );
  });

  app.get<{ Params: { file: string } }>('/sitemaps/:file', async (req, reply) => {
    const now = ctx.clock();
    const { articles, people } = ctx.stores;
    if (req.params.file === 'pages.xml') {
      const [sections, tags, authors] = await Promise.all([
        articles.listSections(),
        articles.listUsedTags(now),
        people.listAuthors(now),
      ]);
      const paths = [
        '/',
        ...sections.map((s) => `/${s.slug}`),
        ...tags.map((t) => tagHref(t.slug)),
        ...authors.map((a) => authorHref(a.slug)),
      ];
      return sendXml(
        reply,
        renderUrlSet(paths.map((p) => ({ url: `${base()}${p}`, lastModified: null }))),
      );
    }
    if (req.params.file === 'news.xml') {
      const settings = await ctx.stores.settings.site();
      const recent = await articles.listSitemapEntries(
        now,
        { since: new Date(now.getTime() - NEWS_WINDOW_MS) },
        { limit: NEWS_LIMIT, offset: 0 },
      );
      return sendXml(
        reply,
        renderNewsSitemap(
          { name: settings.title, language: newsLanguage(settings.language) },
          recent.map((a) => ({
            url: `${base()}${a.path}`,
            title: a.headline,
            published: a.publishedAt,
          })),
        ),
      );
    }
    const match = /^articles-(\d+)\.xml$/.exec(req.params.file);
    const page = match ? positiveInt(match[1]) : null;
    if (page === null) return reply.callNotFound();
    const entries = await articles.listSitemapEntries(
      now,
      {},
      {
        limit: SITEMAP_LIMIT,
        offset: (page - 1) * SITEMAP_LIMIT,
      },
    );
    if (entries.length === 0 && page > 1) return reply.callNotFound();
    return sendXml(
      reply,
      renderUrlSet(entries.map((e) => ({ url: `${base()}${e.path}`, lastModified: e.updatedAt }))),
    );
  });
}
