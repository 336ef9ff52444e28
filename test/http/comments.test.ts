// Posting comments over HTTP, as a browser does with JavaScript off (form POST, HTML answers)
// and on (Accept: application/json), for every answer the form can get.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DATABASES, skipUnless } from '../helpers/databases.ts';
import { createTestSite, form, FORM, type TestSite } from '../helpers/site.ts';

let site: TestSite;
let ipCounter = 0;
const nextIp = () => `198.51.100.${++ipCounter}`;

/**
 * Posts the form. Each post comes from its own IP and 16 seconds after the last, so flood control
 * stays out of the way unless a test asks for `now`.
 */
const post = (
  fields: Record<string, string | number>,
  options: { ip?: string; json?: boolean; now?: boolean } = {},
) => {
  if (!options.now) site.clock.advance(16_000);
  return site.app.inject({
    method: 'POST',
    url: '/comments',
    headers: {
      ...FORM,
      accept: options.json ? 'application/json' : 'text/html,application/xhtml+xml',
    },
    remoteAddress: options.ip ?? nextIp(),
    payload: form({ form_token: site.formToken(), ...fields }),
  });
};

const comment = (overrides: Record<string, string | number> = {}) => ({
  article: site.articles.open.id,
  parent: 0,
  comment: 'The harbour plan deserves a proper hearing.',
  author: 'Rosa Quill',
  email: 'rosa.quill@example.net',
  url: '',
  ...overrides,
});

/** Approves a commenter's first comment so their next ones are published at once. */
async function approveCommenter(name: string, email: string) {
  const first = await post(comment({ author: name, email, comment: `Hello from ${name}` }), {
    json: true,
  });
  await site.stores.comments.changeStatus({
    number: first.json().number,
    to: 'approved',
    personId: site.people.reporter,
    reason: 'test',
    at: site.clock.now,
  });
}

const page = (url: string) => site.app.inject({ method: 'GET', url });

for (const kind of DATABASES) {
  describe(`on ${kind}`, { skip: await skipUnless(kind) }, () => {
    before(async () => {
      site = await createTestSite({ database: kind });
    });
    after(() => site.close());

    describe('a comment that is published', () => {
      test('answers 303 to the article at the new comment, which then shows there', async () => {
        await approveCommenter('Rosa Quill', 'rosa.quill@example.net');
        const res = await post(comment({ comment: 'Second thoughts on the harbour.' }));
        assert.equal(res.statusCode, 303);
        const match = /^\/world\/pipeline-talks-resume#comment-(\d+)$/.exec(
          res.headers.location ?? '',
        );
        assert.ok(match, `location ${res.headers.location}`);
        const html = (await page(site.articles.open.path)).body;
        assert.match(html, new RegExp(`<li id="comment-${match[1]}" class="comment depth-1"`));
        assert.match(html, /Second thoughts on the harbour\./);
      });

      test('with JavaScript: 201 and the comment as HTML to insert', async () => {
        await approveCommenter('Lena Marsh', 'lena@example.org');
        const res = await post(
          comment({ author: 'Lena Marsh', email: 'lena@example.org', comment: 'Posted in place.' }),
          { json: true },
        );
        assert.equal(res.statusCode, 201);
        const body = res.json();
        assert.equal(body.status, 'approved');
        assert.match(body.html, new RegExp(`^<li id="comment-${body.number}"`));
        assert.match(body.html, /Posted in place\./);
        assert.doesNotMatch(res.body, /lena@example\.org/);
      });

      test('a reply nests under its parent, with a website linked rel="external nofollow ugc"', async () => {
        await approveCommenter('Ines Okafor', 'ines@example.net');
        const parent = await post(
          comment({ author: 'Ines Okafor', email: 'ines@example.net', comment: 'A parent.' }),
          { json: true },
        );
        const reply = await post(
          comment({
            author: 'Ines Okafor',
            email: 'ines@example.net',
            url: 'ines.example.net',
            parent: parent.json().number,
            comment: 'A reply.',
          }),
          { json: true },
        );
        assert.equal(reply.json().status, 'approved');
        assert.match(reply.json().html, /class="comment depth-2"/);
        const html = (await page(site.articles.open.path)).body;
        const parentLi = html.indexOf(`id="comment-${parent.json().number}"`);
        const childLi = html.indexOf(`id="comment-${reply.json().number}"`);
        assert.ok(parentLi > 0 && childLi > parentLi);
        assert.match(
          html.slice(parentLi, childLi),
          /<ol class="children"><li $/,
          'the reply sits in its parent’s list of children',
        );
        assert.match(
          html,
          /<a href="http:\/\/ines\.example\.net\/" rel="external nofollow ugc">Ines Okafor<\/a>/,
        );
      });
    });

    describe('a comment that is held', () => {
      test('a first-time commenter gets 303 with a notice only they can see', async () => {
        const res = await post(
          comment({ author: 'New Reader', email: 'new.reader@example.net', comment: 'First!' }),
        );
        assert.equal(res.statusCode, 303);
        const location = String(res.headers.location ?? '');
        const match = /\?held=([^#]+)#comment-(\d+)$/.exec(location);
        assert.ok(match, location);
        const mine = await page(location.split('#')[0]!);
        assert.match(mine.body, /Your comment is awaiting moderation/);
        assert.match(mine.body, /First!/);
        assert.equal(mine.headers['cache-control'], 'no-store');
        const everyoneElse = await page(site.articles.open.path);
        assert.doesNotMatch(everyoneElse.body, /First!/);
        const forged = await page(
          `${site.articles.open.path}?held=${match[2]}.9999999999.${'A'.repeat(43)}`,
        );
        assert.doesNotMatch(forged.body, /First!/);
      });

      test('with JavaScript the held comment comes back marked as awaiting moderation', async () => {
        const res = await post(comment({ author: 'Shy Reader', email: 'shy@example.net' }), {
          json: true,
        });
        assert.equal(res.statusCode, 201);
        assert.equal(res.json().status, 'held');
        assert.match(res.json().html, /Your comment is awaiting moderation/);
      });

      test('two links hold the comment even for a known commenter', async () => {
        await approveCommenter('Link Sharer', 'links@example.net');
        const res = await post(
          comment({
            author: 'Link Sharer',
            email: 'links@example.net',
            comment: 'Read https://example.org/one and https://example.org/two',
          }),
          { json: true },
        );
        assert.equal(res.json().status, 'held');
        const log = await site.stores.comments.history(res.json().number);
        assert.equal(log[0]?.rule, 'link-limit');
      });
    });

    describe('refusals', () => {
      test('400: the form comes back with the reader’s words and each message by its field', async () => {
        const res = await post(
          comment({ author: '', email: 'not-an-email', comment: 'Words I do not want to lose' }),
        );
        assert.equal(res.statusCode, 400);
        assert.match(String(res.headers['content-type']), /text\/html/);
        assert.match(res.body, />Words I do not want to lose<\/textarea>/);
        assert.match(
          res.body,
          /id="author"[^>]*aria-invalid="true"[^>]*aria-describedby="author-error"/,
        );
        assert.match(
          res.body,
          /<span class="field-error" id="author-error">Please enter your name\.<\/span>/,
        );
        assert.match(res.body, /value="not-an-email"/);
        assert.match(res.body, /aria-describedby="email-notes email-error"/);
        assert.match(res.body, /id="email-error">Please enter a valid email address/);
      });

      test('400 with JavaScript: field messages as JSON', async () => {
        const res = await post(comment({ comment: '   ' }), { json: true });
        assert.equal(res.statusCode, 400);
        assert.deepEqual(res.json().error.fields, { comment: 'Please type your comment.' });
      });

      test('400: over-long input is refused, never cut', async () => {
        const res = await post(comment({ author: 'x'.repeat(246) }), { json: true });
        assert.equal(res.statusCode, 400);
        assert.match(res.json().error.fields.author, /too long: 246 characters, the limit is 245/);
      });

      test('409: the same comment twice', async () => {
        const first = await post(comment({ comment: 'Say it once.' }), { json: true });
        assert.equal(first.statusCode, 201);
        site.clock.advance(60_000);
        const again = await post(comment({ comment: 'Say it once.' }));
        assert.equal(again.statusCode, 409);
        assert.match(
          again.body,
          /Duplicate comment detected; it looks as though you’ve already said that!/,
        );
        assert.match(again.body, />Say it once\.<\/textarea>/);
      });

      test('429: two comments from one IP within 15 seconds, with Retry-After', async () => {
        const ip = nextIp();
        const first = await post(comment({ email: 'fast@example.net', comment: 'One' }), {
          ip,
          json: true,
        });
        assert.equal(first.statusCode, 201);
        site.clock.advance(5_000);
        const second = await post(comment({ email: 'fast2@example.net', comment: 'Two' }), {
          ip,
          now: true,
        });
        assert.equal(second.statusCode, 429);
        assert.equal(second.headers['retry-after'], '10');
        assert.match(second.body, /You are posting comments too quickly\. Slow down\./);
        site.clock.advance(10_001);
        const third = await post(comment({ email: 'fast2@example.net', comment: 'Two' }), {
          ip,
          json: true,
          now: true,
        });
        assert.equal(third.statusCode, 201);
      });

      test('403: comments closed on the article', async () => {
        const res = await post(comment({ article: site.articles.closed.id }));
        assert.equal(res.statusCode, 403);
        assert.match(res.body, /Comments are closed on this article\./);
      });

      test('403: replying to a comment that is not approved', async () => {
        const held = await post(
          comment({ author: 'Held Parent', email: 'held.parent@example.net' }),
          {
            json: true,
          },
        );
        assert.equal(held.json().status, 'held');
        const reply = await post(
          comment({ parent: held.json().number, comment: 'Replying to a ghost' }),
        );
        assert.equal(reply.statusCode, 403);
        assert.match(reply.body, /The comment you are replying to is not available\./);
      });

      test('404: an unknown article', async () => {
        const res = await post(comment({ article: 999_999 }));
        assert.equal(res.statusCode, 404);
        assert.match(res.body, /could not be found/);
        const junk = await post(comment({ article: 'abc' }), { json: true });
        assert.equal(junk.statusCode, 404);
        assert.equal(junk.json().error.code, 'article_not_found');
      });

      test('405: anything but POST, with Allow: POST', async () => {
        for (const method of ['GET', 'PUT', 'DELETE', 'PATCH'] as const) {
          const res = await site.app.inject({ method, url: '/comments' });
          assert.equal(res.statusCode, 405, method);
          assert.equal(res.headers.allow, 'POST');
        }
      });

      test('413: a body over the limit, with a page that says so', async () => {
        const res = await post(comment({ comment: 'x'.repeat(1_100_000) }));
        assert.equal(res.statusCode, 413);
        assert.match(res.body, /larger than this site accepts/);
      });

      test('a refused comment stores nothing', async () => {
        const queue = () =>
          site.stores.moderation.listQueue({
            queue: 'pending',
            articleId: null,
            commenter: '',
            text: '',
            order: 'newest',
            reportThreshold: 3,
            limit: 10,
            offset: 0,
          });
        const before = await queue();
        await post(comment({ email: '' }));
        await post(comment({ article: site.articles.closed.id, comment: 'not stored' }));
        const after = await queue();
        assert.deepEqual(after.counts, before.counts);
      });
    });

    describe('what posting keeps and what it never shows', () => {
      test('consent ticked: name, email and website remembered; unticked: forgotten', async () => {
        const ticked = await post(
          comment({ consent: 'yes', url: 'example.net', comment: 'Remember me' }),
          {
            json: true,
          },
        );
        const set = ticked.cookies.map((c) => [c.name, c.value, c.maxAge] as const);
        assert.deepEqual(
          set.map(([n, v]) => [n, v]),
          [
            ['dl_comment_author', 'Rosa Quill'],
            ['dl_comment_author_email', 'rosa.quill@example.net'],
            ['dl_comment_author_url', 'example.net'],
          ],
        );
        assert.ok(set.every(([, , maxAge]) => (maxAge ?? 0) > 300 * 24 * 3600));
        const unticked = await post(comment({ comment: 'Forget me' }), { json: true });
        assert.deepEqual(
          unticked.cookies.map((c) => [c.name, c.value]),
          [
            ['dl_comment_author', ''],
            ['dl_comment_author_email', ''],
            ['dl_comment_author_url', ''],
          ],
        );
        assert.ok(
          unticked.cookies.every((c) => c.maxAge === 0 || (c.expires && c.expires < new Date())),
        );
      });

      test('commenters’ emails appear in no public page', async () => {
        const emails = [
          'rosa.quill@example.net',
          'lena@example.org',
          'ines@example.net',
          'new.reader@example.net',
        ];
        for (const url of ['/', '/world', site.articles.open.path]) {
          const res = await page(url);
          assert.equal(res.statusCode, 200, url);
          for (const email of emails) assert.ok(!res.body.includes(email), `${email} in ${url}`);
        }
      });

      test('a script in a comment is shown as text; a javascript: website is refused', async () => {
        await approveCommenter('Mallory', 'mallory@example.net');
        const res = await post(
          comment({
            author: 'Mallory',
            email: 'mallory@example.net',
            comment: '<script>alert(1)</script> [x](javascript:alert(2))',
          }),
          { json: true },
        );
        assert.equal(res.json().status, 'approved');
        const html = (await page(site.articles.open.path)).body;
        assert.ok(!html.includes('<script>alert(1)'));
        assert.ok(!/href="javascript:/i.test(html));
        assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
        const bad = await post(
          comment({
            author: 'Mallory',
            email: 'mallory@example.net',
            url: 'javascript:alert(3)',
            comment: 'x',
          }),
          { json: true },
        );
        assert.equal(bad.statusCode, 400);
        assert.ok(bad.json().error.fields.url);
      });

      test('full Unicode is stored and shown as typed', async () => {
        await approveCommenter('Zoë Ñandú 😀', 'zoe@example.net');
        const text = 'Ça va? 𝒳 — 漢字 — 👩🏽‍💻';
        const res = await post(
          comment({ author: 'Zoë Ñandú 😀', email: 'zoe@example.net', comment: text }),
          { json: true },
        );
        assert.equal(res.json().status, 'approved');
        assert.ok((await page(site.articles.open.path)).body.includes(text));
      });
    });
  });
}
