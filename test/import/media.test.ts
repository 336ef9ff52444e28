// Pictures of an import (test/import/fixtures/small-site.xml, an invented weekly): a file found in
// the copy of wp-content/uploads is brought in like an upload (re-encoded, its camera details
// gone, served here with resized copies); one that is not stays at its old address, and the
// Content-Security-Policy lets that address's origin show pictures, and nothing else changes.
import assert from 'node:assert/strict';
import { createReadStream } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import fastifyHelmet from '@fastify/helmet';
import Fastify from 'fastify';
import sharp from 'sharp';
import { buildApp } from '../../src/app.ts';
import { importWordPress } from '../../src/import/import-wordpress.ts';
import { cachedImageOrigins, helmetOptions } from '../../src/web/security.ts';
import { DATABASES, skipUnless } from '../helpers/databases.ts';
import { htmlProblems } from '../helpers/html.ts';
import { createTestSite, type TestSite } from '../helpers/site.ts';
import { SMALL_SITE, uploadsCopy } from './support.ts';

const SOURCE = 'wordpress:https://millbrook-weekly.example.org';

for (const kind of DATABASES) {
  describe(`pictures of an import on ${kind}`, { skip: await skipUnless(kind) }, () => {
    let site: TestSite;
    let uploads: string;
    const find = async (id: number) =>
      (await site.stores.media.find(
        (await site.stores.imports.findMediaLink(SOURCE, String(id)))!.id,
      ))!;
    const article = async (id: number) =>
      (await site.stores.articles.findAnyById(
        (await site.stores.imports.findLink(SOURCE, 'post', String(id)))!,
        site.clock.now,
      ))!;

    before(async () => {
      site = await createTestSite({ database: kind });
      uploads = await uploadsCopy();
      await importWordPress({
        open: () => createReadStream(SMALL_SITE),
        store: site.stores.imports,
        timeZone: 'America/New_York',
        media: { dataDir: site.dataDir, mediaDir: uploads },
        clock: () => site.clock.now,
      });
    });
    after(async () => {
      await site.close();
      await rm(uploads, { recursive: true, force: true });
    });

    test('a picture found in the uploads copy is brought in without its camera details', async () => {
      const bridge = await find(31);
      assert.equal(bridge.originalUrl, null);
      assert.deepEqual([bridge.width, bridge.height, bridge.mime], [1200, 800, 'image/jpeg']);
      assert.equal(bridge.alt, 'The mill footbridge in winter');
      assert.equal(bridge.caption, 'The mill footbridge');
      assert.equal(bridge.credit, 'Hester Wren', 'from the attachment metadata');
      assert.equal(bridge.description, 'Taken from the weir on a frosty morning.');
      const served = path.join(site.dataDir, 'media', bridge.file);
      assert.equal((await sharp(served).metadata()).exif, undefined, 'no EXIF in what is served');
      assert.ok((await stat(path.join(site.dataDir, 'media', bridge.original!))).isFile());

      const post = await article(40);
      assert.equal(post.lead?.media.id, bridge.id);
      assert.deepEqual(post.body.content[1], {
        type: 'image',
        attrs: { mediaId: bridge.id, caption: 'The footbridge, seen from the weir.' },
      });
      const page = await site.app.inject({ url: '/town/mill-bridge-repairs' });
      assert.equal(page.statusCode, 200);
      assert.match(
        page.body,
        new RegExp(`<source type="image/avif" srcset="/media/r/${bridge.id}/320\\.avif`),
      );
      assert.deepEqual(await htmlProblems(page.body), []);
      const copy = await site.app.inject({ url: `/media/${bridge.file}` });
      assert.equal(copy.statusCode, 200);
    });

    test('a picture not found stays at its address, with its size from the export', async () => {
      const hall = await find(32);
      assert.equal(
        hall.originalUrl,
        'https://cdn.millbrook-weekly.example.org/2026/03/town-hall.jpg',
      );
      assert.deepEqual([hall.width, hall.height], [640, 480]);
      const page = await site.app.inject({ url: '/town/council-budget' });
      assert.match(
        page.body,
        /<img src="https:\/\/cdn\.millbrook-weekly\.example\.org\/2026\/03\/town-hall\.jpg" alt="Millbrook town hall" width="640" height="480"/,
      );
      assert.deepEqual(await site.stores.imports.imageOrigins(), [
        'https://cdn.millbrook-weekly.example.org',
      ]);
      // An instance reading the database after the import lets the browser show that picture.
      const instance = await buildApp({ config: site.config, database: site.database });
      try {
        await new Promise((resolve) => setTimeout(resolve, 100));
        const csp = String(
          (await instance.inject({ url: '/town/council-budget' })).headers[
            'content-security-policy'
          ],
        );
        assert.match(csp, /img-src 'self' data: https:\/\/cdn\.millbrook-weekly\.example\.org;/);
      } finally {
        await instance.close();
      }
    });

    test('the old site’s local times are read in its zone, and the rest is mapped', async () => {
      const budget = await article(41);
      // 18:30 in New York on 1 March is 23:30 UTC; the export gave no GMT time.
      assert.equal(budget.publishedAt?.toISOString(), '2026-03-01T23:30:00.000Z');
      assert.equal(
        (await site.stores.articles.findPinned(site.clock.now))?.headline,
        budget.headline,
      );
      const bridge = await article(40);
      assert.equal(bridge.section.slug, 'town', 'a subcategory goes to its top-level section');
      assert.deepEqual(
        bridge.tags.map((t) => t.name),
        ['Bridges', 'Council'],
      );
      const reply = await site.database.db
        .selectFrom('comments as c')
        .innerJoin('comments as p', 'p.id', 'c.parent_id')
        .innerJoin('people as who', 'who.id', 'c.person_id')
        .select(['c.number', 'p.number as parent', 'who.name'])
        .executeTakeFirstOrThrow();
      assert.deepEqual(reply, { number: 8, parent: 7, name: 'Hester Wren' });
      const page = await site.app.inject({ url: '/pages/contact' });
      assert.equal(page.statusCode, 200);
      assert.equal(
        (await site.app.inject({ url: '/?page_id=2' })).headers.location,
        '/pages/contact',
      );
    });

    test('the Content-Security-Policy allows pictures from those origins, and nothing more', async () => {
      const cspOf = async (options: ReturnType<typeof helmetOptions>) => {
        const app = Fastify();
        await app.register(fastifyHelmet, options);
        app.get('/', async () => 'ok');
        const res = await app.inject({ url: '/' });
        await app.close();
        return String(res.headers['content-security-policy']);
      };
      const strict = await cspOf(helmetOptions('https://news.example.test'));
      assert.match(strict, /img-src 'self' data:;/);
      const loaded: string[][] = [];
      const origins = cachedImageOrigins(async () => {
        const list = [
          ...(await site.stores.imports.imageOrigins()),
          'https://x.example; script-src *',
        ];
        loaded.push(list);
        return list;
      });
      await new Promise((resolve) => setTimeout(resolve, 100));
      assert.equal(loaded.length, 1);
      const csp = await cspOf(helmetOptions('https://news.example.test', origins));
      assert.match(csp, /img-src 'self' data: https:\/\/cdn\.millbrook-weekly\.example\.org;/);
      assert.equal(
        csp.replace(/ https:\/\/cdn\.millbrook-weekly\.example\.org/, ''),
        strict,
        'only img-src changed, and the bad entry never got in',
      );
    });
  });
}
