// The article page as a reader and a validator see it, built from the stored document.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  bullets,
  doc,
  embed,
  h2,
  image,
  italic,
  link,
  numbered,
  p,
  quote,
} from '../../src/domain/articles/document.ts';
import { htmlProblems } from '../helpers/html.ts';
import { DATABASES, skipUnless } from '../helpers/databases.ts';
import { createTestSite, type TestSite } from '../helpers/site.ts';

let site: TestSite;
let path: string;
let articleId: number;

for (const kind of DATABASES) {
  describe(`on ${kind}`, { skip: await skipUnless(kind) }, () => {
    before(async () => {
      site = await createTestSite({ database: kind });
      const { stores, clock } = site;
      const media = (file: string, caption: string, credit: string) =>
        stores.media.create(
          {
            file,
            mime: 'image/jpeg',
            width: 1600,
            height: 900,
            bytes: 120_000,
            alt: `Alt text for ${file}`,
            caption,
            credit,
            source: 'Harbour Wire',
            mayRedistribute: false,
          },
          clock.now,
        );
      const lead = await media(
        'lead.jpg',
        'Dock workers gather at the north gate on Monday.',
        'Ines Halloran/Harbour Wire',
      );
      const inline = await media('inline.jpg', 'The old crane, now listed.', 'Tom Ruiz');
      const editor = await stores.people.create({ slug: 'ed', name: 'Ed Itor', now: clock.now });
      const section = (await stores.articles.findSection('world'))!.id;
      const published = new Date('2026-11-18T06:00:00Z');
      articleId = await stores.articles.create({
        sectionId: section,
        slug: 'dock-strike',
        status: 'published',
        headline: 'Dock strike enters its third week',
        standfirst: 'Talks stall as ships queue off the coast.',
        body: doc(
          p(
            'Workers at the port ',
            italic('refused'),
            ' the latest offer, ',
            link('the union said', 'https://example.org/union'),
            '.',
          ),
          quote(['“We will not be moved,” she said.'], 'Mara Quint, union secretary'),
          h2('Ships wait'),
          image(inline),
          bullets(['Twelve ships at anchor'], ['Two diverted']),
          numbered(['First vote'], ['Second vote']),
          embed('https://video.example.org/v/1', 'Drone footage of the queue', 'ExampleTube'),
          p('Bad link ', link('here', 'javascript:alert(1)'), '.'),
        ),
        dateline: { place: 'Moscow', date: null },
        leadMediaId: lead,
        bylines: [
          { personId: site.people.reporter },
          { personId: editor, credit: 'Additional reporting' },
        ],
        tags: [
          { slug: 'ports', name: 'Ports' },
          { slug: 'labour', name: 'Labour' },
        ],
        commentsOpen: true,
        publishedAt: published,
        createdAt: published,
        updatedAt: new Date('2026-11-18T09:30:00Z'),
      });
      path = '/world/dock-strike';
    });
    after(() => site.close());

    const get = (url: string) => site.app.inject({ method: 'GET', url });

    test('the article page carries its parts in semantic HTML', async () => {
      const res = await get(path);
      assert.equal(res.statusCode, 200);
      const html = res.body;
      assert.match(html, /^<!doctype html><html lang="en-GB">/);
      assert.match(html, /<title>Dock strike enters its third week – The Test Gazette<\/title>/);
      assert.match(
        html,
        /<meta name="description" content="Talks stall as ships queue off the coast\."\/>/,
      );
      assert.match(
        html,
        /<link rel="canonical" href="https:\/\/news\.example\.test\/world\/dock-strike"\/>/,
      );
      assert.match(html, /<h1 class="headline">Dock strike enters its third week<\/h1>/);
      assert.match(html, /<p class="standfirst">Talks stall as ships queue off the coast\.<\/p>/);
      assert.match(
        html,
        /By <a class="author" href="\/author\/ada-reporter" rel="author">Ada Reporter<\/a><\/p>/,
      );
      assert.match(
        html,
        /Additional reporting by <a class="author" href="\/author\/ed">Ed Itor<\/a>/,
      );
      assert.match(
        html,
        /Published <time datetime="2026-11-18T06:00:00Z">18 November 2026 at 06:00 GMT<\/time>/,
      );
      assert.match(html, /Updated <time datetime="2026-11-18T09:30:00Z">/);
      // The dateline leads the first paragraph.
      assert.match(
        html,
        /<div class="article-body"><p><span class="dateline">MOSCOW:<\/span> Workers at the port <em>refused<\/em>/,
      );
      // Lead image: not lazy (above the fold), sized, credit marked up apart from the caption.
      assert.match(
        html,
        /<figure class="lead-image"><picture><source type="image\/avif" srcset="\/media\/r\/\d+\/320\.avif 320w, [^"]*\/1600\.avif 1600w" sizes="[^"]+"\/><source type="image\/webp" srcset="\/media\/r\/\d+\/320\.webp 320w, [^"]*" sizes="[^"]+"\/><img src="\/media\/lead\.jpg" srcset="\/media\/r\/\d+\/320\.jpg 320w, [^"]*" sizes="[^"]+" alt="Alt text for lead\.jpg" width="1600" height="900" decoding="async" fetchpriority="high"\/><\/picture><figcaption><span class="caption">Dock workers gather at the north gate on Monday\.<\/span> <span class="credit">\(Ines Halloran\/Harbour Wire\)<\/span><\/figcaption><\/figure>/,
      );
      // Inline image: lazy, with its own caption and credit.
      assert.match(
        html,
        /<figure class="body-image"><picture>(<source [^>]+\/>){2}<img src="\/media\/inline\.jpg"[^>]*loading="lazy"/,
      );
      assert.match(html, /<span class="credit">\(Tom Ruiz\)<\/span>/);
      assert.match(
        html,
        /<figure class="pull-quote"><blockquote><p>“We will not be moved,” she said\.<\/p><\/blockquote><figcaption>— Mara Quint, union secretary<\/figcaption><\/figure>/,
      );
      assert.match(html, /<h2>Ships wait<\/h2>/);
      assert.match(html, /<ul><li>Twelve ships at anchor<\/li><li>Two diverted<\/li><\/ul>/);
      assert.match(html, /<ol><li>First vote<\/li>/);
      assert.match(html, /<a href="https:\/\/example\.org\/union">the union said<\/a>/);
      assert.match(
        html,
        /<p class="embed"><a href="https:\/\/video\.example\.org\/v\/1">Drone footage of the queue<\/a>/,
      );
      assert.doesNotMatch(html, /javascript:/);
      assert.match(html, /<a href="\/world">World<\/a>/);
      assert.match(
        html,
        /<li><a href="\/tag\/ports" rel="tag">Ports<\/a><\/li><li><a href="\/tag\/labour" rel="tag">Labour<\/a><\/li>/,
      );
      // The comment form, as readers know it.
      assert.match(html, /<h2 id="comments-title" class="comments-title">No comments yet<\/h2>/);
      assert.match(html, /Leave a Comment/);
      assert.match(
        html,
        /<p class="comment-notes" id="email-notes">Your email address will not be published\. Required fields are marked <span class="required" aria-hidden="true">\*<\/span><\/p>/,
      );
      assert.match(
        html,
        /<input id="email" name="email" type="email"[^>]*aria-describedby="email-notes"/,
      );
      assert.match(html, /<button type="submit" id="submit" class="submit">Post Comment<\/button>/);
      assert.match(
        String(res.headers['surrogate-key']),
        new RegExp(
          `^article:${articleId} section:\\d+ person:${site.people.reporter} person:\\d+ tag:\\d+ tag:\\d+$`,
        ),
      );
    });

    test('the page is valid HTML', async () => {
      const html = (await get(path)).body;
      assert.deepEqual(await htmlProblems(html), []);
    });

    test('every response carries the security headers', async () => {
      for (const url of ['/', path, '/nowhere', '/admin/sign-in']) {
        const res = await get(url);
        const csp = String(res.headers['content-security-policy']);
        assert.match(csp, /script-src 'self'/, url);
        assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/, url);
        assert.match(csp, /frame-ancestors 'none'/, url);
        assert.equal(res.headers['x-content-type-options'], 'nosniff', url);
        assert.equal(res.headers['referrer-policy'], 'strict-origin-when-cross-origin', url);
      }
      const html = (await get(path)).body;
      assert.doesNotMatch(
        html,
        /<script(?![^>]*\b(src=|type="application\/ld\+json"))[^>]*>/,
        'no inline script (JSON-LD is data, not script)',
      );
      assert.doesNotMatch(html, /\son[a-z]+=/i, 'no inline event handlers');
    });

    test('the "Reply" link works without JavaScript: the form names the parent and can be cancelled', async () => {
      await site.stores.comments.insert(
        {
          articleId,
          parentId: null,
          status: 'approved',
          authorName: 'Kit Harrow',
          authorEmail: 'kit@example.net',
          authorUrl: '',
          authorIp: '192.0.2.4',
          authorUserAgent: '',
          personId: null,
          text: 'Parent',
          html: '<p>Parent</p>',
          fingerprint: 'reply-parent',
          createdAt: site.clock.now,
        },
        { outcome: 'approve', rule: 'test', reason: 'test' },
      );
      const page = (await get(path)).body;
      const number = /id="comment-(\d+)"/.exec(page)![1];
      assert.match(
        page,
        new RegExp(`href="/world/dock-strike\\?replytocom=${number}#respond"[^>]*>Reply</a>`),
      );
      const replying = (await get(`${path}?replytocom=${number}`)).body;
      assert.match(replying, /<span id="reply-title-text">Reply to Kit Harrow<\/span>/);
      assert.match(replying, new RegExp(`name="parent" id="comment-parent" value="${number}"`));
      assert.match(
        replying,
        /<a id="cancel-comment-reply-link" href="\/world\/dock-strike#respond">Cancel reply<\/a>/,
      );
      assert.match(replying, /<meta name="robots" content="noindex"\/>/);
      assert.match(
        page,
        /<a id="cancel-comment-reply-link" href="\/world\/dock-strike#respond" hidden>/,
      );
    });

    test('unknown articles are 404 pages that help; drafts and future articles are not shown', async () => {
      const res = await get('/world/no-such-story');
      assert.equal(res.statusCode, 404);
      assert.match(res.body, /<h1 class="page-title">Page not found<\/h1>/);
      assert.match(res.body, /Go to the front page/);
      const section = (await site.stores.articles.findSection('world'))!.id;
      const future = new Date(site.clock.now.getTime() + 3600_000);
      await site.stores.articles.create({
        sectionId: section,
        slug: 'embargoed',
        status: 'published',
        headline: 'Embargoed',
        standfirst: '',
        body: doc(p('Not yet.')),
        dateline: null,
        leadMediaId: null,
        bylines: [],
        tags: [],
        commentsOpen: true,
        publishedAt: future,
        createdAt: site.clock.now,
        updatedAt: site.clock.now,
      });
      assert.equal((await get('/world/embargoed')).statusCode, 404);
      site.clock.advance(3600_001);
      assert.equal((await get('/world/embargoed')).statusCode, 200);
    });

    test('an old address answers 301 to where the article lives now', async () => {
      await site.stores.articles.addRedirect(
        '/2026/11/18/dock-strike/',
        { articleId },
        site.clock.now,
      );
      const res = await get('/2026/11/18/dock-strike/');
      assert.equal(res.statusCode, 301);
      assert.equal(res.headers.location, path);
    });

    test('home and section pages list the latest articles', async () => {
      const home = await get('/');
      assert.equal(home.statusCode, 200);
      assert.match(
        home.body,
        /<a href="\/world\/dock-strike">Dock strike enters its third week<\/a>/,
      );
      const section = await get('/world');
      assert.match(section.body, /<h1 class="page-title">World<\/h1>/);
      assert.match(section.body, /aria-current="page"/);
      assert.equal((await get('/nowhere')).statusCode, 404);
    });

    test('assets are served with long-lived caching and the right types', async () => {
      const html = (await get(path)).body;
      const css = /<link rel="stylesheet" href="([^"]+)"/.exec(html)![1]!;
      const js = /<script type="module" src="([^"]+)"/.exec(html)![1]!;
      const cssRes = await get(css);
      assert.equal(cssRes.statusCode, 200);
      assert.match(String(cssRes.headers['content-type']), /text\/css/);
      assert.match(String(cssRes.headers['cache-control']), /immutable/);
      const jsRes = await get(js);
      assert.match(String(jsRes.headers['content-type']), /javascript/);
      assert.ok(jsRes.body.length > 500);
    });
  });
}
