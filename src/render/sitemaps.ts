// Sitemaps (sitemaps.org 0.9) and the Google News sitemap.
import { el, renderXml } from './xml.ts';

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

/** At most this many addresses in one sitemap file (the protocol's limit). */
export const SITEMAP_LIMIT = 50_000;

export const renderSitemapIndex = (maps: { url: string; lastModified: Date | null }[]): string =>
  renderXml(
    el(
      'sitemapindex',
      { xmlns: SITEMAP_NS },
      maps.map((m) =>
        el(
          'sitemap',
          {},
          el('loc', {}, m.url),
          m.lastModified ? el('lastmod', {}, m.lastModified.toISOString()) : null,
        ),
      ),
    ),
  );

export const renderUrlSet = (urls: { url: string; lastModified: Date | null }[]): string =>
  renderXml(
    el(
      'urlset',
      { xmlns: SITEMAP_NS },
      urls.map((u) =>
        el(
          'url',
          {},
          el('loc', {}, u.url),
          u.lastModified ? el('lastmod', {}, u.lastModified.toISOString()) : null,
        ),
      ),
    ),
  );

/** Google News: articles of the last two days, with the publication's name and language. */
export const renderNewsSitemap = (
  publication: { name: string; language: string },
  articles: { url: string; title: string; published: Date }[],
): string =>
  renderXml(
    el(
      'urlset',
      { xmlns: SITEMAP_NS, 'xmlns:news': 'http://www.google.com/schemas/sitemap-news/0.9' },
      articles.map((a) =>
        el(
          'url',
          {},
          el('loc', {}, a.url),
          el(
            'news:news',
            {},
            el(
              'news:publication',
              {},
              el('news:name', {}, publication.name),
              el('news:language', {}, publication.language),
            ),
            el('news:publication_date', {}, a.published.toISOString()),
            el('news:title', {}, a.title),
          ),
        ),
      ),
    ),
  );

/** Google News wants ISO 639 codes: "en", "fr"; Chinese as "zh-cn" or "zh-tw". */
export function newsLanguage(tag: string): string {
  const [language = 'en', region = ''] = tag.toLowerCase().split(/[-_]/);
  if (language === 'zh')
    return region === 'tw' || region === 'hk' || region === 'hant' ? 'zh-tw' : 'zh-cn';
  return language;
}
