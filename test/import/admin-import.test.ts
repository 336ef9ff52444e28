// The admin's import: an owner uploads an export, a background job imports it, and the progress
// page (which reloads itself while it runs) shows the report. Only `manage_site` may.
import assert from 'node:assert/strict';
import { copyFile, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { queueImport } from '../../src/import/import-job.ts';
import { jobHandlers } from '../../src/jobs/handlers.ts';
import { JobRunner } from '../../src/jobs/runner.ts';
import { OutboxMailer } from '../../src/mail/mailer.ts';
import { DATABASES, skipUnless } from '../helpers/databases.ts';
import { htmlProblems } from '../helpers/html.ts';
import { createTestSite, type TestSite } from '../helpers/site.ts';
import { signedIn, type Staff } from '../helpers/staff.ts';
import { SMALL_SITE } from './support.ts';

/** A multipart body as a browser sends it, made by the platform's own FormData. */
async function multipart(parts: [string, string | { data: Buffer; filename: string }][]) {
  const data = new FormData();
  for (const [name, value] of parts)
    if (typeof value === 'string') data.append(name, value);
    else
      data.append(
        name,
        new Blob([new Uint8Array(value.data)], { type: 'text/xml' }),
        value.filename,
      );
  const response = new Response(data);
  return {
    body: Buffer.from(await response.arrayBuffer()),
    type: response.headers.get('content-type')!,
  };
}

for (const kind of DATABASES) {
  describe(`the admin import on ${kind}`, { skip: await skipUnless(kind) }, () => {
    let site: TestSite;
    let owner: Staff;
    let editor: Staff;

    before(async () => {
      site = await createTestSite({ database: kind });
      owner = await signedIn(site, 'owner', 'Olive Owner');
      editor = await signedIn(site, 'editor', 'Eddie Editor');
    });
    after(() => site.close());

    const runJobs = () =>
      new JobRunner({
        jobs: site.stores.jobs,
        handlers: jobHandlers({
          stores: site.stores,
          mailer: new OutboxMailer(`${site.dataDir}/outbox`, 'test@example.test'),
          clock: () => site.clock.now,
        }),
        clock: () => site.clock.now,
      }).runDue();

    async function upload(
      who: Staff,
      file: { data: Buffer; filename: string } | null,
      fields: Record<string, string> = {},
    ) {
      const parts: [string, string | { data: Buffer; filename: string }][] = [
        ['_csrf', who.csrf],
        ['kind', 'wordpress'],
        ...Object.entries(fields),
      ];
      if (file) parts.push(['file', file]);
      const body = await multipart(parts);
      return site.app.inject({
        method: 'POST',
        url: '/admin/import',
        headers: { cookie: who.cookie, 'content-type': body.type },
        payload: body.body,
      });
    }

    test('the import page is the owner’s, and valid', async () => {
      const page = await owner.get('/admin/import');
      assert.equal(page.statusCode, 200);
      assert.match(
        page.body,
        /<form method="post" action="\/admin\/import" enctype="multipart\/form-data"/,
      );
      assert.match(page.body, /name="time_zone" type="text" value="Europe\/London"/);
      assert.deepEqual(await htmlProblems(page.body), []);
      assert.equal((await editor.get('/admin/import')).statusCode, 403);
      const refused = await upload(editor, { data: await readFile(SMALL_SITE), filename: 'x.xml' });
      assert.equal(refused.statusCode, 403);
      assert.equal((await site.stores.jobs.list({ kind: 'import-site' })).length, 0);
    });

    test('an upload runs as a job; the progress page reloads itself, then shows the report', async () => {
      const res = await upload(owner, {
        data: await readFile(SMALL_SITE),
        filename: 'millbrook.xml',
      });
      assert.equal(res.statusCode, 303, res.body);
      const progress = String(res.headers.location);
      assert.match(progress, /^\/admin\/import\/[\w-]+$/);

      const waiting = await owner.get(progress);
      assert.equal(waiting.statusCode, 200);
      assert.equal(waiting.headers.refresh, '3');
      assert.match(waiting.body, /Waiting to start\./);
      assert.deepEqual(await htmlProblems(waiting.body), []);
      // The file waits in the data folder, which every instance shares.
      assert.equal((await readdir(path.join(site.dataDir, 'imports'))).length, 1);

      assert.equal(await runJobs(), 1);
      const done = await owner.get(progress);
      assert.equal(done.headers.refresh, undefined, 'no more reloading');
      assert.match(done.body, /<strong>Done\.<\/strong>/);
      assert.match(done.body, /<th scope="row">posts<\/th><td>2<\/td>/);
      assert.match(done.body, /<th scope="row">comments<\/th><td>2<\/td>/);
      assert.match(done.body, /2 × picture left at its old address \(no copy of uploads given\)/);
      assert.deepEqual(await htmlProblems(done.body), []);
      assert.deepEqual(await readdir(path.join(site.dataDir, 'imports')), [], 'the upload is gone');
      assert.equal((await site.app.inject({ url: '/town/mill-bridge-repairs' })).statusCode, 200);
      const list = await owner.get('/admin/import');
      assert.match(
        list.body,
        /<a href="\/admin\/import\/[\w-]+">millbrook\.xml<\/a> \(WordPress\), done, started/,
      );
    });

    test('a file that is not an export fails, and says where', async () => {
      const res = await upload(owner, {
        data: Buffer.from('<rss><channel><item><title>cut'),
        filename: 'cut.xml',
      });
      assert.equal(res.statusCode, 303);
      assert.equal(await runJobs(), 1);
      const page = await owner.get(String(res.headers.location));
      assert.match(page.body, /<strong>Failed\.<\/strong>/);
      assert.match(page.body, /role="alert">cut\.xml:1:\d+: /);
      assert.equal(await runJobs(), 0, 'not tried again');
    });

    test('a bad time zone or a missing file is refused before anything is queued', async () => {
      const zone = await upload(
        owner,
        { data: await readFile(SMALL_SITE), filename: 'x.xml' },
        { time_zone: 'Atlantis/Capital' },
      );
      assert.equal(zone.statusCode, 400);
      assert.match(zone.body, /&quot;Atlantis\/Capital&quot; is not a time zone/);
      assert.match(zone.body, /name="time_zone" type="text" value="Atlantis\/Capital"/);
      const none = await upload(owner, null);
      assert.equal(none.statusCode, 400);
      assert.match(none.body, /Choose the export file to import/);
      // An upload announcing more than 512 MiB is refused before a byte of it is read.
      const body = await multipart([
        ['_csrf', owner.csrf],
        ['file', { data: await readFile(SMALL_SITE), filename: 'huge.xml' }],
      ]);
      const huge = await site.app.inject({
        method: 'POST',
        url: '/admin/import',
        headers: {
          cookie: owner.cookie,
          'content-type': body.type,
          'content-length': String(600 * 1024 * 1024),
        },
        payload: body.body,
      });
      assert.equal(huge.statusCode, 413);
      assert.match(huge.body, /larger than 512 MB/);
      const xml = await readFile(SMALL_SITE);
      const two = await multipart([
        ['_csrf', owner.csrf],
        ['file', { data: xml, filename: 'a.xml' }],
        ['file', { data: xml, filename: 'b.xml' }],
      ]);
      const twoFiles = await site.app.inject({
        method: 'POST',
        url: '/admin/import',
        headers: { cookie: owner.cookie, 'content-type': two.type },
        payload: two.body,
      });
      assert.equal(twoFiles.statusCode, 413);
      assert.match(twoFiles.body, /Upload one export file at a time/);
      assert.equal(await runJobs(), 0);
    });

    test('a run whose instance died is taken over; one alive elsewhere is left to it', async () => {
      const file = path.join(site.dataDir, 'imports', 'by-hand.xml');
      await copyFile(SMALL_SITE, file);
      const run = await queueImport(
        { stores: site.stores, clock: () => site.clock.now, nudge: () => {} },
        {
          id: `takeover-${kind}`,
          kind: 'wordpress',
          file,
          fileName: 'by-hand.xml',
          timeZone: null,
          startedBy: 'test',
        },
      );
      // Another instance says it is running this import, and said so just now.
      await site.stores.imports.saveRun({
        ...run,
        status: 'running',
        updatedAt: site.clock.now.toISOString(),
      });
      assert.equal(await runJobs(), 1);
      assert.equal((await site.stores.imports.findRun(run.id))?.status, 'running');
      // Three minutes without a word from it: the job's next attempt carries the import on.
      site.clock.advance(3 * 60_000);
      assert.equal(await runJobs(), 1);
      const done = await site.stores.imports.findRun(run.id);
      assert.equal(done?.status, 'done');
      assert.equal(done?.summary.skipped['already imported'], 5);
    });

    test('an unknown run is a 404', async () => {
      assert.equal((await owner.get('/admin/import/nothing-here')).statusCode, 404);
    });
  });
}
