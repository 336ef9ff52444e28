// The storage contract: what every store promises, written once and run unchanged against
// SQLite and PostgreSQL. Each run gets its own database (a temporary file, or a schema with a
// random name) and removes it afterwards.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  DATABASES,
  createTestDatabase,
  skipUnless,
  type TestDatabase,
} from '../../test/helpers/databases.ts';
import { doc, p } from '../domain/articles/document.ts';
import { parseSearchQuery } from '../domain/articles/search-query.ts';
import type { DeskFilter, DeskQueue } from '../domain/comments/desk.ts';
import type { Acceptance } from '../domain/comments/moderation/rule.ts';
import { DuplicateCommentError, type NewCommentRecord } from '../domain/comments/post-comment.ts';
import { hashToken } from '../domain/people/secrets.ts';
import { migrateToLatest } from './migrate.ts';
import { createStores, type Stores } from './stores.ts';

const at = (iso: string) => new Date(iso);

const deskFilter = (queue: DeskQueue): DeskFilter => ({
  queue,
  articleId: null,
  commenter: '',
  text: '',
  order: 'newest',
  reportThreshold: 3,
  limit: 50,
  offset: 0,
});

for (const kind of DATABASES) {
  describe(`storage contract on ${kind}`, { skip: await skipUnless(kind) }, () => {
    let database: TestDatabase;
    let stores: Stores;
    let sectionId: number;
    let reporter: number;
    let articleId: number;

    before(async () => {
      database = await createTestDatabase(kind);
      await migrateToLatest(database.handle);
      stores = createStores(database.handle);
      sectionId = await stores.articles.createSection({ slug: 'world', name: 'World' });
      reporter = await stores.people.create({
        slug: 'ana',
        name: 'Ana Reporter',
        email: 'Ana@Newsroom.Example',
        role: 'author',
        now: at('2026-01-01T00:00:00Z'),
      });
      articleId = await stores.articles.create({
        sectionId,
        slug: 'story',
        status: 'published',
        headline: 'Emoji 🚢 and “quotes” in a headline',
        standfirst: 'Ünïcödé standfirst — 漢字',
        body: doc(p('Body text 🌊')),
        dateline: { place: 'Reykjavík', date: '2026-03-04' },
        leadMediaId: null,
        bylines: [{ personId: reporter }],
        tags: [
          { slug: 'ports', name: 'Ports' },
          { slug: 'weather', name: 'Weather' },
        ],
        commentsOpen: true,
        publishedAt: at('2026-03-04T10:15:30.123Z'),
        createdAt: at('2026-03-04T09:00:00Z'),
        updatedAt: at('2026-03-04T11:00:00Z'),
      });
    });
    after(() => database.drop());

    const comment = (overrides: Partial<NewCommentRecord> = {}): NewCommentRecord => ({
      articleId,
      parentId: null,
      status: 'approved',
      authorName: 'Reader',
      authorEmail: 'reader@example.net',
      authorUrl: '',
      authorIp: '192.0.2.1',
      authorUserAgent: 'test',
      personId: null,
      text: 'Words',
      html: '<p>Words</p>',
      fingerprint: `fp-${Math.random()}`,
      createdAt: at('2026-03-05T08:00:00Z'),
      ...overrides,
    });
    const decision = { outcome: 'approve' as const, rule: 'test', reason: 'test' };

    describe('articles', () => {
      test('a published article reads back whole: text, Unicode, times in UTC, dateline, byline, tags', async () => {
        const article = await stores.articles.findPublic(
          'world',
          'story',
          at('2026-06-01T00:00:00Z'),
        );
        assert.ok(article);
        assert.equal(article.headline, 'Emoji 🚢 and “quotes” in a headline');
        assert.equal(article.standfirst, 'Ünïcödé standfirst — 漢字');
        assert.deepEqual(article.body, doc(p('Body text 🌊')));
        assert.equal(article.publishedAt?.toISOString(), '2026-03-04T10:15:30.123Z');
        assert.equal(article.updatedAt.toISOString(), '2026-03-04T11:00:00.000Z');
        assert.deepEqual(article.dateline, { place: 'Reykjavík', date: '2026-03-04' });
        assert.deepEqual(
          article.bylines.map((b) => b.person.name),
          ['Ana Reporter'],
        );
        assert.deepEqual(
          article.tags.map((t) => t.slug),
          ['ports', 'weather'],
        );
        assert.equal(article.commentsOpen, true);
      });

      test('an article is invisible before its publication time, to the millisecond', async () => {
        assert.equal(
          await stores.articles.findPublic('world', 'story', at('2026-03-04T10:15:30.122Z')),
          null,
        );
        assert.ok(
          await stores.articles.findPublic('world', 'story', at('2026-03-04T10:15:30.123Z')),
        );
        assert.ok(await stores.articles.findPublicById(articleId, at('2026-03-04T10:15:30.123Z')));
      });

      test('drafts are never public; lists are newest first, ties broken by id', async () => {
        const base = {
          sectionId,
          standfirst: '',
          body: doc(p('x')),
          dateline: null,
          leadMediaId: null,
          bylines: [],
          tags: [{ slug: 'ports', name: 'Ports' }],
          commentsOpen: true,
          createdAt: at('2026-03-01T00:00:00Z'),
          updatedAt: at('2026-03-01T00:00:00Z'),
        };
        await stores.articles.create({
          ...base,
          slug: 'draft',
          status: 'draft',
          headline: 'Draft',
          publishedAt: null,
        });
        const same = at('2026-03-06T00:00:00Z');
        const a = await stores.articles.create({
          ...base,
          slug: 'a',
          status: 'published',
          headline: 'A',
          publishedAt: same,
        });
        const b = await stores.articles.create({
          ...base,
          slug: 'b',
          status: 'published',
          headline: 'B',
          publishedAt: same,
        });
        const latest = await stores.articles.listPublic(
          at('2026-06-01T00:00:00Z'),
          {},
          { limit: 10, offset: 0 },
        );
        assert.deepEqual(
          latest.map((x) => x.id),
          [b, a, articleId],
        );
        assert.equal(
          await stores.articles.findPublic('world', 'draft', at('2030-01-01T00:00:00Z')),
          null,
        );
      });

      test('an article’s old address redirects to where it lives now', async () => {
        await stores.articles.addRedirect('/?p=42', { articleId }, at('2026-03-05T00:00:00Z'));
        await stores.articles.addRedirect(
          '/old-page/',
          { path: '/world' },
          at('2026-03-05T00:00:00Z'),
        );
        assert.equal(await stores.articles.findRedirect('/?p=42'), '/world/story');
        assert.equal(await stores.articles.findRedirect('/old-page/'), '/world');
        assert.equal(await stores.articles.findRedirect('/never'), null);
      });

      test('an article is searchable as soon as it is created, and a failed create leaves no index entry', async () => {
        const terms = parseSearchQuery('emoji quotes');
        const found = await stores.articles.search(
          terms,
          { now: at('2026-06-01T00:00:00Z') },
          { limit: 10, offset: 0 },
        );
        assert.deepEqual(
          found.hits.map((h) => h.id),
          [articleId],
        );
        assert.match(found.hits[0]!.excerpt, /Ünïcödé standfirst — 漢字\nBody text 🌊/);
        const byTagAndByline = await stores.articles.search(
          parseSearchQuery('weather ana'),
          { now: at('2026-06-01T00:00:00Z') },
          { limit: 10, offset: 0 },
        );
        assert.equal(byTagAndByline.total, 1);
        await assert.rejects(
          stores.articles.create({
            sectionId,
            slug: 'story',
            status: 'published',
            headline: 'Zanzibar duplicate slug',
            standfirst: '',
            body: doc(p('x')),
            dateline: null,
            leadMediaId: null,
            bylines: [],
            tags: [],
            commentsOpen: true,
            publishedAt: at('2026-03-04T00:00:00Z'),
            createdAt: at('2026-03-04T00:00:00Z'),
            updatedAt: at('2026-03-04T00:00:00Z'),
          }),
        );
        const orphan = await stores.articles.search(
          parseSearchQuery('zanzibar'),
          { now: at('2030-01-01T00:00:00Z') },
          { limit: 10, offset: 0 },
        );
        assert.equal(orphan.total, 0);
      });

      test('sections list in their set order', async () => {
        await stores.articles.createSection({ slug: 'arts', name: 'arts', position: 2 });
        await stores.articles.createSection({ slug: 'business', name: 'Business', position: 1 });
        assert.deepEqual(
          (await stores.articles.listSections()).map((s) => s.slug),
          ['world', 'business', 'arts'],
        );
      });
    });

    describe('comments', () => {
      test('numbers count up from 1 and are never reused; text keeps every character', async () => {
        const first = await stores.comments.insert(comment({ text: 'Ça 🚢 𝒳 漢字' }), decision);
        const second = await stores.comments.insert(comment(), decision);
        assert.equal(second.number, first.number + 1);
        assert.equal((await stores.comments.findPublic(first.number))?.html, '<p>Words</p>');
        const log = await stores.comments.history(first.number);
        assert.deepEqual(
          log.map((l) => [l.actor, l.rule, l.to_status]),
          [['rule', 'test', 'approved']],
        );
      });

      test('threads: replies keep their parent; readers see approved comments, oldest first', async () => {
        const root = await stores.comments.insert(
          comment({ createdAt: at('2026-03-06T10:00:00Z') }),
          decision,
        );
        const reply = await stores.comments.insert(
          comment({ parentId: root.id, createdAt: at('2026-03-06T10:05:00Z') }),
          decision,
        );
        const held = await stores.comments.insert(
          comment({ status: 'pending', createdAt: at('2026-03-06T10:06:00Z') }),
          { outcome: 'hold', rule: 'test', reason: 'held' },
        );
        const visible = await stores.comments.listPublic(articleId);
        const ids = visible.map((c) => c.number);
        assert.ok(ids.indexOf(root.number) < ids.indexOf(reply.number));
        assert.equal(visible.find((c) => c.number === reply.number)?.parentId, root.id);
        assert.ok(!ids.includes(held.number), 'held comments are not public');
        const withNotice = await stores.comments.listPublic(articleId, held.number);
        assert.equal(withNotice.find((c) => c.number === held.number)?.status, 'pending');
        assert.deepEqual(
          Object.keys(visible[0]!).sort(),
          [
            'authorName',
            'authorUrl',
            'byStaff',
            'createdAt',
            'featured',
            'html',
            'id',
            'number',
            'parentId',
            'status',
          ],
          'public rows carry no email, IP or user agent',
        );
        const createdAt = visible.map((c) => c.createdAt.getTime());
        assert.deepEqual(
          createdAt,
          [...createdAt].sort((x, y) => x - y),
        );
      });

      test('a duplicate fingerprint is refused by the database unless the first is in the trash', async () => {
        const first = await stores.comments.insert(
          comment({ fingerprint: 'same-words' }),
          decision,
        );
        assert.equal(await stores.comments.isDuplicate(articleId, 'same-words'), true);
        await assert.rejects(
          stores.comments.insert(comment({ fingerprint: 'same-words' }), decision),
          DuplicateCommentError,
        );
        await stores.comments.changeStatus({
          number: first.number,
          to: 'trash',
          personId: reporter,
          reason: 'binned',
          at: at('2026-03-07T00:00:00Z'),
        });
        assert.equal(await stores.comments.isDuplicate(articleId, 'same-words'), false);
        await stores.comments.insert(comment({ fingerprint: 'same-words' }), decision);
        await assert.rejects(
          stores.comments.changeStatus({
            number: first.number,
            to: 'approved',
            personId: reporter,
            reason: 'restore',
            at: at('2026-03-07T00:00:00Z'),
          }),
          DuplicateCommentError,
          'restoring the trashed copy would make a duplicate',
        );
      });

      test('a status change is logged with who, from what, to what and why', async () => {
        const held = await stores.comments.insert(comment({ status: 'pending' }), {
          outcome: 'hold',
          rule: 'first',
          reason: 'new',
        });
        const changed = await stores.comments.changeStatus({
          number: held.number,
          to: 'approved',
          personId: reporter,
          reason: 'looks fine',
          at: at('2026-03-08T00:00:00Z'),
        });
        assert.deepEqual(changed, { from: 'pending' });
        assert.deepEqual(
          (await stores.comments.history(held.number)).map((l) => [
            l.actor,
            l.person_id,
            l.from_status,
            l.to_status,
            l.reason,
          ]),
          [
            ['rule', null, null, 'pending', 'new'],
            ['person', reporter, 'pending', 'approved', 'looks fine'],
          ],
        );
        assert.equal(
          await stores.comments.changeStatus({
            number: 999_999,
            to: 'spam',
            personId: reporter,
            reason: '',
            at: new Date(),
          }),
          null,
        );
      });

      test('commenter history: approved comments found by name and email, whatever the email’s case', async () => {
        await stores.comments.insert(
          comment({ authorName: 'Kim', authorEmail: 'Kim@Example.NET' }),
          decision,
        );
        assert.equal(
          await stores.comments.hasApprovedComment({ name: 'Kim', email: 'kim@example.net' }),
          true,
        );
        assert.equal(
          await stores.comments.hasApprovedComment({ name: 'Kimberly', email: 'kim@example.net' }),
          false,
        );
        assert.equal(await stores.comments.isStaffEmail('ANA@newsroom.example'), true);
        assert.equal(await stores.comments.isStaffEmail('kim@example.net'), false);
      });

      test('the moderation list shows the queue with counts and the reason for each', async () => {
        await stores.comments.insert(comment({ status: 'pending', text: 'queue me' }), {
          outcome: 'hold',
          rule: 'link-limit',
          reason: 'Has 3 links',
        });
        const { items, counts } = await stores.moderation.listQueue(deskFilter('pending'));
        assert.ok(counts.pending >= 1 && counts.approved >= 1 && counts.trash >= 1);
        const item = items.find((i) => i.html === '<p>Words</p>' && i.why?.rule === 'link-limit');
        assert.equal(item?.article.path, '/world/story');
        assert.equal(item?.authorEmail, 'reader@example.net');
        assert.equal(item?.why?.reason, 'Has 3 links');
      });

      test('the comment target says whether the article takes comments and who wrote it', async () => {
        const target = await stores.comments.findCommentTarget(
          articleId,
          at('2026-06-01T00:00:00Z'),
        );
        assert.deepEqual(target, {
          id: articleId,
          readable: true,
          commentsOpen: true,
          holdAll: false,
          surge: false,
          path: '/world/story',
          bylinePersonIds: [reporter],
        });
        await stores.articles.setCommentsOpen(articleId, false);
        assert.equal(
          (await stores.comments.findCommentTarget(articleId, new Date()))?.commentsOpen,
          false,
        );
        await stores.articles.setCommentsOpen(articleId, true);
        assert.equal(await stores.comments.findCommentTarget(999_999, new Date()), null);
      });
    });

    describe('the moderation desk', () => {
      const insert = async (
        overrides: Partial<NewCommentRecord> = {},
        verdict: Acceptance = decision,
      ) => stores.comments.insert(comment(overrides), verdict);

      test('filters by commenter (email in any case, or part of a name), text and article', async () => {
        const own = await insert({
          authorName: 'Émile Zola-Fan',
          authorEmail: 'Filter.Me@Example.NET',
          text: 'A Distinctive Phrase here',
          status: 'pending',
        });
        const byEmail = await stores.moderation.listQueue({
          ...deskFilter('pending'),
          commenter: 'filter.me@EXAMPLE.net',
        });
        assert.deepEqual(
          byEmail.items.map((i) => i.number),
          [own.number],
        );
        const byName = await stores.moderation.listQueue({
          ...deskFilter('pending'),
          commenter: 'zola',
        });
        assert.deepEqual(
          byName.items.map((i) => i.number),
          [own.number],
        );
        const byText = await stores.moderation.listQueue({
          ...deskFilter('pending'),
          text: 'distinctive PHRASE',
        });
        assert.deepEqual(
          byText.items.map((i) => i.number),
          [own.number],
        );
        assert.equal(byText.counts.pending, 1);
        assert.equal(byText.total, 1);
        const elsewhere = await stores.moderation.listQueue({
          ...deskFilter('pending'),
          articleId: articleId + 1000,
        });
        assert.equal(elsewhere.items.length, 0);
        const wildcard = await stores.moderation.listQueue({ ...deskFilter('pending'), text: '%' });
        assert.ok(wildcard.items.every((i) => i.text.includes('%')));
      });

      test('each item has its parent, the commenter’s other comments and the last decision', async () => {
        const parent = await insert({ text: 'The parent says this', authorName: 'Parent' });
        const email = `record-${Math.random()}@example.net`;
        await insert({ authorEmail: email, status: 'approved' });
        await insert({ authorEmail: email.toUpperCase(), status: 'spam' });
        const held = await insert(
          { authorEmail: email, status: 'pending', parentId: parent.id },
          { outcome: 'hold', rule: 'link-limit', reason: 'Has 3 links' },
        );
        const { items } = await stores.moderation.listQueue({
          ...deskFilter('pending'),
          commenter: email,
        });
        const item = items.find((i) => i.number === held.number)!;
        assert.equal(item.parent?.number, parent.number);
        assert.equal(item.parent?.text, 'The parent says this');
        assert.deepEqual(item.history, { approved: 1, pending: 0, spam: 1, trash: 0 });
        assert.equal(item.why?.rule, 'link-limit');
        assert.equal(item.why?.actor, 'rule');
      });

      test('oldest first and newest first, with paging', async () => {
        const email = `order-${Math.random()}@example.net`;
        const first = await insert({ authorEmail: email, createdAt: at('2026-03-06T00:00:00Z') });
        const second = await insert({ authorEmail: email, createdAt: at('2026-03-07T00:00:00Z') });
        const filter = { ...deskFilter('approved'), commenter: email };
        const newest = await stores.moderation.listQueue(filter);
        assert.deepEqual(
          newest.items.map((i) => i.number),
          [second.number, first.number],
        );
        const oldest = await stores.moderation.listQueue({ ...filter, order: 'oldest', limit: 1 });
        assert.deepEqual(
          oldest.items.map((i) => i.number),
          [first.number],
        );
        const next = await stores.moderation.listQueue({
          ...filter,
          order: 'oldest',
          limit: 1,
          offset: 1,
        });
        assert.deepEqual(
          next.items.map((i) => i.number),
          [second.number],
        );
      });

      test('reports: one per reporter, the threshold moves it to the reported queue and is logged', async () => {
        const target = await insert({ text: 'Reported text' });
        const report = (reporter: string, reason = 'spam') =>
          stores.moderation.addReport({
            number: target.number,
            reporter,
            reason,
            threshold: 2,
            at: at('2026-03-08T00:00:00Z'),
          });
        assert.equal(await report('reader-1'), 'added');
        assert.equal(await report('reader-1', 'abuse'), 'already-reported');
        const reportedBefore = await stores.moderation.listQueue({
          ...deskFilter('reported'),
          reportThreshold: 2,
        });
        assert.ok(!reportedBefore.items.some((i) => i.number === target.number));
        assert.equal(await report('reader-2', 'abuse'), 'added');
        const reported = await stores.moderation.listQueue({
          ...deskFilter('reported'),
          reportThreshold: 2,
        });
        const item = reported.items.find((i) => i.number === target.number)!;
        assert.equal(item.openReports, 2);
        assert.deepEqual(item.reportReasons.map((r) => r.reason).sort(), ['abuse', 'spam']);
        assert.equal(item.why?.rule, 'reader-reports');
        const held = await insert({ status: 'pending' });
        assert.equal(
          await stores.moderation.addReport({
            number: held.number,
            reporter: 'reader-1',
            reason: 'spam',
            threshold: 2,
            at: new Date(),
          }),
          'no-such-comment',
        );
        // A moderator's decision clears the open reports and says so in the log.
        await stores.comments.changeStatus({
          number: target.number,
          to: 'approved',
          personId: reporter,
          reason: 'Kept',
          at: at('2026-03-09T00:00:00Z'),
        });
        const after = await stores.moderation.listQueue({
          ...deskFilter('reported'),
          reportThreshold: 2,
        });
        assert.ok(!after.items.some((i) => i.number === target.number));
        const log = await stores.moderation.listLog({
          commentNumber: target.number,
          limit: 10,
          offset: 0,
        });
        assert.equal(log.entries[0]?.dismissedReports, 2);
        assert.equal(log.entries[0]?.personName, 'Ana Reporter');
      });

      test('restore knows where a comment was before spam or trash', async () => {
        const c = await insert({ status: 'pending' });
        assert.deepEqual(await stores.comments.previousStatus(c.number), {
          current: 'pending',
          before: null,
        });
        await stores.comments.changeStatus({
          number: c.number,
          to: 'trash',
          personId: reporter,
          reason: 'x',
          at: new Date(),
        });
        assert.deepEqual(await stores.comments.previousStatus(c.number), {
          current: 'trash',
          before: 'pending',
        });
        assert.equal(await stores.comments.previousStatus(999_999), null);
      });

      test('an edit keeps the original text in the log; the duplicate index still holds', async () => {
        const c = await insert({ text: 'Call me on 555-0100', fingerprint: 'edit-a' });
        await insert({ text: 'Other', fingerprint: 'edit-b' });
        await stores.moderation.saveEdit({
          number: c.number,
          text: 'Call me',
          html: '<p>Call me</p>',
          fingerprint: 'edit-c',
          before: 'Call me on 555-0100',
          personId: reporter,
          reason: 'Phone number removed',
          at: new Date(),
        });
        assert.equal((await stores.comments.findPublic(c.number))?.html, '<p>Call me</p>');
        const log = await stores.moderation.listLog({
          commentNumber: c.number,
          limit: 5,
          offset: 0,
        });
        assert.equal(log.entries[0]?.textBefore, 'Call me on 555-0100');
        assert.equal(log.entries[0]?.reason, 'Phone number removed');
        await assert.rejects(
          stores.moderation.saveEdit({
            number: c.number,
            text: 'Other',
            html: '<p>Other</p>',
            fingerprint: 'edit-b',
            before: 'Call me',
            personId: reporter,
            reason: 'x',
            at: new Date(),
          }),
          DuplicateCommentError,
        );
        assert.equal((await stores.comments.findPublic(c.number))?.html, '<p>Call me</p>');
      });

      test('featuring is for approved comments only, and shows on the public comment', async () => {
        const c = await insert();
        const change = { number: c.number, featured: true, personId: reporter, at: new Date() };
        assert.equal(await stores.moderation.setFeatured(change), 'done');
        assert.equal((await stores.comments.findPublic(c.number))?.featured, true);
        const held = await insert({ status: 'pending' });
        assert.equal(
          await stores.moderation.setFeatured({ ...change, number: held.number }),
          'not-approved',
        );
        assert.equal(
          await stores.moderation.setFeatured({ ...change, number: 999_999 }),
          'no-such-comment',
        );
        assert.equal(await stores.moderation.setFeatured({ ...change, featured: false }), 'done');
        assert.equal((await stores.comments.findPublic(c.number))?.featured, false);
      });

      test('measures match email addresses in any case and end when lifted or expired', async () => {
        const now = at('2026-04-01T00:00:00Z');
        const ban = await stores.moderation.addMeasure({
          kind: 'ban',
          match: 'email',
          value: 'troll@example.net',
          note: 'Repeated abuse',
          expiresAt: null,
          personId: reporter,
          at: now,
        });
        await stores.moderation.addMeasure({
          kind: 'hold',
          match: 'ip',
          value: '203.0.113.9',
          note: '',
          expiresAt: at('2026-04-02T00:00:00Z'),
          personId: reporter,
          at: now,
        });
        const found = await stores.comments.findMeasures(
          { email: ' TROLL@Example.NET ', ip: '203.0.113.9' },
          now,
        );
        assert.deepEqual(found.map((m) => m.kind).sort(), ['ban', 'hold']);
        const later = await stores.comments.findMeasures(
          { email: 'x@example.net', ip: '203.0.113.9' },
          at('2026-04-03T00:00:00Z'),
        );
        assert.deepEqual(later, []);
        assert.equal(await stores.moderation.liftMeasure(ban, now), true);
        assert.equal(await stores.moderation.liftMeasure(ban, now), false);
        assert.deepEqual(
          await stores.comments.findMeasures({ email: 'troll@example.net', ip: '' }, now),
          [],
        );
        const listed = await stores.moderation.listMeasures(now);
        assert.equal(listed.find((m) => m.id === ban)?.active, false);
        assert.equal(listed.find((m) => m.id === ban)?.byPerson, 'Ana Reporter');
      });

      test('per-article controls: comment mode (bumping the version) and surge', async () => {
        const before = await stores.moderation.deskArticle(articleId);
        await stores.comments.startSurge(articleId, at('2026-04-01T00:00:00Z'));
        assert.deepEqual(
          (await stores.moderation.surgingArticles()).map((a) => a.id),
          [articleId],
        );
        assert.equal(await stores.moderation.setCommentMode(articleId, 'hold', new Date()), true);
        const held = await stores.moderation.deskArticle(articleId);
        assert.equal(held?.commentMode, 'hold');
        assert.ok(held?.surgeSince);
        assert.equal(await stores.moderation.endSurge(articleId), true);
        assert.deepEqual(await stores.moderation.surgingArticles(), []);
        await stores.moderation.setCommentMode(articleId, before!.commentMode, new Date());
        assert.equal(await stores.moderation.setCommentMode(999_999, 'closed', new Date()), false);
      });
    });

    describe('people and sessions', () => {
      test('emails are stored lower-case and unique', async () => {
        await assert.rejects(
          stores.people.create({
            slug: 'ana-2',
            name: 'Other Ana',
            email: 'ana@newsroom.example',
            now: new Date(),
          }),
        );
        const found = await stores.people.findPersonForSignIn('  ANA@newsroom.example ');
        assert.equal(found?.id, reporter);
      });

      test('the owner setup token works once and expires', async () => {
        const now = at('2026-04-01T00:00:00Z');
        await stores.people.saveSetupToken(hashToken('tok'), now, at('2026-04-02T00:00:00Z'));
        assert.equal(
          await stores.people.findSetupToken(hashToken('tok'), at('2026-04-02T00:00:00Z')),
          null,
          'expired',
        );
        const token = await stores.people.findSetupToken(hashToken('tok'), now);
        assert.ok(token);
        assert.equal(await stores.people.ownerHasPassword(), false);
        const owner = await stores.people.createOwner(
          { name: 'Olive', email: 'olive@newsroom.example', passwordHash: 'hash', now },
          token.id,
        );
        assert.equal(await stores.people.ownerHasPassword(), true);
        await assert.rejects(
          stores.people.createOwner(
            { name: 'Mallory', email: 'm@example.net', passwordHash: 'h', now },
            token.id,
          ),
          /used/,
        );
        assert.equal(
          await stores.people.findPersonForSignIn('m@example.net'),
          null,
          'nothing half-written',
        );
        assert.ok(owner.id > 0);
      });

      test('sessions are found until they expire, and not after deletion', async () => {
        const person = await stores.people.create({
          slug: 'sam',
          name: 'Sam',
          email: 'sam@newsroom.example',
          role: 'moderator',
          passwordHash: 'x',
          now: new Date(),
        });
        const now = at('2026-05-01T00:00:00Z');
        await stores.people.createSession({
          tokenHash: 'session-hash',
          personId: person,
          csrfToken: 'csrf',
          now,
          expiresAt: at('2026-05-31T00:00:00Z'),
        });
        const found = await stores.people.findSession('session-hash', now);
        assert.deepEqual(found, {
          person: { id: person, name: 'Sam', email: 'sam@newsroom.example', role: 'moderator' },
          csrfToken: 'csrf',
        });
        assert.equal(
          await stores.people.findSession('session-hash', at('2026-05-31T00:00:00Z')),
          null,
        );
        await stores.people.deleteSession('session-hash');
        assert.equal(await stores.people.findSession('session-hash', now), null);
      });
    });

    describe('settings', () => {
      test('defaults, updates that merge, a stable secret, and once-only claims', async () => {
        const defaults = await stores.settings.site();
        assert.equal(defaults.comments.maxLinks, 2);
        const next = await stores.settings.updateSite({
          title: 'Gazette 🗞',
          comments: { maxLinks: 3 },
        });
        assert.equal(next.comments.floodSeconds, 15, 'other comment settings kept');
        assert.deepEqual(await stores.settings.site(), next);
        const secret = await stores.settings.secret();
        assert.ok(secret.length >= 40);
        assert.equal(await stores.settings.secret(), secret);
        assert.equal(await stores.settings.claimOnce('job'), true);
        assert.equal(await stores.settings.claimOnce('job'), false);
      });

      test('changes saved at the same moment all stick', async () => {
        await Promise.all([
          stores.settings.updateSite({ tagline: 'Saved at once' }),
          stores.settings.updateSite({ comments: { floodSeconds: 20 } }),
          stores.settings.updateSite({ comments: { rateLimits: { perIpPerHour: 12 } } }),
          stores.settings.updateSite({ privacy: { ipRetentionDays: 7 } }),
          stores.settings.updateSite({ comments: { notifications: { digestMinutes: 30 } } }),
        ]);
        const saved = await stores.settings.site();
        assert.equal(saved.tagline, 'Saved at once');
        assert.equal(saved.comments.floodSeconds, 20);
        assert.equal(saved.comments.rateLimits.perIpPerHour, 12);
        assert.equal(saved.comments.rateLimits.perEmailPerHour, 15, 'its neighbour kept');
        assert.equal(saved.privacy.ipRetentionDays, 7);
        assert.equal(saved.comments.notifications.digestMinutes, 30);

        const origins = Array.from({ length: 12 }, (_, i) => `https://cdn${i}.example.org`);
        await Promise.all(origins.map((o) => stores.imports.addImageOrigins([o])));
        assert.deepEqual(await stores.imports.imageOrigins(), [...origins].sort());
      });
    });
  });
}
