// Commenters' email addresses are never published. Comments arrive through every path a site
// offers (the plain form, the form with JavaScript, a reply, a moderator's reply from the desk),
// then the whole public site is crawled, following every link from the front page, the feeds
// and the sitemaps, and every response is searched for every address used.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DATABASES, skipUnless } from '../helpers/databases.ts';
import { createTestSite, form, FORM, type TestSite } from '../helpers/site.ts';
import { signedIn, type Staff } from '../helpers/staff.ts';

let site: TestSite;
let moderator: Staff;

const EMAILS = {
  form: 'Plain.Form@Reader-Mail.example',
  script: 'script.user@reader-mail.example',
  reply: 'Replying.Reader@reader-mail.example',
};

async function post(fields: Record<string, string | number>, json: boolean, ip: string) {
  site.clock.advance(16_000);
  return site.app.inject({
    method: 'POST',
    url: '/comments',
    headers: { ...FORM, accept: json ? 'application/json' : 'text/html' },
    remoteAddress: ip,
    payload: form({
      form_token: site.formToken(),
      article: site.articles.open.id,
      parent: 0,
      url: '',
      ...fields,
    }),
  });
}

/** Every same-site address in a response: links, sources, sitemap locations, feed URLs. */
function linksIn(body: string, base: string): string[] {
  const found = new Set<string>();
  const patterns = [
    /\b(?:href|src|action)="([^"#]+)/g,
    /<loc>([^<]+)<\/loc>/g,
    /"(?:url|home_page_url|feed_url|id)":\s*"([^"#]+)"/g,
  ];
  for (const pattern of patterns)
    for (const match of body.matchAll(pattern)) {
      const raw = match[1]!.replace(/&amp;/g, '&');
      const path = raw.startsWith(base) ? raw.slice(base.length) : raw;
      if (!path.startsWith('/') || path.startsWith('//')) continue;
      if (path.startsWith('/admin') || path.startsWith('/media/')) continue;
      found.add(path);
    }
  return [...found];
}

for (const kind of DATABASES) {
  describe(`no email address is published, on ${kind}`, { skip: await skipUnless(kind) }, () => {
    before(async () => {
      site = await createTestSite({ database: kind });
      moderator = await signedIn(site, 'moderator', 'Desk Moderator');
    });
    after(() => site.close());

    test('comments through every path, then a crawl of the whole public site', async () => {
      const answers: string[] = [];
      // 1. The plain form (JavaScript off): 303 to the article with a held notice.
      const plain = await post(
        {
          author: 'Plain Form',
          email: EMAILS.form,
          comment: 'Posted with the plain form.',
          consent: 'yes',
        },
        false,
        '198.51.100.1',
      );
      assert.equal(plain.statusCode, 303);
      const heldPage = await site.app.inject({ url: plain.headers.location as string });
      answers.push(heldPage.body);
      // 2. The form with JavaScript: JSON with the comment's HTML.
      const script = await post(
        { author: 'Script User', email: EMAILS.script, comment: 'Posted with JavaScript.' },
        true,
        '198.51.100.2',
      );
      assert.equal(script.statusCode, 201);
      answers.push(script.body);
      const parent = script.json().number as number;
      // Readers reply only to published comments.
      await moderator.post(`/admin/comments/${parent}`, { action: 'approve' });
      // 3. A reply, asking to hear of replies to it.
      const reply = await post(
        {
          author: 'Replying Reader',
          email: EMAILS.reply,
          comment: 'A reply to the JavaScript comment.',
          parent,
          notify_replies: 'yes',
        },
        true,
        '198.51.100.3',
      );
      assert.equal(reply.statusCode, 201);
      answers.push(reply.body);
      // Publish the others from the desk.
      const plainNumber = /comment-(\d+)/.exec(plain.headers.location as string)![1];
      await moderator.post(`/admin/comments/${plainNumber}`, { action: 'approve' });
      await moderator.post(`/admin/comments/${reply.json().number}`, { action: 'approve' });
      // 4. A moderator's reply from the desk, under the moderator's own name.
      const staff = await moderator.post(`/admin/comments/${reply.json().number}/reply`, {
        [`reply-${reply.json().number}`]: 'Thanks, we have corrected the timetable.',
      });
      assert.equal(staff.statusCode, 303);

      const article = (await site.app.inject({ url: site.articles.open.path })).body;
      for (const text of [
        'Posted with the plain form.',
        'Posted with JavaScript.',
        'A reply to the JavaScript comment.',
        'Thanks, we have corrected the timetable.',
      ])
        assert.ok(article.includes(text), `"${text}" is published`);

      const addresses = [...Object.values(EMAILS), moderator.email].map((e) => e.toLowerCase());
      const base = site.config.publicUrl;
      const start = [
        '/',
        '/feed.xml',
        '/feed.atom',
        '/feed.json',
        '/sitemap.xml',
        '/robots.txt',
        '/search?q=posted',
        `${site.articles.open.path}/comments.xml`,
        `${site.articles.open.path}/comments.json`,
      ];
      const seen = new Set<string>();
      const queue = [...start];
      while (queue.length > 0 && seen.size < 400) {
        const url = queue.shift()!;
        if (seen.has(url)) continue;
        seen.add(url);
        const res = await site.app.inject({ url });
        const body = res.body.toLowerCase();
        for (const address of addresses)
          assert.ok(!body.includes(address), `${address} appears in ${url}`);
        if (res.statusCode === 200) queue.push(...linksIn(res.body, base));
      }
      for (const answer of answers)
        for (const address of addresses)
          assert.ok(!answer.toLowerCase().includes(address), `${address} in a posting answer`);

      // The crawl really reached the pages that show comments and their authors.
      for (const expected of [
        site.articles.open.path,
        '/world',
        '/tag/energy',
        '/author/ada-reporter',
        '/sitemaps/news.xml',
        `/comments/${parent}/report`,
      ])
        assert.ok(seen.has(expected), `the crawl reached ${expected}`);
      assert.ok(
        [...seen].some((u) => u.includes('/comments.')),
        'the crawl reached a comment feed',
      );
    });
  });
}
