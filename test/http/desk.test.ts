// The moderation desk over HTTP, as a moderator uses it without JavaScript: queues and filters,
// decisions and bulk decisions, edits, staff replies, featuring, measures against commenters,
// per-article controls, surge mode, readers' reports and the log.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DATABASES, skipUnless } from '../helpers/databases.ts';
import { htmlProblems } from '../helpers/html.ts';
import { createTestSite, form, FORM, type TestSite } from '../helpers/site.ts';
import { signedIn, type Staff } from '../helpers/staff.ts';

let site: TestSite;
let moderator: Staff;
let ip = 0;
const nextIp = () => `198.51.100.${(++ip % 250) + 1}`;

/** Posts a reader's comment from its own IP, 16 s after the last; answers the JSON. */
async function post(fields: Record<string, string | number> = {}, from = nextIp()) {
  site.clock.advance(16_000);
  const res = await site.app.inject({
    method: 'POST',
    url: '/comments',
    headers: { ...FORM, accept: 'application/json' },
    remoteAddress: from,
    payload: form({
      form_token: site.formToken(),
      article: site.articles.open.id,
      parent: 0,
      comment: `A reader’s view ${Math.random()}`,
      author: 'Rosa Quill',
      email: 'rosa.quill@example.net',
      url: '',
      ...fields,
    }),
  });
  return res;
}

const held = async (fields: Record<string, string | number> = {}) => {
  const res = await post({ email: `first-${Math.random()}@example.net`, ...fields });
  assert.equal(res.json().status, 'held', res.body);
  return res.json().number as number;
};

const approved = async (fields: Record<string, string | number> = {}) => {
  const number = await held(fields);
  const res = await moderator.post(`/admin/comments/${number}`, { action: 'approve' });
  assert.equal(res.statusCode, 303);
  return number;
};

const publicPage = async () => (await site.app.inject({ url: site.articles.open.path })).body;
const desk = async (query = '') => (await moderator.get(`/admin/comments${query}`)).body;
const itemIn = (html: string, number: number) => html.includes(`id="comment-${number}"`);

for (const kind of DATABASES) {
  describe(`the moderation desk on ${kind}`, { skip: await skipUnless(kind) }, () => {
    before(async () => {
      site = await createTestSite({ database: kind });
      moderator = await signedIn(site, 'moderator', 'Mo Derator');
    });
    after(() => site.close());

    test('each queue lists its comments with counts, the article, the parent and why', async () => {
      const parent = await approved({ comment: 'The parent comment about tariffs' });
      const email = `history-${Math.random()}@example.net`;
      await approved({ email, comment: 'An earlier approved one' });
      const reply = await post({
        email,
        parent: parent,
        comment: 'See http://a.example and http://b.example',
      });
      assert.equal(reply.json().status, 'held');
      const html = await desk();
      assert.ok(itemIn(html, reply.json().number));
      assert.match(html, /Pending <span class="count">\(\d+\)<\/span>/);
      assert.match(html, /On <a href="\/world\/pipeline-talks-resume">Pipeline talks resume/);
      assert.match(
        html,
        /In reply to <strong>Rosa Quill<\/strong>: The parent comment about tariffs/,
      );
      assert.match(html, /Other comments from this address: 1 approved/);
      assert.match(html, /rule: link-limit/);
      assert.deepEqual(await htmlProblems(html), []);
      // Approved queue: a person's decision says who.
      const approvedHtml = await desk('?queue=approved');
      assert.match(approvedHtml, /Approved by a moderator \(Mo Derator, /);
    });

    test('filters: by commenter (any case), by text, by article; newest or oldest first', async () => {
      const email = `Filter.${Math.random()}@Example.net`;
      const a = await held({ email, comment: 'Zebra crossings first' });
      site.clock.advance(60_000);
      const b = await held({ email, comment: 'Zebra crossings second' });
      const byEmail = await desk(`?commenter=${encodeURIComponent(email.toUpperCase())}`);
      assert.ok(itemIn(byEmail, a) && itemIn(byEmail, b));
      assert.match(byEmail, /Pending <span class="count">\(2\)<\/span>/);
      assert.ok(byEmail.indexOf(`comment-${b}`) < byEmail.indexOf(`comment-${a}`), 'newest first');
      const oldest = await desk(`?commenter=${encodeURIComponent(email)}&order=oldest`);
      assert.ok(oldest.indexOf(`comment-${a}`) < oldest.indexOf(`comment-${b}`), 'oldest first');
      const byText = await desk('?text=zebra%20CROSSINGS%20second');
      assert.ok(itemIn(byText, b) && !itemIn(byText, a));
      const onClosed = await desk(`?article=${site.articles.closed.id}`);
      assert.ok(!itemIn(onClosed, a));
      assert.match(onClosed, /Comments on <a href="\/world\/court-hears-appeal">/);
      assert.equal((await moderator.get('/admin/comments?queue=nonsense')).statusCode, 404);
      assert.equal((await moderator.get('/admin/comments?article=999999')).statusCode, 404);
    });

    test('approve, spam, trash and restore: back to the same queue with a notice', async () => {
      const number = await held();
      const spam = await moderator.post(`/admin/comments/${number}`, {
        action: 'spam',
        return: '/admin/comments?order=oldest',
      });
      assert.equal(spam.statusCode, 303);
      assert.equal(spam.headers.location, `/admin/comments?order=oldest&done=spam%3A${number}`);
      assert.match(
        await desk(`?order=oldest&done=spam:${number}`),
        new RegExp(`Comment ${number} marked as spam\\.`),
      );
      assert.ok(itemIn(await desk('?queue=spam'), number));
      // Not spam: back where it came from (pending), not straight to the public.
      await moderator.post(`/admin/comments/${number}`, { action: 'restore' });
      assert.ok(itemIn(await desk(), number));
      await moderator.post(`/admin/comments/${number}`, { action: 'approve' });
      await moderator.post(`/admin/comments/${number}`, { action: 'trash' });
      assert.ok(itemIn(await desk('?queue=trash'), number));
      await moderator.post(`/admin/comments/${number}`, { action: 'restore' });
      assert.ok(itemIn(await desk('?queue=approved'), number), 'restored to approved');
      const again = await moderator.post(`/admin/comments/${number}`, { action: 'restore' });
      assert.equal(again.statusCode, 409);
      assert.match(again.body, /Only comments in spam or trash can be restored\./);
      assert.ok(itemIn(again.body, number) || /Pending/.test(again.body), 'the desk comes back');
      // An off-site return address is ignored.
      const offsite = await moderator.post(`/admin/comments/${number}`, {
        action: 'hold',
        return: 'https://evil.example/admin/comments',
      });
      assert.match(offsite.headers.location as string, /^\/admin\/comments\?done=/);
      const json = await moderator.postJson(
        `/admin/comments/${number}`,
        { action: 'approve' },
        { accept: 'application/json' },
      );
      assert.equal(json.statusCode, 200);
      assert.equal(json.json().message, `Comment ${number} approved.`);
      const bad = await moderator.post(`/admin/comments/${number}`, { action: 'explode' });
      assert.equal(bad.statusCode, 400);
      assert.match(bad.body, /Choose approve, spam, trash or restore\./);
      const missing = await moderator.post('/admin/comments/999999', { action: 'approve' });
      assert.equal(missing.statusCode, 404);
      assert.match(missing.body, /There is no comment 999999\./);
    });

    test('bulk: one decision for a selection, each logged on its own', async () => {
      const numbers = [await held(), await held(), await held()];
      const res = await moderator.post('/admin/comments/bulk', {
        bulk: 'spam',
        selected: numbers,
        return: '/admin/comments',
      });
      assert.equal(res.statusCode, 303);
      assert.match(res.headers.location as string, /done=spam%3A/);
      assert.match(await desk(`?done=spam:${numbers.join(',')}`), /3 comments marked as spam\./);
      const spam = await desk('?queue=spam');
      for (const n of numbers) assert.ok(itemIn(spam, n));
      const log = await moderator.get(`/admin/comments/log?comment=${numbers[1]}`);
      assert.match(log.body, /pending → spam/);
      assert.match(log.body, /Marked as spam by a moderator/);
      const none = await moderator.post('/admin/comments/bulk', { bulk: 'approve' });
      assert.equal(none.statusCode, 400);
      assert.match(none.body, /Select the comments first\./);
    });

    test('edit: readers see the new text; the log keeps the original', async () => {
      const number = await approved({ comment: 'Ring me on 0161 496 0000 for more' });
      const page = await moderator.get(`/admin/comments/${number}/edit`);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /Ring me on 0161 496 0000/);
      assert.deepEqual(await htmlProblems(page.body), []);
      const empty = await moderator.post(`/admin/comments/${number}/edit`, { text: '   ' });
      assert.equal(empty.statusCode, 400);
      assert.match(empty.body, /A comment cannot be empty/);
      const saved = await moderator.post(`/admin/comments/${number}/edit`, {
        text: 'Ring me for more [number removed by a moderator]',
        note: 'Phone number removed',
        return: '/admin/comments?queue=approved',
      });
      assert.equal(saved.statusCode, 303);
      const article = await publicPage();
      assert.match(article, /Ring me for more \[number removed by a moderator\]/);
      assert.doesNotMatch(article, /0161 496 0000/);
      const log = await moderator.get(`/admin/comments/log?comment=${number}`);
      assert.match(log.body, /Phone number removed/);
      assert.match(
        log.body,
        /Text before the edit<\/summary><pre class="log-text">Ring me on 0161 496 0000 for more/,
      );
      assert.deepEqual(await htmlProblems(log.body), []);
    });

    test('reply as staff: published at once with the staff badge; a held parent is approved first', async () => {
      const parent = await held({ comment: 'Is the ferry running on Sunday?' });
      const res = await moderator.post(`/admin/comments/${parent}/reply`, {
        [`reply-${parent}`]: 'Yes: the timetable is on page 4.',
        return: '/admin/comments',
      });
      assert.equal(res.statusCode, 303);
      assert.match(res.headers.location as string, new RegExp(`done=reply%3A${parent}`));
      const article = await publicPage();
      assert.match(article, /Is the ferry running on Sunday\?/);
      const reply =
        /<li id="comment-(\d+)" class="comment depth-2 by-staff">[\s\S]*?Mo Derator[\s\S]*?Staff[\s\S]*?Yes: the timetable is on page 4\./.exec(
          article,
        );
      assert.ok(reply, 'the reply is nested under its parent, by the moderator, marked Staff');
      assert.doesNotMatch(article, /moderator\d*@newsroom/, 'the staff email is not shown');
      const empty = await moderator.post(`/admin/comments/${parent}/reply`, {
        [`reply-${parent}`]: '',
      });
      assert.equal(empty.statusCode, 400);
      assert.match(empty.body, /Write a reply first\./);
      const tooLong = 'x'.repeat(65_526);
      const long = await moderator.post(`/admin/comments/${parent}/reply`, {
        [`reply-${parent}`]: tooLong,
        return: '/admin/comments?queue=approved',
      });
      assert.equal(long.statusCode, 400);
      assert.ok(long.body.includes(`>${tooLong}</textarea>`), 'the refused reply keeps its words');
      const trashed = await held();
      await moderator.post(`/admin/comments/${trashed}`, { action: 'trash' });
      const toTrash = await moderator.post(`/admin/comments/${trashed}/reply`, {
        [`reply-${trashed}`]: 'Hello',
      });
      assert.equal(toTrash.statusCode, 409);
      assert.match(toTrash.body, /Restore the comment before replying to it\./);
    });

    test('feature: the featured thread leads the comments, marked Featured', async () => {
      const first = await approved({ comment: 'An early, ordinary comment' });
      const best = await approved({ comment: 'The comment worth reading first' });
      const before = await publicPage();
      assert.ok(before.indexOf(`comment-${first}"`) < before.indexOf(`comment-${best}"`));
      await moderator.post(`/admin/comments/${best}`, { action: 'feature' });
      const after = await publicPage();
      assert.ok(after.indexOf(`comment-${best}"`) < after.indexOf(`comment-${first}"`));
      assert.match(after, /<span class="featured-badge">Featured<\/span>/);
      const pending = await held();
      const refused = await moderator.post(`/admin/comments/${pending}`, { action: 'feature' });
      assert.equal(refused.statusCode, 409);
      assert.match(refused.body, /Only published comments can be featured\./);
      await moderator.post(`/admin/comments/${best}`, { action: 'unfeature' });
      assert.doesNotMatch(await publicPage(), /featured-badge/);
    });

    test('ban by email: refused in any capitalisation, with a clear message, until lifted', async () => {
      const number = await held({ email: 'Troll.Account@Example.net', comment: 'Rude words' });
      const form = await moderator.get(`/admin/comments/commenters?from=${number}`);
      assert.match(form.body, /value="Troll.Account@Example.net"/);
      assert.deepEqual(await htmlProblems(form.body), []);
      const invalid = await moderator.post('/admin/comments/commenters', {
        kind: 'ban',
        match: 'email',
        value: 'not an address',
        days: '',
        note: '',
      });
      assert.equal(invalid.statusCode, 400);
      assert.match(invalid.body, /Enter the email address to match/);
      for (const [over, message] of [
        [{ days: '3651' }, /a whole number of days from 1 to 3650/],
        [{ days: '1.5' }, /a whole number of days/],
        [{ note: 'n'.repeat(501) }, /Keep the note under 500 characters/],
      ] as const) {
        const refused = await moderator.post('/admin/comments/commenters', {
          kind: 'ban',
          match: 'email',
          value: 'over.limits@example.net',
          days: '',
          note: '',
          ...over,
        });
        assert.equal(refused.statusCode, 400, JSON.stringify(over));
        assert.match(refused.body, message);
      }
      const none = await moderator.get('/admin/comments/commenters');
      assert.doesNotMatch(none.body, /over\.limits@example\.net/, 'nothing half-saved');
      const saved = await moderator.post('/admin/comments/commenters', {
        kind: 'ban',
        match: 'email',
        value: 'Troll.Account@Example.net',
        days: '30',
        note: 'Abuse on the pipeline story',
      });
      assert.equal(saved.statusCode, 303);
      const list = await moderator.get('/admin/comments/commenters');
      assert.match(list.body, /troll\.account@example\.net/);
      assert.match(list.body, /Abuse on the pipeline story/);
      const refused = await post({ email: 'TROLL.ACCOUNT@example.NET', comment: 'Let me back in' });
      assert.equal(refused.statusCode, 403);
      assert.match(
        refused.json().error.message,
        /Comments from you are not accepted on this site until /,
      );
      const id = /\/admin\/comments\/commenters\/(\d+)\/lift/.exec(list.body)![1];
      await moderator.post(`/admin/comments/commenters/${id}/lift`, {});
      const after = await post({ email: 'troll.account@example.net', comment: 'Back, politely' });
      assert.equal(after.statusCode, 201);
    });

    test('hold by IP: everything from that address waits for a moderator, saying why', async () => {
      await approved({ email: 'regular@example.net', comment: 'My first' });
      await moderator.post('/admin/comments/commenters', {
        kind: 'hold',
        match: 'ip',
        value: '203.0.113.99',
        days: '',
        note: 'Sock puppets',
      });
      const res = await post(
        { email: 'regular@example.net', comment: 'From the held network' },
        '203.0.113.99',
      );
      assert.equal(res.json().status, 'held');
      assert.match(await desk(), /A moderator holds this commenter’s comments: Sock puppets/);
      const elsewhere = await post({ email: 'regular@example.net', comment: 'From home' });
      assert.equal(elsewhere.json().status, 'approved');
      const badIp = await moderator.post('/admin/comments/commenters', {
        kind: 'hold',
        match: 'ip',
        value: '999.1.1.1',
        days: '',
        note: '',
      });
      assert.equal(badIp.statusCode, 400);
    });

    test('per-article controls: close, hold all, open again', async () => {
      await approved({ email: 'known@example.net', comment: 'Known before' });
      const controls = `/admin/comments/articles/${site.articles.open.id}`;
      const closed = await moderator.post(controls, {
        action: 'closed',
        return: `/admin/comments?article=${site.articles.open.id}`,
      });
      assert.equal(closed.headers.location, `/admin/comments?article=${site.articles.open.id}`);
      assert.match(await publicPage(), /Comments are closed\./);
      assert.equal((await post()).statusCode, 403);
      assert.match(await desk(`?article=${site.articles.open.id}`), /Comments are closed\./);
      await moderator.post(controls, { action: 'hold' });
      const res = await post({
        email: 'known@example.net',
        comment: 'Held while the article holds all',
      });
      assert.equal(res.json().status, 'held');
      await moderator.post(controls, { action: 'open' });
      const open = await post({ email: 'known@example.net', comment: 'Open again' });
      assert.equal(open.json().status, 'approved');
      assert.equal((await moderator.post(controls, { action: 'explode' })).statusCode, 400);
    });

    test('surge: too many comments too fast holds the article’s comments and shows a banner until ended', async () => {
      // This test's own site, with a small surge threshold.
      const small = await createTestSite({
        database: kind,
        settings: { surge: { comments: 3, minutes: 10 } },
      });
      try {
        const mod = await signedIn(small, 'moderator');
        const send = (email: string, text: string, from: string) => {
          small.clock.advance(16_000);
          return small.app.inject({
            method: 'POST',
            url: '/comments',
            headers: { ...FORM, accept: 'application/json' },
            remoteAddress: from,
            payload: form({
              form_token: small.formToken(),
              article: small.articles.open.id,
              parent: 0,
              comment: text,
              author: 'Reader',
              email,
            }),
          });
        };
        // A known commenter, whose comments are normally published at once.
        const first = await send('known@example.net', 'First', '192.0.2.1');
        await mod.post(`/admin/comments/${first.json().number}`, { action: 'approve' });
        const statuses = [];
        for (let i = 0; i < 4; i++)
          statuses.push(
            (await send('known@example.net', `Storm ${i}`, `192.0.2.${10 + i}`)).json().status,
          );
        assert.deepEqual(statuses.slice(0, 2), ['approved', 'approved']);
        assert.equal(statuses.at(-1), 'held');
        const deskHtml = (await mod.get('/admin/comments')).body;
        assert.match(deskHtml, /<strong>Surge mode:<\/strong> comments on/);
        assert.deepEqual(await htmlProblems(deskHtml), []);
        small.clock.advance(60 * 60_000);
        assert.equal(
          (await send('known@example.net', 'An hour later', '192.0.2.50')).json().status,
          'held',
          'surge mode stays on until a moderator ends it',
        );
        await mod.post(`/admin/comments/articles/${small.articles.open.id}`, {
          action: 'end-surge',
        });
        assert.doesNotMatch((await mod.get('/admin/comments')).body, /Surge mode:/);
        assert.equal(
          (await send('known@example.net', 'Calm again', '192.0.2.51')).json().status,
          'approved',
        );
      } finally {
        await small.close();
      }
    });

    test('word lists, edited by a moderator, catch look-alike spellings', async () => {
      const page = await moderator.get('/admin/comments/settings');
      assert.equal(page.statusCode, 200);
      assert.doesNotMatch(page.body, /Discussion rules/, 'rules are for administrators');
      assert.deepEqual(await htmlProblems(page.body), []);
      const saved = await moderator.post('/admin/comments/settings/words', {
        moderationWords: 'free money\n\nFree Money',
        disallowedWords: 'replica watches',
        disallowedAction: 'spam',
      });
      assert.equal(saved.statusCode, 303);
      const again = await moderator.get('/admin/comments/settings');
      assert.match(again.body, />free money<\/textarea>/);
      await approved({ email: 'wordy@example.net', comment: 'An ordinary first comment' });
      const held = await post({ email: 'wordy@example.net', comment: 'Get FR€E m0ney now' });
      assert.equal(held.json().status, 'held');
      const spam = await post({ email: 'wordy@example.net', comment: 'Cheap rеplica watchеs' });
      assert.equal(spam.json().status, 'received', 'spam is not shown, and not said to be spam');
      assert.ok(itemIn(await desk('?queue=spam'), spam.json().number));
      const tooLong = await moderator.post('/admin/comments/settings/words', {
        moderationWords: 'x'.repeat(101),
        disallowedWords: '',
        disallowedAction: 'trash',
      });
      assert.equal(tooLong.statusCode, 400);
      assert.match(tooLong.body, /at most 100 characters/);
      assert.ok(tooLong.body.includes(`>${'x'.repeat(101)}</textarea>`), 'what was typed is kept');
      const rules = await moderator.post('/admin/comments/settings/rules', {
        reportThreshold: '1',
      });
      assert.equal(rules.statusCode, 403);
      await moderator.post('/admin/comments/settings/words', {
        moderationWords: '',
        disallowedWords: '',
        disallowedAction: 'trash',
      });
    });

    test('the discussion rules, for administrators, with limits checked', async () => {
      const admin = await signedIn(site, 'administrator');
      const page = await admin.get('/admin/comments/settings');
      assert.match(page.body, /Discussion rules/);
      assert.deepEqual(await htmlProblems(page.body), []);
      const fields = {
        maxLinks: '2',
        floodSeconds: '15',
        minSubmitSeconds: '3',
        perIpPerHour: '30',
        perEmailPerHour: '15',
        surgeComments: '40',
        surgeMinutes: '10',
        reportThreshold: '0',
        digestMinutes: '15',
        ipRetentionDays: '30',
        previouslyApproved: 'yes',
        spamCheckUrl: 'https://rest.akismet.com/1.1/comment-check',
        spamCheckKey: '',
      };
      const bad = await admin.post('/admin/comments/settings/rules', fields);
      assert.equal(bad.statusCode, 400);
      assert.match(bad.body, /a whole number from 1 to 1,000/);
      assert.match(bad.body, /id="rule-reportThreshold"[^>]*value="0"/);
      const good = await admin.post('/admin/comments/settings/rules', {
        ...fields,
        reportThreshold: '4',
        digestMinutes: '60',
        ipRetentionDays: '7',
      });
      assert.equal(good.statusCode, 303);
      const saved = await site.stores.settings.site();
      assert.equal(saved.comments.reportThreshold, 4);
      assert.equal(saved.comments.notifications.digestMinutes, 60);
      assert.equal(saved.privacy.ipRetentionDays, 7);
      const again = await admin.get('/admin/comments/settings');
      assert.match(again.body, /Days a commenter’s full IP address is kept/);
      assert.match(again.body, /id="rule-ipRetentionDays"[^>]*value="7"/);
      assert.match(again.body, /id="rule-digestMinutes"[^>]*value="60"/);
      await admin.post('/admin/comments/settings/rules', { ...fields, reportThreshold: '3' });
    });

    test('the log is read-only and names who did what', async () => {
      const number = await approved();
      const log = await moderator.get(`/admin/comments/log?comment=${number}`);
      assert.match(log.body, /Arrived as pending/);
      assert.match(log.body, /pending → approved/);
      assert.match(log.body, /Mo Derator/);
      const whole = await moderator.get('/admin/comments/log');
      assert.equal(whole.statusCode, 200);
      // There is nothing to post to: no route changes the log.
      const write = await moderator.post('/admin/comments/log', {});
      assert.equal(write.statusCode, 404);
      for (const method of ['PUT', 'DELETE'] as const) {
        const res = await site.app.inject({
          method,
          url: '/admin/comments/log',
          headers: { cookie: moderator.cookie },
        });
        assert.equal(res.statusCode, 404);
      }
    });

    test('authors and contributors cannot reach the desk; editors can', async () => {
      for (const role of ['author', 'contributor'] as const) {
        const who = await signedIn(site, role);
        assert.equal((await who.get('/admin/comments')).statusCode, 403);
        assert.equal((await who.post('/admin/comments/1', { action: 'approve' })).statusCode, 403);
        assert.equal((await who.get('/admin/comments/log')).statusCode, 403);
        assert.equal((await who.get('/admin/comments/commenters')).statusCode, 403);
      }
      const editor = await signedIn(site, 'editor');
      assert.equal((await editor.get('/admin/comments')).statusCode, 200);
    });
  });

  describe(`readers' reports on ${kind}`, { skip: await skipUnless(kind) }, () => {
    before(async () => {
      site = await createTestSite({ database: kind, settings: { reportThreshold: 2 } });
      moderator = await signedIn(site, 'moderator', 'Mo Derator');
    });
    after(() => site.close());

    /** A reader opens the report page (getting its cookie) and sends the form. */
    async function report(number: number, reason: string, from: string, json = false) {
      const page = await site.app.inject({
        url: `/comments/${number}/report`,
        remoteAddress: from,
      });
      const cookie = page.cookies.find((c) => c.name === 'dl_report');
      const token = /name="_token" value="([^"]+)"/.exec(page.body)?.[1] ?? '';
      return site.app.inject({
        method: 'POST',
        url: `/comments/${number}/report`,
        headers: {
          ...FORM,
          cookie: `dl_report=${cookie?.value ?? ''}`,
          accept: json ? 'application/json' : 'text/html',
        },
        remoteAddress: from,
        payload: form({ reason, _token: token }),
      });
    }

    test('every published comment has a Report link to a form with a short list of reasons', async () => {
      const number = await approved({ comment: 'Buy cheap watches' });
      assert.match(
        await publicPage(),
        new RegExp(`href="/comments/${number}/report" rel="nofollow"`),
      );
      const page = await site.app.inject({ url: `/comments/${number}/report` });
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /Why should a moderator look at this comment\?/);
      assert.match(page.body, /Spam or advertising/);
      assert.match(page.body, /<meta name="robots" content="noindex/);
      assert.deepEqual(await htmlProblems(page.body), []);
      const pending = await held();
      assert.equal((await site.app.inject({ url: `/comments/${pending}/report` })).statusCode, 404);
      assert.equal((await site.app.inject({ url: '/comments/999999/report' })).statusCode, 404);
    });

    test('N reports from different readers put it in the reported queue; one per reader', async () => {
      const number = await approved({ comment: 'Something people object to' });
      const first = await report(number, 'abuse', '192.0.2.101');
      assert.equal(first.statusCode, 200);
      assert.match(first.body, /Thank you\. A moderator will look at this comment\./);
      const twice = await report(number, 'spam', '192.0.2.101', true);
      assert.equal(twice.statusCode, 200);
      assert.match(twice.json().message, /already reported/);
      assert.ok(!itemIn(await desk('?queue=reported'), number), 'one reader is not enough');
      const second = await report(number, 'hate', '192.0.2.102', true);
      assert.equal(second.statusCode, 201);
      const reported = await desk('?queue=reported');
      assert.ok(itemIn(reported, number));
      assert.match(reported, /2 open reports: /);
      assert.match(reported, /Abuse or harassment/);
      assert.match(reported, /Reported by 2 readers/);
      assert.match(reported, /Reported <span class="count">\(1\)<\/span>/);
      // It stays up while it waits.
      assert.match(await publicPage(), /Something people object to/);
      // Keep it: out of the reported queue, reports dismissed in the log.
      await moderator.post(`/admin/comments/${number}`, { action: 'approve' });
      assert.ok(!itemIn(await desk('?queue=reported'), number));
      assert.match(
        (await moderator.get(`/admin/comments/log?comment=${number}`)).body,
        /2 open reports dismissed/,
      );
    });

    test('a report from another site, without the form’s cookie, or with no reason, is refused', async () => {
      const number = await approved();
      const forged = await site.app.inject({
        method: 'POST',
        url: `/comments/${number}/report`,
        headers: FORM,
        payload: form({ reason: 'spam', _token: 'x'.repeat(24) }),
      });
      assert.equal(forged.statusCode, 403);
      assert.match(forged.body, /did not come from the report form/);
      const noReason = await report(number, '', '192.0.2.120');
      assert.equal(noReason.statusCode, 400);
      assert.match(noReason.body, /Please choose why/);
    });

    test('429 with Retry-After when one connection sends too many reports', async () => {
      let last;
      for (let i = 0; i < 21; i++)
        last = await report(await approved(), 'spam', '192.0.2.200', true);
      assert.equal(last!.statusCode, 429);
      assert.ok(Number(last!.headers['retry-after']) > 0);
    });
  });
}
