// The newsroom at work: writing, saving, publishing, scheduling (by the job runner, with no
// traffic and after a restart), revisions, conflicts, autosave, corrections, previews.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { buildApp } from '../../src/app.ts';
import { jobHandlers } from '../../src/jobs/handlers.ts';
import { JobRunner } from '../../src/jobs/runner.ts';
import { OutboxMailer } from '../../src/mail/mailer.ts';
import { createStores } from '../../src/storage/stores.ts';
import { DATABASES, skipUnless } from '../helpers/databases.ts';
import { htmlProblems } from '../helpers/html.ts';
import { createTestSite, type TestSite } from '../helpers/site.ts';
import { signedIn, type Staff } from '../helpers/staff.ts';

const MINUTE = 60_000;

for (const kind of DATABASES) {
  describe(`on ${kind}`, { skip: await skipUnless(kind) }, () => {
    let site: TestSite;
    let editor: Staff;
    let author: Staff;
    let contributor: Staff;
    let worldId: number;

    before(async () => {
      site = await createTestSite({ database: kind });
      editor = await signedIn(site, 'editor', 'Edith Editor');
      author = await signedIn(site, 'author', 'Arthur Author');
      contributor = await signedIn(site, 'contributor', 'Connie Contributor');
      worldId = (await site.stores.articles.findSection('world'))!.id;
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

    /** A new draft by `who`; returns its id. */
    async function newDraft(who: Staff): Promise<number> {
      const res = await who.post('/admin/articles/new', {});
      assert.equal(res.statusCode, 303);
      return Number(/\/admin\/articles\/(\d+)\/edit/.exec(String(res.headers.location))![1]);
    }

    const versionOf = async (who: Staff, id: number) =>
      Number(
        /name="version" value="(\d+)"/.exec((await who.get(`/admin/articles/${id}/edit`)).body)![1],
      );

    const fields = (overrides: Record<string, string | number | (string | number)[]> = {}) => ({
      headline: 'Harbour strike ends after nine days',
      standfirst: 'Dock workers accept a revised offer.',
      section: worldId,
      slug: '',
      tags: 'Ports, Labour',
      'byline_person[]': [],
      'byline_credit[]': [],
      dateline_place: 'Port Alder',
      dateline_date: '',
      lead_media: '',
      lead_caption: '',
      body_text:
        'The strike is over, the union said.\n\n## What happens next\n\n> “We are back on Monday.”\n> — Mara Quint',
      body_json: '',
      seo_title: '',
      seo_description: '',
      comment_mode: 'open',
      comments_close_days: '',
      publish_at: '',
      ...overrides,
    });

    async function save(who: Staff, id: number, overrides = {}, intent = 'save') {
      return who.post(`/admin/articles/${id}`, {
        ...fields(overrides),
        version: await versionOf(who, id),
        intent,
      });
    }

    test('write, save and publish: the article is on the site with everything the editor typed', async () => {
      const id = await newDraft(editor);
      const edit = await editor.get(`/admin/articles/${id}/edit`);
      assert.equal(edit.statusCode, 200);
      assert.deepEqual(await htmlProblems(edit.body), []);
      assert.match(
        edit.body,
        /<div id="article-editor" data-article-id="\d+" data-autosave-url="\/admin\/articles\/\d+\/autosave" data-media-url="\/admin\/media.json" data-csrf="[^"]+"><\/div>/,
      );
      const saved = await save(editor, id, {
        'byline_person[]': [author.id],
        'byline_credit[]': [''],
      });
      assert.equal(saved.statusCode, 303);
      assert.equal(
        (await site.app.inject({ url: '/world/harbour-strike-ends-after-nine-days' })).statusCode,
        404,
        'saved is not published',
      );
      const published = await save(editor, id, {}, 'publish');
      assert.equal(published.statusCode, 303);
      assert.match(String(published.headers.location), /done=published/);
      const page = await site.app.inject({ url: '/world/harbour-strike-ends-after-nine-days' });
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /<h1 class="headline">Harbour strike ends after nine days<\/h1>/);
      assert.match(
        page.body,
        /<span class="dateline">PORT ALDER:<\/span> The strike is over, the union said\./,
      );
      assert.match(page.body, /<h2>What happens next<\/h2>/);
      assert.match(page.body, /<figcaption>— Mara Quint<\/figcaption>/);
      assert.match(page.body, /<a href="\/tag\/ports" rel="tag">Ports<\/a>/);
      const results = await site.app.inject({ url: '/search?q=nine+days' });
      assert.match(results.body, /Harbour strike ends after nine days/);
    });

    test('a refused save shows the form again with every word kept and the problem by its field', async () => {
      const id = await newDraft(editor);
      const res = await save(editor, id, { headline: '', body_text: 'Words I must not lose' });
      assert.equal(res.statusCode, 400);
      assert.match(res.body, /id="headline-error">Every article needs a headline\./);
      assert.match(res.body, />Words I must not lose<\/textarea>/);
      const long = await save(editor, id, { headline: 'x'.repeat(301) });
      assert.match(long.body, /The headline is too long/);
    });

    test('changing the address of a published article keeps the old one as a 301', async () => {
      const id = await newDraft(editor);
      await save(
        editor,
        id,
        { headline: 'Ferry timetable changes', slug: 'ferry-timetable' },
        'publish',
      );
      assert.equal((await site.app.inject({ url: '/world/ferry-timetable' })).statusCode, 200);
      await save(
        editor,
        id,
        { headline: 'Ferry timetable changes again', slug: 'ferry-timetable-winter' },
        'publish',
      );
      const old = await site.app.inject({ url: '/world/ferry-timetable' });
      assert.equal(old.statusCode, 301);
      assert.equal(old.headers.location, '/world/ferry-timetable-winter');
      const taken = await newDraft(editor);
      const clash = await save(editor, taken, {
        headline: 'Other',
        slug: 'ferry-timetable-winter',
      });
      assert.equal(clash.statusCode, 400);
      assert.match(clash.body, /Another article in this section already has this address/);
    });

    test('scheduling: not a minute early, published by the job on time with no traffic, and after a restart', async () => {
      const id = await newDraft(editor);
      const at = new Date(site.clock.now.getTime() + 30 * MINUTE);
      const local = new Intl.DateTimeFormat('sv-SE', {
        timeZone: 'Europe/London',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
      })
        .format(at)
        .replace(' ', 'T');
      const res = await save(
        editor,
        id,
        { headline: 'Embargoed report on river quality', slug: 'river-report', publish_at: local },
        'schedule',
      );
      assert.equal(res.statusCode, 303);
      const jobs = await site.stores.jobs.list({ kind: 'publish-article', status: 'pending' });
      assert.equal(jobs.length, 1);
      assert.equal(
        jobs[0]!.runAt.toISOString(),
        new Date(Math.floor(at.getTime() / MINUTE) * MINUTE).toISOString(),
      );

      site.clock.advance(29 * MINUTE);
      assert.equal(await runJobs(), 0, 'nothing due a minute early');
      assert.equal((await site.app.inject({ url: '/world/river-report' })).statusCode, 404);

      // A restart: a new app and a new runner over the same database find the job.
      site.clock.advance(2 * MINUTE);
      const restarted = await buildApp({
        config: site.config,
        database: site.database,
        clock: () => site.clock.now,
      });
      const runner = new JobRunner({
        jobs: createStores(site.database).jobs,
        handlers: jobHandlers({
          stores: createStores(site.database),
          mailer: new OutboxMailer(`${site.dataDir}/outbox`, 'test@example.test'),
          clock: () => site.clock.now,
        }),
        clock: () => site.clock.now,
      });
      assert.equal(await runner.runDue(), 1);
      const page = await restarted.inject({ url: '/world/river-report' });
      assert.equal(page.statusCode, 200);
      assert.equal(await runner.runDue(), 0, 'a job runs once');
      await restarted.close();
      const article = await site.stores.editing.findForEdit(id, site.clock.now);
      assert.equal(article?.status, 'published');
    });

    test('a time in the past cannot be scheduled', async () => {
      const id = await newDraft(editor);
      const res = await save(
        editor,
        id,
        { headline: 'Too late', publish_at: '2020-01-01T10:00' },
        'schedule',
      );
      assert.equal(res.statusCode, 400);
      assert.match(res.body, /That time has passed/);
    });

    test('a contributor writes and submits drafts but cannot publish; an author publishes only their own', async () => {
      const id = await newDraft(contributor);
      const edit = await contributor.get(`/admin/articles/${id}/edit`);
      assert.doesNotMatch(edit.body, /value="publish"/);
      assert.match(edit.body, /Submit for review/);
      const refused = await save(contributor, id, { headline: 'Freelance piece' }, 'publish');
      assert.equal(refused.statusCode, 403);
      assert.match(refused.body, /Submit it for review instead/);
      const submitted = await save(contributor, id, { headline: 'Freelance piece' }, 'submit');
      assert.equal(submitted.statusCode, 303);
      assert.equal((await site.stores.editing.findForEdit(id, site.clock.now))?.status, 'review');
      // The editor publishes it; then it is no longer the contributor's to change.
      await save(editor, id, { headline: 'Freelance piece' }, 'publish');
      assert.equal((await contributor.get(`/admin/articles/${id}/edit`)).statusCode, 403);

      const editorsOwn = await newDraft(editor);
      assert.equal((await author.get(`/admin/articles/${editorsOwn}/edit`)).statusCode, 403);
      const own = await newDraft(author);
      const published = await save(
        author,
        own,
        { headline: 'Author’s own story', slug: 'authors-own' },
        'publish',
      );
      assert.equal(published.statusCode, 303);
      assert.equal((await site.app.inject({ url: '/world/authors-own' })).statusCode, 200);
      const list = await contributor.get('/admin/articles');
      assert.doesNotMatch(list.body, /Author’s own story/, 'contributors list only their own');
    });

    test('revisions: every save is kept; two can be compared and an older one restored', async () => {
      const id = await newDraft(editor);
      await save(editor, id, {
        headline: 'First headline',
        body_text: 'The original first paragraph.',
      });
      await save(editor, id, {
        headline: 'Second headline',
        body_text: 'A rewritten first paragraph.',
      });
      const revisions = await editor.get(`/admin/articles/${id}/revisions`);
      const ids = [...revisions.body.matchAll(/name="b" value="(\d+)"/g)].map((m) => m[1]);
      assert.equal(ids.length, 2);
      const compare = await editor.get(`/admin/articles/${id}/revisions?a=${ids[1]}&b=${ids[0]}`);
      assert.match(compare.body, /<del>First<\/del><ins>Second<\/ins> headline/);
      assert.match(compare.body, /<del>original<\/del><ins>rewritten<\/ins> first paragraph/);
      assert.deepEqual(await htmlProblems(compare.body), []);
      const restore = await editor.post(`/admin/articles/${id}/revisions/${ids[1]}/restore`, {});
      assert.equal(restore.statusCode, 303);
      const restored = await site.stores.editing.findForEdit(id, site.clock.now);
      assert.equal(restored?.headline, 'First headline');
      assert.equal(restored?.version, 4);
      const after = await editor.get(`/admin/articles/${id}/revisions`);
      assert.match(after.body, /\(restored\)/);
    });

    test('two people editing: the second save is warned, not silently written over the first', async () => {
      const id = await newDraft(editor);
      await save(editor, id, { headline: 'Shared story' });
      const version = await versionOf(editor, id);
      const other = await signedIn(site, 'editor', 'Otto Other');
      await other.get(`/admin/articles/${id}/edit`);
      const first = await other.post(`/admin/articles/${id}`, {
        ...fields({ headline: 'Otto’s version' }),
        version,
        intent: 'save',
      });
      assert.equal(first.statusCode, 303);
      const second = await editor.post(`/admin/articles/${id}`, {
        ...fields({ headline: 'Edith’s version' }),
        version,
        intent: 'save',
      });
      assert.equal(second.statusCode, 409);
      assert.match(
        second.body,
        /Otto Other saved a newer version of this article while you were editing it/,
      );
      assert.match(second.body, /value="Edith’s version"/, 'their text is kept');
      assert.equal(
        (await site.stores.editing.findForEdit(id, site.clock.now))?.headline,
        'Otto’s version',
      );
      assert.match(second.body, /Otto Other is also editing this article/);
    });

    test('autosave keeps unsaved work for its author, checks the CSRF token and the version', async () => {
      const id = await newDraft(editor);
      await save(editor, id, { headline: 'Autosaved story' });
      const version = await versionOf(editor, id);
      const body = {
        version,
        fields: fields({ headline: 'Autosaved story, edited', body_text: 'Typed but not saved.' }),
      };
      const noToken = await editor.postJson(`/admin/articles/${id}/autosave`, body, {
        'x-csrf-token': 'nope',
      });
      assert.equal(noToken.statusCode, 403);
      site.clock.advance(MINUTE);
      const res = await editor.postJson(`/admin/articles/${id}/autosave`, body);
      assert.equal(res.statusCode, 200);
      assert.equal(res.json().savedAt, site.clock.now.toISOString());
      const page = await editor.get(`/admin/articles/${id}/edit`);
      assert.match(page.body, /You have unsaved changes from/);
      const loaded = await editor.get(`/admin/articles/${id}/edit?autosave=1`);
      assert.match(loaded.body, /value="Autosaved story, edited"/);
      assert.match(loaded.body, />Typed but not saved\.<\/textarea>/);
      const stale = await editor.postJson(`/admin/articles/${id}/autosave`, {
        ...body,
        version: version - 1,
      });
      assert.equal(stale.statusCode, 409);
    });

    test('an image without alt text stops publication until it has one', async () => {
      const media = await site.stores.media.create(
        {
          file: 'no-alt.jpg',
          mime: 'image/jpeg',
          width: 800,
          height: 600,
          bytes: 1000,
          alt: '',
          caption: 'Boats',
          credit: 'Staff',
          source: '',
          mayRedistribute: true,
        },
        site.clock.now,
      );
      const id = await newDraft(editor);
      const res = await save(
        editor,
        id,
        { headline: 'Boats at rest', lead_media: media },
        'publish',
      );
      assert.equal(res.statusCode, 400);
      assert.match(res.body, /has no alt text\. Describe what it shows/);
      assert.match(res.body, /Your changes are saved, but the article was not published/);
    });

    test('corrections are appended, dated, and shown on the article; previews use the real template', async () => {
      const id = await newDraft(editor);
      await save(editor, id, { headline: 'Council vote tonight', slug: 'council-vote' }, 'publish');
      const res = await editor.post(`/admin/articles/${id}/corrections`, {
        kind: 'correction',
        text: 'An earlier version gave the wrong ward.',
      });
      assert.equal(res.statusCode, 303);
      const page = await site.app.inject({ url: '/world/council-vote' });
      assert.match(
        page.body,
        /<strong>Correction, <time datetime="[^"]+">[^<]+<\/time>:<\/strong> An earlier version gave the wrong ward\./,
      );
      const draft = await newDraft(editor);
      await save(editor, draft, { headline: 'Not yet out' });
      const preview = await editor.get(`/admin/articles/${draft}/preview`);
      assert.equal(preview.statusCode, 200);
      assert.match(preview.body, /<p class="preview-banner" role="note">/);
      assert.match(preview.body, /<h1 class="headline">Not yet out<\/h1>/);
      assert.match(preview.body, /<meta name="robots" content="noindex"\/>/);
      assert.equal((await contributor.get(`/admin/articles/${draft}/preview`)).statusCode, 403);
    });

    test('comment settings per article: hold all, and close after N days', async () => {
      const id = await newDraft(editor);
      await save(
        editor,
        id,
        {
          headline: 'Court case opens',
          slug: 'court-case',
          comment_mode: 'hold',
          comments_close_days: 2,
        },
        'publish',
      );
      const post = () =>
        site.app.inject({
          method: 'POST',
          url: '/comments',
          headers: {
            'content-type': 'application/x-www-form-urlencoded',
            accept: 'application/json',
          },
          payload: new URLSearchParams({
            article: String(id),
            comment: `A view ${site.clock.now.getTime()}`,
            author: 'Rosa',
            email: 'rosa@example.net',
            form_token: site.formToken(),
          }).toString(),
          remoteAddress: `192.0.2.${Math.floor(Math.random() * 200) + 20}`,
        });
      const held = await post();
      assert.equal(held.json().status, 'held');
      const log = await site.stores.comments.history(held.json().number);
      assert.equal(log[0]?.rule, 'article-holds-all');
      site.clock.advance(2 * 24 * 60 * MINUTE + MINUTE);
      const closed = await post();
      assert.equal(closed.statusCode, 403);
      const page = await site.app.inject({ url: '/world/court-case' });
      assert.match(page.body, /Comments are closed\./);
    });

    test('the list filters by status, section, author and headline; pinning sets the front page lead', async () => {
      const list = await editor.get('/admin/articles?status=published&q=HARBOUR');
      assert.match(list.body, /Harbour strike ends after nine days/);
      assert.doesNotMatch(list.body, /Ferry timetable/);
      assert.deepEqual(await htmlProblems(list.body), []);
      const byAuthor = await editor.get(`/admin/articles?author=${author.id}`);
      assert.match(byAuthor.body, /Author’s own story/);
      assert.doesNotMatch(byAuthor.body, /Ferry timetable/);
      const percent = await editor.get(`/admin/articles?q=${encodeURIComponent('%')}`);
      assert.match(percent.body, /0 articles|No articles match/);
      const ferry = /href="\/admin\/articles\/(\d+)\/edit">Ferry timetable changes again/.exec(
        (await editor.get('/admin/articles')).body,
      )![1];
      await editor.post(`/admin/articles/${ferry}/pin`, {});
      const front = await site.app.inject({ url: '/' });
      assert.match(
        /<section class="front-lead"[\s\S]*?<\/section>/.exec(front.body)![0],
        /Ferry timetable changes again/,
      );
      assert.equal((await author.post(`/admin/articles/${ferry}/pin`, {})).statusCode, 403);
    });

    test('trash and restore', async () => {
      const id = await newDraft(editor);
      await save(
        editor,
        id,
        { headline: 'Withdrawn after complaint', slug: 'withdrawn-complaint' },
        'publish',
      );
      const trashed = await save(
        editor,
        id,
        { headline: 'Withdrawn after complaint', slug: 'withdrawn-complaint' },
        'trash',
      );
      assert.equal(trashed.headers.location, '/admin/articles?done=trashed');
      assert.equal((await site.app.inject({ url: '/world/withdrawn-complaint' })).statusCode, 410);
      const restored = await editor.post(`/admin/articles/${id}`, { intent: 'restore' });
      assert.equal(restored.statusCode, 303);
      assert.equal((await site.stores.editing.findForEdit(id, site.clock.now))?.status, 'draft');
    });
  });
}
