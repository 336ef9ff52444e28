// Export and back: a site written out as WXR and imported into a fresh database comes back the
// same: articles (every status, bylines with credits, tags, datelines, pictures), comments with
// their numbers, threads, statuses and kinds, and the people named on them.
import assert from 'node:assert/strict';
import { createReadStream, createWriteStream } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { finished } from 'node:stream/promises';
import { doc, documentText, h2, image, p } from '../../src/domain/articles/document.ts';
import { renderCommentText } from '../../src/domain/comments/comment-text.ts';
import { commentFingerprint } from '../../src/domain/comments/post-comment.ts';
import { exportWordPress } from '../../src/export/export-wordpress.ts';
import { importWordPress } from '../../src/import/import-wordpress.ts';
import { readWxr } from '../../src/import/wordpress/wxr-reader.ts';
import type { ImportedComment } from '../../src/storage/import-store.ts';
import { ExportStore } from '../../src/storage/import-store.ts';
import { migrateToLatest } from '../../src/storage/migrate.ts';
import { createStores, type Stores } from '../../src/storage/stores.ts';
import {
  createTestDatabase,
  DATABASES,
  skipUnless,
  type TestDatabase,
} from '../helpers/databases.ts';
import { createTestSite, type TestSite } from '../helpers/site.ts';

const comment = (
  externalId: string,
  parent: string | null,
  fields: Partial<ImportedComment> = {},
): ImportedComment => {
  const text =
    fields.text ?? `Comment ${externalId}: the **harbour** plan, see https://example.org/plan`;
  return {
    externalId,
    parentExternalId: parent,
    number: null,
    status: 'approved',
    kind: 'comment',
    authorName: `Reader ${externalId}`,
    authorEmail: `reader${externalId}@example.net`,
    authorUrl: '',
    authorIp: '192.0.2.1',
    authorUserAgent: '',
    personId: null,
    text,
    html: renderCommentText(text).html,
    createdAt: new Date(Date.UTC(2026, 10, 19, 10, Number(externalId))),
    ...fields,
  };
};

for (const kind of DATABASES) {
  describe(`export and import back on ${kind}`, { skip: await skipUnless(kind) }, () => {
    let site: TestSite;
    let fresh: TestDatabase;
    let copy: Stores;
    let file: string;
    let ids: Record<string, number>;

    before(async () => {
      site = await createTestSite({ database: kind });
      const { stores, clock } = site;
      const at = (iso: string) => new Date(iso);
      const world = (await stores.articles.findSection('world'))!.id;
      const pages = await stores.articles.createSection({ slug: 'pages', name: 'Pages' });
      const editor = await stores.people.create({
        slug: 'mara-quint',
        name: 'Mara Quint',
        email: 'mara@newsroom.example.test',
        now: clock.now,
      });
      const photo = await stores.media.create(
        {
          file: '2026/11/quay.jpg',
          mime: 'image/jpeg',
          width: 1200,
          height: 800,
          bytes: 123_456,
          alt: 'Cranes over the north quay at dusk',
          caption: 'The north quay',
          credit: 'Ines Halloran/Northgate Wire',
          source: 'Northgate Wire',
          mayRedistribute: false,
        },
        clock.now,
      );
      const common = {
        sectionId: world,
        dateline: null,
        leadMediaId: null,
        tags: [],
        commentsOpen: true,
        bylines: [{ personId: site.people.reporter }],
        createdAt: at('2026-11-18T09:00:00Z'),
        updatedAt: at('2026-11-18T09:30:00Z'),
      };
      ids = {
        open: site.articles.open.id,
        closed: site.articles.closed.id,
        feature: await stores.articles.create({
          ...common,
          slug: 'a-day-on-the-quay',
          status: 'published',
          headline: 'A day on the quay',
          standfirst: 'Twelve hours with the night shift.',
          body: doc(
            p('The first ship came in at five.'),
            h2('Night shift'),
            image(photo, 'Cranes at work'),
            p('By noon the quay was quiet.'),
          ),
          dateline: { place: 'Port Alder', date: '2026-11-18' },
          leadMediaId: photo,
          bylines: [
            { personId: site.people.reporter },
            { personId: editor, credit: 'Additional reporting' },
          ],
          tags: [
            { slug: 'ports', name: 'Ports' },
            { slug: 'night-work', name: 'Night work' },
          ],
          seoTitle: 'Twelve hours on the north quay',
          publishedAt: at('2026-11-18T10:00:00Z'),
        }),
        draft: await stores.articles.create({
          ...common,
          slug: 'unfinished',
          status: 'draft',
          headline: 'Unfinished piece',
          standfirst: '',
          body: doc(p('Notes.')),
          publishedAt: null,
        }),
        review: await stores.articles.create({
          ...common,
          slug: 'for-review',
          status: 'review',
          headline: 'For review',
          standfirst: '',
          body: doc(p('Please check.')),
          publishedAt: null,
        }),
        scheduled: await stores.articles.create({
          ...common,
          slug: 'embargoed',
          status: 'scheduled',
          headline: 'Embargoed report',
          standfirst: '',
          body: doc(p('Out on Monday.')),
          publishedAt: at('2026-12-01T06:00:00Z'),
        }),
        trashed: await stores.articles.create({
          ...common,
          slug: 'withdrawn',
          status: 'trash',
          headline: 'Withdrawn',
          standfirst: '',
          body: doc(p('Gone.')),
          publishedAt: at('2026-11-10T06:00:00Z'),
        }),
        about: await stores.articles.create({
          ...common,
          sectionId: pages,
          slug: 'about-us',
          status: 'published',
          headline: 'About us',
          standfirst: '',
          body: doc(p('We report on the estuary.')),
          commentsOpen: false,
          publishedAt: at('2026-01-01T00:00:00Z'),
        }),
      };
      await stores.articles.pin(ids.feature!, at('2026-11-18T11:00:00Z'));
      // Comments three deep, every status, and a pingback.
      await stores.imports.writeComments(
        'test:seed',
        ids.open!,
        [
          comment('1', null),
          comment('2', '1'),
          comment('3', '2', { text: 'Line one\nline two\n\n> quoted\n\n*emphasis* and `code`' }),
          comment('4', null, { status: 'pending' }),
          comment('5', null, { status: 'spam' }),
          comment('6', '1', { status: 'trash' }),
          comment('7', null, {
            kind: 'pingback',
            authorName: 'Another paper',
            authorUrl: 'https://paper.example.com/story',
          }),
        ],
        {
          rule: 'test',
          reason: () => 'seeded',
          fingerprint: (parent, c) =>
            commentFingerprint(parent, { name: c.authorName, email: c.authorEmail, text: c.text }),
        },
        site.clock.now,
      );

      file = `${site.dataDir}/export.xml`;
      const out = createWriteStream(file);
      await exportWordPress({
        store: new ExportStore(site.database.db),
        settings: await stores.settings.site(),
        publicUrl: site.config.publicUrl,
        out,
        clock: () => site.clock.now,
      });
      out.end();
      await finished(out);

      fresh = await createTestDatabase(kind);
      await migrateToLatest(fresh.handle);
      copy = createStores(fresh.handle);
      await importWordPress({
        open: () => createReadStream(file),
        store: copy.imports,
        timeZone: 'UTC',
        clock: () => site.clock.now,
      });
    });
    after(async () => {
      await site?.close();
      await fresh?.drop();
    });

    const SOURCE = 'wordpress:https://news.example.test';
    const twin = async (id: number) => {
      const copyId = await copy.imports.findLink(SOURCE, 'post', String(id));
      assert.ok(copyId, `article ${id} came back`);
      return {
        original: (await site.stores.articles.findAnyById(id, site.clock.now))!,
        copy: (await copy.articles.findAnyById(copyId, site.clock.now))!,
        copyId,
      };
    };

    test('the export is a WXR 1.2 file with everything in it', async () => {
      const kinds: Record<string, number> = {};
      for await (const r of readWxr(createReadStream(file))) {
        const key = r.kind === 'item' ? `item:${r.type}` : r.kind;
        kinds[key] = (kinds[key] ?? 0) + 1;
        if (r.kind === 'site') assert.equal(r.wxrVersion, '1.2');
      }
      assert.deepEqual(kinds, {
        site: 1,
        author: 2,
        category: 1,
        tag: 3,
        'item:attachment': 1,
        'item:post': 7,
        'item:page': 1,
      });
    });

    test('articles come back with their status, address, words, bylines, tags and pictures', async () => {
      for (const [name, id] of Object.entries(ids)) {
        const { original, copy: back } = await twin(id);
        assert.equal(back.status, original.status, name);
        assert.equal(
          `/${back.section.slug}/${back.slug}`,
          `/${original.section.slug}/${original.slug}`,
        );
        assert.equal(back.headline, original.headline);
        assert.equal(back.standfirst, original.standfirst);
        assert.equal(documentText(back.body), documentText(original.body), name);
        assert.deepEqual(back.dateline, original.dateline);
        assert.equal(back.seoTitle, original.seoTitle);
        assert.equal(back.commentsOpen, original.commentsOpen, name);
        assert.equal(back.publishedAt?.toISOString(), original.publishedAt?.toISOString(), name);
        assert.deepEqual(
          back.bylines.map((b) => [b.person.name, b.person.slug, b.credit]),
          original.bylines.map((b) => [b.person.name, b.person.slug, b.credit]),
        );
        assert.deepEqual(
          back.tags.map((t) => [t.slug, t.name]),
          original.tags.map((t) => [t.slug, t.name]),
        );
        assert.equal(back.lead?.media.alt, original.lead?.media.alt);
        assert.equal(back.lead?.media.credit, original.lead?.media.credit);
      }
      const { copy: feature } = await twin(ids.feature!);
      const picture = feature.body.content.find((b) => b.type === 'image');
      assert.equal(picture?.type === 'image' && picture.attrs.mediaId, feature.lead?.media.id);
      assert.equal(
        feature.lead?.media.originalUrl,
        'https://news.example.test/media/2026/11/quay.jpg',
      );
      assert.equal(feature.lead?.media.width, 1200);
      assert.equal((await copy.articles.findPinned(site.clock.now))?.headline, 'A day on the quay');
      const jobs = await copy.jobs.list({ kind: 'publish-article' });
      assert.equal(jobs.length, 1, 'the scheduled article has its publishing job');
    });

    test('comments come back with their numbers, threads, statuses and kinds', async () => {
      const read = (db: typeof site.database.db) =>
        db
          .selectFrom('comments as c')
          .leftJoin('comments as p', 'p.id', 'c.parent_id')
          .select([
            'c.number',
            'p.number as parent',
            'c.status',
            'c.kind',
            'c.author_name',
            'c.author_email',
            'c.author_url',
            'c.html',
            'c.created_at',
          ])
          .orderBy('c.number')
          .execute();
      const original = await read(site.database.db);
      const back = await read(fresh.handle.db);
      assert.equal(back.length, 7);
      assert.deepEqual(
        back.map((c) => ({ ...c, created_at: new Date(c.created_at).toISOString() })),
        original.map((c) => ({ ...c, created_at: new Date(c.created_at).toISOString() })),
      );
      const { copyId } = await twin(ids.open!);
      const onArticle = await fresh.handle.db
        .selectFrom('comments')
        .select('id')
        .where('article_id', '=', copyId)
        .execute();
      assert.equal(onArticle.length, 7);
    });

    test('the people named on articles come back as bylines without accounts', async () => {
      const people = await fresh.handle.db
        .selectFrom('people')
        .select(['name', 'slug', 'email', 'role', 'password_hash'])
        .orderBy('slug')
        .execute();
      assert.deepEqual(people, [
        {
          name: 'Ada Reporter',
          slug: 'ada-reporter',
          email: 'ada@newsroom.example.test',
          role: null,
          password_hash: null,
        },
        {
          name: 'Mara Quint',
          slug: 'mara-quint',
          email: 'mara@newsroom.example.test',
          role: null,
          password_hash: null,
        },
      ]);
    });
  });
}
