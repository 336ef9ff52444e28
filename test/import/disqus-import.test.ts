// Importing a Disqus export (test/import/fixtures/disqus-export.xml, written for these tests):
// threads found by address, identifier or an old address's redirect; replies under their
// parents, even when the file lists a reply first; spam and deleted comments kept as such.
import assert from 'node:assert/strict';
import { createReadStream } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { importDisqus, type DisqusImportResult } from '../../src/import/import-disqus.ts';
import { DATABASES, skipUnless } from '../helpers/databases.ts';
import { createTestSite, type TestSite } from '../helpers/site.ts';
import { rowCounts } from './support.ts';

const EXPORT = fileURLToPath(new URL('./fixtures/disqus-export.xml', import.meta.url));

for (const kind of DATABASES) {
  describe(`importing a Disqus export on ${kind}`, { skip: await skipUnless(kind) }, () => {
    let site: TestSite;
    let result: DisqusImportResult;
    const run = () =>
      importDisqus({
        open: () => createReadStream(EXPORT),
        store: site.stores.imports,
        clock: () => site.clock.now,
      });
    const comment = (email: string) =>
      site.database.db
        .selectFrom('comments as c')
        .leftJoin('comments as p', 'p.id', 'c.parent_id')
        .select([
          'c.number',
          'c.status',
          'c.article_id',
          'c.author_name',
          'c.author_ip',
          'c.html',
          'c.created_at',
          'p.author_email as parent_email',
        ])
        .where('c.author_email', '=', email)
        .executeTakeFirstOrThrow();

    before(async () => {
      site = await createTestSite({ database: kind });
      // The pipeline story once lived on the old site at this address.
      await site.stores.articles.addRedirect(
        '/2018/11/ferry-talks/',
        { articleId: site.articles.open.id },
        site.clock.now,
      );
      result = await run();
    });
    after(() => site.close());

    test('threads are matched to articles by address, identifier or an old address', () => {
      assert.equal(result.source, 'disqus:testgazette');
      assert.equal(result.summary.imported['threads matched'], 3);
      assert.equal(result.summary.skipped['threads not matched to an article'], 1);
      assert.equal(result.summary.skipped['comments on threads not matched to an article'], 1);
      assert.equal(result.summary.imported.comments, 8);
      assert.ok(
        result.summary.warnings.some((w) => w.examples.some((e) => e.includes('a-page-long-gone'))),
      );
    });

    test('comments keep their authors, emails, addresses, dates and statuses', async () => {
      const marta = await comment('marta.lind@example.net');
      assert.equal(marta.article_id, site.articles.open.id);
      assert.equal(marta.author_name, 'Marta Lind');
      assert.equal(marta.author_ip, '192.0.2.10');
      assert.equal(new Date(marta.created_at).toISOString(), '2026-11-19T09:10:00.000Z');
      assert.equal(marta.status, 'approved');
      assert.match(marta.html, /<strong>winter<\/strong>/);
      assert.match(
        marta.html,
        /<a href="https:\/\/example\.net\/pipeline-map" rel="nofollow ugc noopener">the route map<\/a>/,
      );
      assert.equal((await comment('offers@spam.example.com')).status, 'spam');
      const removed = await comment('');
      assert.equal(removed.status, 'trash');
      assert.equal(removed.author_name, 'Guest');
      assert.equal(removed.article_id, site.articles.closed.id);
      const ferry = await comment('pete.salo@example.org');
      assert.equal(ferry.article_id, site.articles.open.id, 'found through the redirect');
      assert.match(ferry.html, /^<blockquote>\n<p>The ferry will run until March\.<\/p>/);
    });

    test('replies sit under their parents, even a reply listed before its parent', async () => {
      assert.equal((await comment('o.brandt@example.org')).parent_email, 'marta.lind@example.net');
      assert.equal(
        (await comment('harbourwatcher@example.com')).parent_email,
        'j.okafor@example.net',
      );
      // The parent of this one was never in the export: it stands on its own.
      assert.equal((await comment('court.reporter@example.com')).parent_email, null);
      const page = await site.app.inject({ url: '/world/pipeline-talks-resume' });
      const marta = (await comment('marta.lind@example.net')).number;
      const olek = (await comment('o.brandt@example.org')).number;
      assert.match(
        page.body,
        new RegExp(`id="comment-${marta}"[\\s\\S]*?<ol class="children"><li id="comment-${olek}"`),
      );
      assert.doesNotMatch(page.body, /Cheap pipeline insurance/);
      const log = await site.stores.comments.history(marta);
      assert.deepEqual(
        log.map((l) => l.rule),
        ['import:disqus'],
      );
    });

    test('a second run changes nothing', async () => {
      const before = await rowCounts(site.database.db);
      const again = await run();
      assert.deepEqual(await rowCounts(site.database.db), before);
      assert.equal(again.summary.imported.comments ?? 0, 0);
    });
  });
}
