// How readers and robots find the news: front, section, tag and author pages with pagination,
// search, feeds (read back with third-party parsers), sitemaps, robots.txt, structured data,
// and escaping of a headline built to break all of them.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { extractFromJson } from '@extractus/feed-extractor';
import Parser from 'rss-parser';
import { bullets, doc, h2, p, quote } from '../../src/domain/articles/document.ts';
import { DATABASES, skipUnless } from '../helpers/databases.ts';
import { htmlProblems } from '../helpers/html.ts';
import { schemaOrgProblems } from '../helpers/schema-org.ts';
import { createTestSite, type TestSite } from '../helpers/site.ts';

const HOSTILE = "</script><script>alert(1)</script> “Quotes”, 'apostrophes' & <b>tags</b> 🚢";
const HOUR = 3600_000;

const jsonLdOf = (html: string): Record<string, unknown>[] =>
  [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    (m) => JSON.parse(m[1]!) as Record<string, unknown>,
  );

const metaContent = (html: string, key: string): string | undefined =>
  new RegExp(`<meta (?:property|name)="${key.replace(/[:.]/g, '\\$&')}" content="([^"]*)"`).exec(
    html,
  )?.[1];

for (const kind of DATABASES) {
  describe(`on ${kind}`, { skip: await skipUnless(kind) }, () => {
    let site: TestSite;
    const ids: Record<string, number> = {};

    before(async () => {
      site = await createTestSite({ database: kind });
      const { stores } = site;
      const now = site.clock.now;
      const world = (await stores.articles.findSection('world'))!.id;
      const business = await stores.articles.createSection({ slug: 'business', name: 'Business' });
      const columnist = await stores.people.create({
        slug: 'ines-columnist',
        name: 'Ines Columnist',
        bio: 'Ines writes about ports and the people who work in them.',
        now,
      });
      const photo = await stores.media.create(
        {
          file: 'ines.jpg',
          mime: 'image/jpeg',
          width: 480,
          height: 480,
          bytes: 20_000,
          alt: 'Portrait of Ines Columnist',
          caption: '',
          credit: 'Staff',
          source: '',
          mayRedistribute: true,
        },
        now,
      );
      await stores.people.setPhoto(columnist, photo);
      const lead = await stores.media.create(
        {
          file: 'cranes.jpg',
          mime: 'image/jpeg',
          width: 1600,
          height: 900,
          bytes: 123_456,
          alt: 'Cranes at dusk',
          caption: 'Cranes over the east quay.',
          credit: 'Ines Halloran/Northgate Wire',
          source: 'Northgate Wire',
          mayRedistribute: false,
        },
        now,
      );
      const make = async (
        key: string,
        fields: Partial<Parameters<typeof stores.articles.create>[0]> & { hoursAgo: number },
      ) => {
        const publishedAt = new Date(now.getTime() - fields.hoursAgo * HOUR);
        ids[key] = await stores.articles.create({
          sectionId: world,
          slug: key,
          status: 'published',
          headline: key,
          standfirst: '',
          body: doc(p('Text.')),
          dateline: null,
          leadMediaId: null,
          bylines: [],
          tags: [],
          commentsOpen: true,
          publishedAt,
          createdAt: publishedAt,
          updatedAt: publishedAt,
          ...fields,
        });
      };
      await make('ferry-fares-frozen', {
        hoursAgo: 3,
        sectionId: business,
        headline: 'Ferry fares frozen for the winter',
        standfirst: 'The operator holds prices as passenger numbers fall.',
        body: doc(
          p('Fares on the estuary crossing will not rise until spring, the operator said.'),
          quote(['We want people back on the boats.'], 'Mara Quint, operator'),
        ),
        leadMediaId: lead,
        bylines: [{ personId: columnist }],
        tags: [{ slug: 'ferries', name: 'Ferries' }],
        dateline: { place: 'Port Alder', date: null },
      });
      await make('dock-workers-vote', {
        hoursAgo: 30,
        headline: 'Dock workers vote on pay offer',
        standfirst: 'A ballot closes on Friday.',
        body: doc(
          p('Members of the union will decide whether to accept a four per cent rise.'),
          h2('Harbour lights'),
          p('The ferry terminal stays open during the vote.'),
        ),
        bylines: [{ personId: site.people.reporter }],
        tags: [{ slug: 'ports', name: 'Ports' }],
      });
      await make('old-story', {
        hoursAgo: 24 * 30,
        headline: 'Harbour history exhibition opens',
        body: doc(p('A month-old story about the harbour and its ferries.')),
      });
      await make('greek-and-japanese', {
        hoursAgo: 5,
        headline: 'Ελληνικά νέα and 日本語のニュース',
        body: doc(p('Λιμάνι Πειραιά σήμερα. 港のニュース。')),
      });
      await make('hostile', {
        hoursAgo: 1,
        headline: HOSTILE,
        standfirst: `Standfirst with ${HOSTILE}`,
        body: doc(p(`Body with ${HOSTILE}`), bullets(['a list item'])),
        tags: [{ slug: 'odd', name: `Tag ${HOSTILE}` }],
        bylines: [{ personId: columnist }],
        leadMediaId: lead,
      });
      // A series long enough to paginate: 25 articles tagged "inquiry".
      for (let i = 1; i <= 25; i++)
        await make(`inquiry-day-${i}`, {
          hoursAgo: 100 + i,
          headline: `Inquiry, day ${i}`,
          tags: [{ slug: 'inquiry', name: 'Inquiry' }],
        });
      await make('withdrawn', { hoursAgo: 50, headline: 'Withdrawn story' });
      await stores.articles.setStatus(ids.withdrawn!, 'trash');
      await stores.articles.pin(ids['dock-workers-vote']!, now);
      await stores.articles.addCorrection(ids['dock-workers-vote']!, {
        kind: 'correction',
        text: 'An earlier version gave the rise as five per cent.',
        createdAt: new Date(now.getTime() - 2 * HOUR),
      });
    });
    after(() => site.close());

    const get = (url: string) => site.app.inject({ method: 'GET', url });

    describe('pages', () => {
      test('the front page leads with the pinned story and describes the site as a WebSite', async () => {
        const res = await get('/');
        assert.equal(res.statusCode, 200);
        const lead = /<section class="front-lead"[\s\S]*?<\/section>/.exec(res.body)?.[0] ?? '';
        assert.match(lead, /Dock workers vote on pay offer/);
        assert.match(res.body, /<h2 id="latest-title" class="section-title">Latest<\/h2>/);
        assert.match(
          res.body,
          /<h2 id="section-business" class="section-title"><a href="\/business">Business<\/a><\/h2>/,
        );
        assert.match(
          res.body,
          /<link rel="alternate" href="\/feed.xml" type="application\/rss\+xml"/,
        );
        assert.match(
          res.body,
          /<link rel="next" href="https:\/\/news\.example\.test\/\?page=2"\/>/,
        );
        const [website] = jsonLdOf(res.body);
        assert.equal(website?.['@type'], 'WebSite');
        assert.deepEqual(schemaOrgProblems(website), []);
        assert.deepEqual(website?.potentialAction, {
          '@type': 'SearchAction',
          target: {
            '@type': 'EntryPoint',
            urlTemplate: 'https://news.example.test/search?q={search_term_string}',
          },
          'query-input': 'required name=search_term_string',
        });
        assert.deepEqual(await htmlProblems(res.body), []);
      });

      test('tag pages paginate at 20 with stable URLs and rel=prev/next; past the end is 404', async () => {
        const first = await get('/tag/inquiry');
        assert.equal(first.statusCode, 200);
        assert.equal([...first.body.matchAll(/class="story-headline"/g)].length, 20);
        assert.match(
          first.body,
          /<p class="kicker">Topic<\/p><h1 class="page-title">Inquiry<\/h1>/,
        );
        assert.match(
          first.body,
          /<link rel="next" href="https:\/\/news\.example\.test\/tag\/inquiry\?page=2"\/>/,
        );
        assert.match(first.body, /<a href="\/tag\/inquiry\?page=2" rel="next">Older<\/a>/);
        assert.match(first.body, /Inquiry, day 1</);
        const second = await get('/tag/inquiry?page=2');
        assert.equal([...second.body.matchAll(/class="story-headline"/g)].length, 5);
        assert.match(
          second.body,
          /<link rel="canonical" href="https:\/\/news\.example\.test\/tag\/inquiry\?page=2"\/>/,
        );
        assert.match(
          second.body,
          /<link rel="prev" href="https:\/\/news\.example\.test\/tag\/inquiry"\/>/,
        );
        assert.match(second.body, /Inquiry, day 25</);
        assert.equal((await get('/tag/inquiry?page=3')).statusCode, 404);
        assert.equal((await get('/tag/inquiry?page=zero')).statusCode, 404);
        assert.equal((await get('/tag/no-such-tag')).statusCode, 404);
        assert.deepEqual(await htmlProblems(second.body), []);
      });

      test('section pages list their own articles; the latest news continues on /?page=2', async () => {
        const business = await get('/business');
        assert.match(business.body, /Ferry fares frozen/);
        assert.doesNotMatch(business.body, /Dock workers vote/);
        const page2 = await get('/?page=2');
        assert.equal(page2.statusCode, 200);
        assert.match(page2.body, /<h1 class="page-title">Latest news<\/h1>/);
      });

      test('author pages show the bio, the photo and the author’s articles', async () => {
        const res = await get('/author/ines-columnist');
        assert.equal(res.statusCode, 200);
        assert.match(
          res.body,
          /<img class="author-photo" src="\/media\/ines\.jpg" srcset="\/media\/r\/\d+\/320\.jpg 320w, \/media\/r\/\d+\/480\.jpg 480w" sizes="[^"]+" alt="Portrait of Ines Columnist" width="480" height="480"\/>/,
        );
        assert.match(res.body, /<p class="author-bio">Ines writes about ports/);
        assert.match(res.body, /Ferry fares frozen for the winter/);
        assert.doesNotMatch(res.body, /Dock workers vote/);
        assert.equal((await get('/author/nobody')).statusCode, 404);
      });

      test('a missing page helps: a search box and the latest stories; a withdrawn article is 410', async () => {
        const missing = await get('/world/no-such-article');
        assert.equal(missing.statusCode, 404);
        assert.match(
          missing.body,
          /<form class="search-form" role="search" aria-label="Search articles" action="\/search"/,
        );
        assert.match(missing.body, /Latest stories/);
        assert.match(missing.body, /Ferry fares frozen for the winter/);
        const gone = await get('/world/withdrawn');
        assert.equal(gone.statusCode, 410);
        assert.match(gone.body, /taken down/);
        assert.deepEqual(await htmlProblems(gone.body), []);
      });
    });

    describe('search', () => {
      const results = async (query: string) => {
        const res = await get(`/search?${query}`);
        assert.equal(res.statusCode, 200, query);
        return {
          html: res.body,
          headlines: [
            ...res.body.matchAll(/<h2 class="story-headline"><a href="[^"]*">([^<]*)<\/a>/g),
          ].map((m) => m[1]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')),
        };
      };

      test('finds words in headline, standfirst, body, tags and bylines, best match first', async () => {
        assert.deepEqual((await results('q=ferry')).headlines.slice(0, 1), [
          'Ferry fares frozen for the winter',
        ]);
        assert.ok(
          (await results('q=ferry')).headlines.includes('Dock workers vote on pay offer'),
          'body match',
        );
        assert.deepEqual((await results('q=ballot')).headlines, ['Dock workers vote on pay offer']);
        assert.deepEqual((await results('q=ports')).headlines, ['Dock workers vote on pay offer']);
        assert.deepEqual(
          (await results('q=columnist')).headlines.sort(),
          [HOSTILE, 'Ferry fares frozen for the winter'].sort(),
        );
      });

      test('snippets show the matches highlighted, and the text stays escaped', async () => {
        const { html } = await results('q=rise');
        assert.match(html, /<p class="story-snippet">[^<]*<mark>rise<\/mark>/);
        const hostile = await results('q=apostrophes');
        assert.doesNotMatch(hostile.html, /<script>alert/);
      });

      test('prefixes, phrases, other scripts and accents', async () => {
        assert.deepEqual((await results('q=bal')).headlines, ['Dock workers vote on pay offer']);
        assert.deepEqual((await results(`q=${encodeURIComponent('"pay offer"')}`)).headlines, [
          'Dock workers vote on pay offer',
        ]);
        assert.deepEqual((await results(`q=${encodeURIComponent('"offer pay"')}`)).headlines, []);
        assert.equal((await results(`q=${encodeURIComponent('Πειραιά')}`)).headlines.length, 1);
        assert.equal(
          (await results(`q=${encodeURIComponent('λιμανι')}`)).headlines.length,
          1,
          'accents folded',
        );
      });

      test('filters by section and by date', async () => {
        assert.deepEqual((await results('q=ferry&section=business')).headlines, [
          'Ferry fares frozen for the winter',
        ]);
        const day = (hoursAgo: number) =>
          new Date(site.clock.now.getTime() - hoursAgo * HOUR).toISOString().slice(0, 10);
        const recent = await results(`q=harbour&from=${day(48)}`);
        assert.ok(recent.headlines.includes('Dock workers vote on pay offer'));
        assert.ok(!recent.headlines.includes('Harbour history exhibition opens'));
        const older = await results(`q=harbour&to=${day(24 * 20)}`);
        assert.deepEqual(older.headlines, ['Harbour history exhibition opens']);
      });

      test('empty, absurd and hostile queries get a helpful page, never an error', async () => {
        assert.match((await results('q=')).html, /Type a word or two/);
        assert.match(
          (await results(`q=${encodeURIComponent('*** ??? !!!')}`)).html,
          /no words to search for/,
        );
        assert.match((await results('q=zzzzqqq')).html, /No articles match “zzzzqqq”/);
        for (const q of [
          '" OR 1=1 --',
          "'; drop table articles; --",
          'NEAR(a b) AND NOT c*',
          'a'.repeat(5000),
          '\u0000\u0001',
          '🚢🚢🚢',
        ])
          await results(`q=${encodeURIComponent(q)}`);
        assert.equal((await get('/search?q=ferry&page=999')).statusCode, 200);
      });
    });

    describe('feeds', () => {
      type Item = { 'dc:creator'?: string; 'content:encoded'?: string; id?: string };
      const parser = new Parser<Record<string, unknown>, Item>({
        customFields: { item: ['dc:creator'] },
      });

      test('RSS 2.0 of the whole site reads back with a feed parser: titles, links, dates, ids, enclosures', async () => {
        const res = await get('/feed.xml');
        assert.equal(res.statusCode, 200);
        assert.match(String(res.headers['content-type']), /application\/rss\+xml/);
        const feed = await parser.parseString(res.body);
        assert.equal(feed.title, 'The Test Gazette');
        const ferry = feed.items.find((i) => i.title === 'Ferry fares frozen for the winter')!;
        assert.equal(ferry.link, 'https://news.example.test/business/ferry-fares-frozen');
        assert.match(ferry.guid ?? '', /^tag:news\.example\.test,\d{4}-\d{2}-\d{2}:article:\d+$/);
        assert.equal(new Date(ferry.isoDate!).getTime(), site.clock.now.getTime() - 3 * HOUR);
        assert.deepEqual(
          { ...ferry.enclosure },
          {
            url: 'https://news.example.test/media/cranes.jpg',
            length: '123456',
            type: 'image/jpeg',
          },
        );
        assert.equal(ferry['dc:creator'], 'Ines Columnist');
        assert.match(
          ferry['content:encoded'] ?? '',
          /<span class="dateline">PORT ALDER:<\/span> Fares on the estuary crossing/,
        );
        assert.match(
          ferry['content:encoded'] ?? '',
          /src="https:\/\/news\.example\.test\/media\/cranes\.jpg"/,
        );
        assert.ok(!feed.items.some((i) => i.title === 'Withdrawn story'));
      });

      test('Atom and JSON Feed carry the same articles', async () => {
        const atom = await parser.parseString((await get('/feed.atom')).body);
        const json = extractFromJson(JSON.parse((await get('/feed.json')).body), {
          normalization: true,
        });
        const rss = await parser.parseString((await get('/feed.xml')).body);
        assert.deepEqual(
          atom.items.map((i) => i.title),
          rss.items.map((i) => i.title),
        );
        assert.deepEqual(
          json.entries?.map((e) => e.title),
          rss.items.map((i) => i.title),
        );
        assert.deepEqual(
          atom.items.map((i) => i.id),
          rss.items.map((i) => i.guid),
        );
        assert.equal(json.entries?.[0]?.id, rss.items[0]?.guid);
        const raw = JSON.parse((await get('/feed.json')).body);
        assert.equal(raw.version, 'https://jsonfeed.org/version/1.1');
        assert.equal(raw.feed_url, 'https://news.example.test/feed.json');
      });

      test('section, tag and author feeds hold only their articles; an article’s comments have a feed', async () => {
        const section = await parser.parseString((await get('/business/feed.xml')).body);
        assert.deepEqual(
          section.items.map((i) => i.title),
          ['Ferry fares frozen for the winter'],
        );
        const tag = await parser.parseString((await get('/tag/inquiry/feed.atom')).body);
        assert.equal(tag.items.length, 20);
        const author = extractFromJson(
          JSON.parse((await get('/author/ada-reporter/feed.json')).body),
        );
        assert.ok(author.entries?.some((e) => e.title === 'Dock workers vote on pay offer'));
        await site.stores.comments.insert(
          {
            articleId: ids['dock-workers-vote']!,
            parentId: null,
            status: 'approved',
            authorName: 'Reader & Sons',
            authorEmail: 'reader@example.net',
            authorUrl: '',
            authorIp: '192.0.2.9',
            authorUserAgent: '',
            personId: null,
            text: 'A <fair> offer',
            html: '<p>A &lt;fair&gt; offer</p>',
            fingerprint: 'feed-comment',
            createdAt: site.clock.now,
          },
          { outcome: 'approve', rule: 'test', reason: 'test' },
        );
        const comments = await get('/world/dock-workers-vote/comments.xml');
        const feed = await parser.parseString(comments.body);
        assert.equal(
          feed.items[0]?.title,
          'Comment on “Dock workers vote on pay offer” by Reader & Sons',
        );
        assert.equal(feed.items[0]?.contentSnippet, 'A <fair> offer');
        assert.doesNotMatch(comments.body, /reader@example\.net/);
        assert.equal((await get('/world/no-such/comments.xml')).statusCode, 404);
      });

      test('feeds can carry summaries instead of whole articles', async () => {
        await site.stores.settings.updateSite({ feeds: { fullText: false } });
        try {
          const feed = await parser.parseString((await get('/business/feed.xml')).body);
          assert.equal(feed.items[0]?.['content:encoded'], undefined);
          assert.equal(
            feed.items[0]?.content,
            'The operator holds prices as passenger numbers fall.',
          );
          const json = JSON.parse((await get('/business/feed.json')).body);
          assert.equal(
            json.items[0].content_text,
            'The operator holds prices as passenger numbers fall.',
          );
          assert.equal(json.items[0].content_html, undefined);
        } finally {
          await site.stores.settings.updateSite({ feeds: { fullText: true } });
        }
      });
    });

    describe('sitemaps and robots', () => {
      test('robots.txt points to the sitemaps', async () => {
        const res = await get('/robots.txt');
        assert.match(res.body, /^Sitemap: https:\/\/news\.example\.test\/sitemap\.xml$/m);
        assert.match(res.body, /^Sitemap: https:\/\/news\.example\.test\/sitemaps\/news\.xml$/m);
        assert.match(res.body, /^Disallow: \/admin\/$/m);
      });

      test('sitemap.xml indexes the sitemaps; the article sitemap lists every published article', async () => {
        const index = (await get('/sitemap.xml')).body;
        const maps = [...index.matchAll(/<loc>https:\/\/news\.example\.test([^<]+)<\/loc>/g)].map(
          (m) => m[1],
        );
        assert.deepEqual(maps, [
          '/sitemaps/pages.xml',
          '/sitemaps/news.xml',
          '/sitemaps/articles-1.xml',
        ]);
        const articles = (await get('/sitemaps/articles-1.xml')).body;
        const urls = [...articles.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
        assert.equal(urls.length, await site.stores.articles.countPublic(site.clock.now, {}));
        assert.ok(urls.includes('https://news.example.test/business/ferry-fares-frozen'));
        assert.ok(!urls.includes('https://news.example.test/world/withdrawn'));
        assert.match(articles, /<lastmod>\d{4}-\d{2}-\d{2}T/);
        const pages = (await get('/sitemaps/pages.xml')).body;
        for (const path of ['/', '/world', '/business', '/tag/inquiry', '/author/ines-columnist'])
          assert.ok(pages.includes(`<loc>https://news.example.test${path}</loc>`), path);
        assert.equal((await get('/sitemaps/articles-2.xml')).statusCode, 404);
      });

      test('the Google News sitemap has the last 48 hours only, with publication, language and title', async () => {
        const news = (await get('/sitemaps/news.xml')).body;
        assert.match(news, /xmlns:news="http:\/\/www\.google\.com\/schemas\/sitemap-news\/0\.9"/);
        assert.match(
          news,
          /<url><loc>https:\/\/news\.example\.test\/business\/ferry-fares-frozen<\/loc><news:news><news:publication><news:name>The Test Gazette<\/news:name><news:language>en<\/news:language><\/news:publication><news:publication_date>[^<]+<\/news:publication_date><news:title>Ferry fares frozen for the winter<\/news:title><\/news:news><\/url>/,
        );
        assert.match(news, /dock-workers-vote/);
        assert.doesNotMatch(news, /old-story|inquiry-day/);
      });
    });

    describe('structured data', () => {
      test('an article carries valid NewsArticle JSON-LD with bylines, image credit, dateline, section, keywords and corrections', async () => {
        const html = (await get('/business/ferry-fares-frozen')).body;
        const [article] = jsonLdOf(html);
        assert.deepEqual(schemaOrgProblems(article), []);
        assert.equal(article?.['@type'], 'NewsArticle');
        assert.equal(article?.headline, 'Ferry fares frozen for the winter');
        assert.equal(article?.dateline, 'PORT ALDER');
        assert.equal(article?.articleSection, 'Business');
        assert.equal(article?.keywords, 'Ferries');
        assert.deepEqual(article?.author, [
          {
            '@type': 'Person',
            name: 'Ines Columnist',
            url: 'https://news.example.test/author/ines-columnist',
          },
        ]);
        const [image] = article?.image as Record<string, unknown>[];
        assert.equal(image?.creditText, 'Ines Halloran/Northgate Wire');
        assert.equal(image?.url, 'https://news.example.test/media/cranes.jpg');
        assert.equal((article?.publisher as Record<string, unknown>).name, 'The Test Gazette');
        const corrected = jsonLdOf((await get('/world/dock-workers-vote')).body)[0];
        assert.deepEqual(schemaOrgProblems(corrected), []);
        assert.deepEqual(
          (corrected?.correction as Record<string, unknown>[]).map((c) => c.text),
          ['Correction: An earlier version gave the rise as five per cent.'],
        );
      });

      test('OpenGraph and Twitter card tags describe the article and its image', async () => {
        const html = (await get('/business/ferry-fares-frozen')).body;
        assert.equal(metaContent(html, 'og:type'), 'article');
        assert.equal(metaContent(html, 'og:title'), 'Ferry fares frozen for the winter');
        assert.equal(metaContent(html, 'og:image'), 'https://news.example.test/media/cranes.jpg');
        assert.equal(metaContent(html, 'og:image:width'), '1600');
        assert.equal(metaContent(html, 'og:image:height'), '900');
        assert.equal(metaContent(html, 'article:section'), 'Business');
        assert.equal(metaContent(html, 'twitter:card'), 'summary_large_image');
        assert.equal(metaContent(html, 'twitter:image:alt'), 'Cranes at dusk');
      });

      test('the correction is shown on the article, dated', async () => {
        const html = (await get('/world/dock-workers-vote')).body;
        assert.match(
          html,
          /<h2 id="corrections-title" class="corrections-title">Corrections and updates<\/h2><p class="correction"><strong>Correction, <time datetime="[^"]+">[^<]+<\/time>:<\/strong> An earlier version gave the rise as five per cent\.<\/p>/,
        );
      });
    });

    describe('escaping', () => {
      test('a headline with </script>, quotes, ampersands and emoji breaks nothing', async () => {
        const res = await get('/world/hostile');
        const html = res.body;
        assert.doesNotMatch(html, /<script>alert/);
        assert.match(
          html,
          /<h1 class="headline">&lt;\/script>&lt;script>alert\(1\)&lt;\/script> “Quotes”, 'apostrophes' &amp; &lt;b>tags&lt;\/b> 🚢<\/h1>/,
        );
        const [data] = jsonLdOf(html);
        assert.equal(data?.headline, HOSTILE);
        assert.deepEqual(schemaOrgProblems(data), []);
        assert.equal(
          metaContent(html, 'og:title'),
          "&lt;/script>&lt;script>alert(1)&lt;/script> “Quotes”, 'apostrophes' &amp; &lt;b>tags&lt;/b> 🚢",
        );
        assert.deepEqual(await htmlProblems(html), []);

        const parser = new Parser();
        for (const url of ['/feed.xml', '/feed.atom']) {
          const feed = await parser.parseString((await get(url)).body);
          assert.equal(feed.items[0]?.title, HOSTILE, url);
        }
        const json = JSON.parse((await get('/feed.json')).body);
        assert.equal(json.items[0].title, HOSTILE);
        assert.equal(json.items[0].tags[1], `Tag ${HOSTILE}`);
        const news = (await get('/sitemaps/news.xml')).body;
        assert.ok(
          news.includes(
            '<news:title>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; “Quotes”',
          ),
        );
        const search = (await get(`/search?q=${encodeURIComponent('script alert')}`)).body;
        assert.doesNotMatch(search, /<script>alert/);
        assert.deepEqual(await htmlProblems(search), []);
      });
    });
  });
}
