// The WordPress import against a real export (the Theme Unit Test data), on both databases:
// what the file holds is counted from its raw text, then looked for on the site over HTTP.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { jobHandlers } from '../../src/jobs/handlers.ts';
import { JobRunner } from '../../src/jobs/runner.ts';
import { OutboxMailer } from '../../src/mail/mailer.ts';
import type { WordPressImportResult } from '../../src/import/import-wordpress.ts';
import { DATABASES, skipUnless } from '../helpers/databases.ts';
import { htmlProblems } from '../helpers/html.ts';
import { createTestSite, form, FORM, type TestSite } from '../helpers/site.ts';
import {
  fixtureSkipReason,
  fixtureText,
  importFixture,
  isArticle,
  isPicture,
  isPublic,
  pathOfItem,
  rawItems,
  rowCounts,
  SOURCE,
  type RawItem,
} from './support.ts';

const skipFixture = fixtureSkipReason();

for (const kind of DATABASES) {
  describe(
    `importing the Theme Unit Test export on ${kind}`,
    {
      skip: skipFixture || (await skipUnless(kind)),
    },
    () => {
      let site: TestSite;
      let items: RawItem[];
      let result: WordPressImportResult;
      const byId = (id: number) => items.find((i) => i.id === id)!;

      before(async () => {
        items = rawItems(fixtureText());
        site = await createTestSite({ database: kind });
        result = await importFixture(site);
      });
      after(() => site.close());

      test('counts match the file', async () => {
        const posts = items.filter((i) => isArticle(i) && i.type === 'post').length;
        const pages = items.filter((i) => isArticle(i) && i.type === 'page').length;
        const pictures = items.filter(isPicture).length;
        const comments = items.filter(isArticle).flatMap((i) => i.comments).length;
        const authors = (fixtureText().match(/<wp:author>/g) ?? []).length;
        assert.deepEqual(
          [posts, pages, pictures, comments, authors],
          [58, 21, 35, 33, 2],
          'the file, read independently',
        );
        const { imported, skipped } = result.summary;
        assert.equal(imported.posts, posts);
        assert.equal(imported.pages, pages);
        assert.equal(imported.media, pictures);
        assert.equal(imported.comments, comments);
        assert.equal(imported.people, authors);
        assert.equal(skipped['menu items (menus are not content)'], 70);
        assert.equal(skipped['attachments that are not pictures (audio, video, documents)'], 2);

        const db = site.database.db;
        const count = async (table: 'articles' | 'comments' | 'media' | 'people') =>
          Number(
            (
              await db
                .selectFrom(table)
                .select((eb) => eb.fn.countAll<number>().as('n'))
                .executeTakeFirstOrThrow()
            ).n,
          );
        // The test site held 2 articles and 1 person before.
        assert.equal(await count('articles'), 2 + posts + pages);
        assert.equal(await count('comments'), comments);
        assert.equal(await count('media'), pictures);
        assert.equal(await count('people'), 1 + authors);
        for (const item of items.filter(isArticle))
          assert.ok(await pathOfItem(site, item.id), `item ${item.id} was imported`);
      });

      test('every published post and page answers 200 at its new address, and its page is valid HTML', async () => {
        const published = items.filter(isPublic);
        assert.equal(published.length, 76);
        for (const item of published) {
          const path = (await pathOfItem(site, item.id))!;
          if (item.type === 'page') assert.match(path, /^\/pages\/[a-z0-9-]+$/);
          const res = await site.app.inject({ url: path });
          assert.equal(res.statusCode, 200, `${item.id} ${item.title} at ${path}`);
          assert.deepEqual(await htmlProblems(res.body), [], `${item.id} at ${path}`);
        }
        // Kept out of public view: the password-protected post, the draft, the scheduled post.
        for (const item of items.filter((i) => isArticle(i) && !isPublic(i))) {
          const res = await site.app.inject({ url: (await pathOfItem(site, item.id))! });
          assert.equal(res.statusCode, 404, `${item.id} ${item.title} is not public`);
        }
      });

      test('old addresses answer 301 with the new one', async () => {
        let checked = 0;
        for (const item of items.filter(isPublic)) {
          const path = (await pathOfItem(site, item.id))!;
          const old = new URL(item.link).pathname.replace(/\/{2,}/g, '/');
          const candidates = [old, `/?p=${item.id}`];
          if (item.type === 'page') candidates.push(`/?page_id=${item.id}`);
          const date = /^(\d{4})-(\d{2})-(\d{2})/.exec(item.date)!;
          if (item.type === 'post')
            candidates.push(`/${date[1]}/${date[2]}/${date[3]}/${item.name}/`);
          for (const url of candidates) {
            const res = await site.app.inject({ url });
            assert.equal(res.statusCode, 301, `${url} (item ${item.id})`);
            assert.equal(res.headers.location, path, url);
            checked++;
          }
        }
        assert.ok(checked > 200);
        // Category archives go to the section, a subcategory's to the tag it became.
        const classic = await site.app.inject({ url: '/category/classic/' });
        assert.equal(classic.headers.location, '/classic');
        const grandchild = await site.app.inject({
          url: '/category/parent-category/child-category-03/grandchild-category/',
        });
        assert.equal(grandchild.headers.location, '/tag/grandchild-category');
        // The front page is still the front page.
        assert.equal((await site.app.inject({ url: '/?page=1' })).statusCode, 200);
      });

      test('comments keep their WordPress numbers, threads, statuses and kinds', async () => {
        const rows = await site.database.db
          .selectFrom('comments as c')
          .leftJoin('comments as p', 'p.id', 'c.parent_id')
          .select(['c.number', 'p.number as parent', 'c.status', 'c.kind', 'c.article_id'])
          .execute();
        const expected = items
          .filter(isArticle)
          .flatMap((i) => i.comments.map((c) => ({ ...c, item: i.id })));
        assert.equal(rows.length, expected.length);
        const status: Record<string, string> = { '1': 'approved', '0': 'pending' };
        for (const c of expected) {
          const row = rows.find((r) => r.number === c.id);
          assert.ok(row, `comment ${c.id} kept its number`);
          assert.equal(row.parent ?? 0, c.parent, `comment ${c.id} answers ${c.parent}`);
          assert.equal(row.status, status[c.approved]);
          assert.equal(
            row.kind,
            c.type === 'pingback' || c.type === 'trackback' ? c.type : 'comment',
          );
          const articleId = await site.stores.imports.findLink(SOURCE, 'post', String(c.item));
          assert.equal(row.article_id, articleId);
        }
        // The thread ten deep is there, and every approved comment's anchor is its WordPress id.
        const page = await site.app.inject({ url: (await pathOfItem(site, 1148))! });
        const approved = byId(1148).comments.filter((c) => c.approved === '1');
        for (const c of approved) assert.match(page.body, new RegExp(`id="comment-${c.id}"`));
        assert.match(page.body, /href="#comment-915"/);
        assert.doesNotMatch(page.body, /id="comment-1016"/, 'a held comment is not shown');
        // HTML in comments was turned into text and rendered again: no markup came through.
        const markup = await site.stores.comments.findPublic(881);
        assert.match(markup!.html, /<blockquote>/);
        assert.doesNotMatch(markup!.html, /<h1|<table|<img/);
        const log = await site.stores.comments.history(881);
        assert.deepEqual(
          log.map((l) => [l.rule, l.to_status]),
          [['import:wordpress', 'approved']],
        );
      });

      test('statuses, dates, sticky posts, featured images, standfirsts and authors', async () => {
        const article = async (id: number) => {
          const articleId = (await site.stores.imports.findLink(SOURCE, 'post', String(id)))!;
          return (await site.stores.editing.findForEdit(articleId, site.clock.now))!;
        };
        const sticky = await article(1241);
        assert.equal(sticky.status, 'published');
        assert.equal(sticky.publishedAt?.toISOString(), '2012-01-07T14:07:21.000Z');
        const front = await site.app.inject({ url: '/' });
        assert.match(front.body, /Template: Sticky/);
        const pinned = await site.stores.articles.findPinned(site.clock.now);
        assert.equal(pinned?.headline, 'Template: Sticky');

        assert.equal((await article(1168)).status, 'draft', 'password-protected');
        assert.equal((await article(1164)).status, 'draft');
        const scheduled = await article(1153);
        assert.equal(scheduled.status, 'scheduled');
        assert.equal(scheduled.publishedAt?.toISOString(), '2030-01-01T19:00:18.000Z');

        const excerpt = await article(993);
        assert.match(excerpt.standfirst, /^This is a user-defined post excerpt/);
        const featured = await article(1011);
        const thumbnail = byId(1011).thumbnailId!;
        const media = await site.stores.imports.findMediaLink(SOURCE, String(thumbnail));
        assert.equal(featured.leadMediaId, media?.id);
        const page = await site.app.inject({ url: (await pathOfItem(site, 1011))! });
        assert.match(
          page.body,
          /<figure class="lead-image"><img src="https:\/\/wpthemetestdata\.files\.wordpress\.com\//,
        );

        const markup = await article(1173);
        assert.equal(markup.headline, 'Markup: Title With Markup');
        assert.equal((await article(1169)).headline, '(no title)');
        const reviewer = await site.database.db
          .selectFrom('people')
          .selectAll()
          .where('email', '=', 'themereviewteam@gmail.com')
          .executeTakeFirstOrThrow();
        assert.equal(reviewer.name, 'Theme Reviewer');
        assert.equal(reviewer.role, null, 'a byline, not an account');
        assert.equal(reviewer.password_hash, null);
        // Categories: the section is the top-level ancestor; the rest are tags.
        const many = await article(1152);
        assert.equal(many.path?.split('/')[1], 'classic');
        assert.ok(many.tags.includes('Grandchild Category'));
        assert.ok(many.tags.includes('Child Category 03'));
        // Unknown blocks became raw HTML, and the report says so, counted.
        const raw = result.summary.warnings.find(
          (w) => w.kind === 'block wp:comments kept as raw HTML',
        );
        assert.equal(raw?.count, 1);
        assert.ok(
          result.summary.warnings.find((w) => w.kind === '<table> kept as raw HTML')!.count >= 2,
        );
      });

      test('a second run changes nothing', async () => {
        const before = await rowCounts(site.database.db);
        const again = await importFixture(site);
        assert.deepEqual(await rowCounts(site.database.db), before);
        assert.deepEqual(again.summary.imported, {});
        assert.equal(again.summary.skipped['already imported'], 58 + 21 + 35);
      });

      test('the next comment is numbered after the highest imported one', async () => {
        const highest = Math.max(...items.flatMap((i) => i.comments.map((c) => c.id)));
        site.clock.advance(60_000);
        const res = await site.app.inject({
          method: 'POST',
          url: '/comments',
          headers: { ...FORM, accept: 'application/json' },
          remoteAddress: '10.9.8.7',
          payload: form({
            form_token: site.formToken(),
            article: site.articles.open.id,
            parent: 0,
            comment: 'A first comment after the move.',
            author: 'Nell Newcomer',
            email: 'nell@example.net',
            url: '',
          }),
        });
        assert.ok(res.statusCode < 300, res.body);
        assert.equal(res.json().number, highest + 1);
      });

      test('the scheduled post has a publishing job that publishes it on time', async () => {
        const articleId = (await site.stores.imports.findLink(SOURCE, 'post', '1153'))!;
        const jobs = await site.stores.jobs.list({ kind: 'publish-article', status: 'pending' });
        assert.deepEqual(
          jobs.map((j) => [j.payload, j.runAt.toISOString()]),
          [[{ articleId }, '2030-01-01T19:00:18.000Z']],
        );
        const later = () => new Date('2030-01-01T19:01:00Z');
        const runner = new JobRunner({
          jobs: site.stores.jobs,
          handlers: jobHandlers({
            stores: site.stores,
            mailer: new OutboxMailer(`${site.dataDir}/outbox`, 'test@example.test'),
            clock: later,
          }),
          clock: later,
        });
        assert.equal(await runner.runDue(), 1);
        const published = await site.stores.articles.findPublicById(articleId, later());
        assert.equal(published?.headline, 'Scheduled');
      });
    },
  );

  describe(
    `an import stopped part way on ${kind}`,
    {
      skip: skipFixture || (await skipUnless(kind)),
    },
    () => {
      let site: TestSite;
      let items: RawItem[];
      before(async () => {
        items = rawItems(fixtureText());
        site = await createTestSite({ database: kind });
      });
      after(() => site.close());

      test('leaves whole articles or none, and a second run completes it', async () => {
        // The failure comes inside the transaction of the post with 20 comments, after its article,
        // comments and redirects were written: none of it may remain.
        await assert.rejects(
          importFixture(site, {
            beforeCommit: (item) => {
              if (item.id === 1148) throw new Error('the disk is full');
            },
          }),
          /the disk is full/,
        );
        assert.equal(await pathOfItem(site, 1148), null);
        const leftover = await site.database.db
          .selectFrom('comments')
          .select('number')
          .where(
            'number',
            'in',
            items.find((i) => i.id === 1148)!.comments.map((c) => c.id),
          )
          .execute();
        assert.deepEqual(leftover, []);
        const redirect = await site.app.inject({ url: '/2012/01/03/template-comments/' });
        assert.equal(redirect.statusCode, 404);
        // Everything that did come in is whole: each article has all of its comments and a byline.
        const linked = await site.stores.imports.linksOfKind(SOURCE, 'post');
        assert.ok(
          linked.length > 10 && linked.length < 79,
          `${linked.length} articles before the stop`,
        );
        for (const [externalId, articleId] of linked) {
          const item = items.find((i) => i.id === Number(externalId))!;
          const comments = await site.database.db
            .selectFrom('comments')
            .select('number')
            .where('article_id', '=', articleId)
            .execute();
          assert.equal(comments.length, item.comments.length, `item ${externalId}`);
          const bylines = await site.database.db
            .selectFrom('article_bylines')
            .select('person_id')
            .where('article_id', '=', articleId)
            .execute();
          assert.equal(bylines.length, 1, `item ${externalId}`);
        }

        const rest = await importFixture(site);
        assert.equal(
          rest.summary.imported.posts! + (rest.summary.imported.pages ?? 0),
          79 - linked.length,
        );
        for (const item of items.filter(isArticle))
          assert.ok(await pathOfItem(site, item.id), `item ${item.id}`);
        const comments = await site.database.db
          .selectFrom('comments')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow();
        assert.equal(Number(comments.n), 33);
        const page = await site.app.inject({ url: '/2012/01/03/template-comments/' });
        assert.equal(page.statusCode, 301);
      });
    },
  );
}
