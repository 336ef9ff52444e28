// Commenters' personal data: export and erase by email address from /admin/privacy, and the
// daily job that cuts old IP addresses. On both databases. Comments arrive through the real form
// route from several addresses and networks; what erasing leaves is checked in every column of
// every table.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { commentFingerprint } from '../../src/domain/comments/post-comment.ts';
import { REDACTED_ADDRESS } from '../../src/domain/comments/privacy/erasure.ts';
import type { ClaimedJob } from '../../src/storage/job-store.ts';
import {
  ensureIpRetentionScheduled,
  IP_RETENTION,
  ipRetentionHandler,
} from '../../src/jobs/ip-retention.ts';
import { SEND_MAIL } from '../../src/jobs/mail-queue.ts';
import { JobRunner } from '../../src/jobs/runner.ts';
import { currentSchema } from '../../src/storage/dialect.ts';
import { DATABASES, skipUnless } from '../helpers/databases.ts';
import { htmlProblems } from '../helpers/html.ts';
import { createTestSite, form, FORM, type TestSite } from '../helpers/site.ts';
import { signedIn, type Staff } from '../helpers/staff.ts';

const ROSA = 'rosa.quill@example.net';
const BEN = 'ben.okafor@example.org';
const DAY = 86_400_000;

/** Posts the comment form as a browser with JavaScript does, 16 s after the last post. */
async function postComment(
  site: TestSite,
  fields: { author: string; email: string; comment: string; url?: string; parent?: number },
  ip: string,
  userAgent = 'Mozilla/5.0 (X11; Linux x86_64) TestBrowser/1.0',
): Promise<{ number: number; status: string }> {
  site.clock.advance(16_000);
  const res = await site.app.inject({
    method: 'POST',
    url: '/comments',
    headers: { ...FORM, accept: 'application/json', 'user-agent': userAgent },
    remoteAddress: ip,
    payload: form({
      article: site.articles.open.id,
      parent: fields.parent ?? 0,
      url: fields.url ?? '',
      author: fields.author,
      email: fields.email,
      comment: fields.comment,
    }),
  });
  assert.equal(res.statusCode, 201, res.body);
  return res.json();
}

const approve = (site: TestSite, number: number) =>
  site.stores.comments.changeStatus({
    number,
    to: 'approved',
    personId: site.people.reporter,
    reason: 'test',
    at: site.clock.now,
  });

const commentRow = (site: TestSite, number: number) =>
  site.database.db
    .selectFrom('comments')
    .selectAll()
    .where('number', '=', number)
    .executeTakeFirstOrThrow();

/** Every table and column holding `needle` (any case), as "table.column". */
async function whereMentioned(site: TestSite, needle: string): Promise<string[]> {
  const { db } = site.database;
  const schema = await currentSchema(site.database);
  const tables = (await db.introspection.getTables()).filter(
    (t) => schema === undefined || t.schema === schema,
  );
  const names = tables.map((t) => t.name);
  for (const expected of ['comments', 'moderation_log', 'jobs', 'settings', 'commenter_measures'])
    assert.ok(names.includes(expected), `${expected} in ${names.join(', ')}`);
  const found: string[] = [];
  for (const table of tables) {
    const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(
      table.name,
    )}`.execute(db);
    for (const row of rows)
      for (const [column, value] of Object.entries(row)) {
        const text =
          value instanceof Uint8Array
            ? Buffer.from(value).toString('latin1')
            : typeof value === 'object' && value !== null && !(value instanceof Date)
              ? JSON.stringify(value)
              : String(value ?? '');
        if (text.toLowerCase().includes(needle.toLowerCase()))
          found.push(`${table.name}.${column}`);
      }
  }
  return found;
}

async function assertValidHtml(body: string) {
  assert.deepEqual(await htmlProblems(body), []);
}

for (const kind of DATABASES) {
  describe(`on ${kind}`, { skip: await skipUnless(kind) }, () => {
    describe('export and erase by email address', () => {
      let site: TestSite;
      let admin: Staff;
      let editor: Staff;
      let moderator: Staff;
      let author: Staff;
      const rosa: Record<'first' | 'second' | 'reply', number> = { first: 0, second: 0, reply: 0 };
      const ben = { first: 0 };
      let cara = 0;
      let originalFingerprint = '';

      before(async () => {
        // The form's timing defence would hold every comment posted without the page's form.
        site = await createTestSite({ database: kind, settings: { minSubmitSeconds: 0 } });
        admin = await signedIn(site, 'administrator');
        editor = await signedIn(site, 'editor');
        moderator = await signedIn(site, 'moderator');
        author = await signedIn(site, 'author');

        const first = await postComment(
          site,
          {
            author: 'Rosa Quill',
            email: 'Rosa.Quill@Example.NET',
            url: 'rosa.example.net',
            comment: 'The harbour plan deserves a proper hearing.',
          },
          '192.168.0.1',
        );
        assert.equal(first.status, 'held', 'a first comment waits for a moderator');
        rosa.first = first.number;
        await approve(site, rosa.first);
        originalFingerprint = (await commentRow(site, rosa.first)).fingerprint;

        const benFirst = await postComment(
          site,
          { author: 'Ben Okafor', email: 'Ben.Okafor@Example.org', comment: 'I disagree.' },
          '203.0.113.9',
        );
        ben.first = benFirst.number;
        await approve(site, ben.first);

        // Known now, in another case and from an IPv6 network: published at once.
        const second = await postComment(
          site,
          {
            author: 'Rosa Quill',
            email: 'rosa.quill@example.net',
            url: 'rosa.example.net',
            comment: `Second thoughts on the harbour. Write to Rosa.Quill@example.net for the petition.`,
          },
          '2001:db8:85a3:8d3:1319:8a2e:370:7348',
        );
        assert.equal(second.status, 'approved');
        rosa.second = second.number;

        const reply = await postComment(
          site,
          {
            author: 'Rosa Quill',
            email: 'ROSA.QUILL@EXAMPLE.NET',
            comment: 'Replying to Ben: fair point.',
            parent: ben.first,
          },
          '::ffff:192.0.2.44',
        );
        assert.equal(reply.status, 'approved');
        rosa.reply = reply.number;

        cara = (
          await postComment(
            site,
            { author: 'Cara Lind', email: 'cara@example.com', comment: 'Cara was here.' },
            '2001:db8:ffff::5',
          )
        ).number;

        // What other parts of the site keep about commenters, written as they will write it.
        const { db } = site.database;
        const at = site.clock.now.toISOString();
        const idOf = async (n: number) => (await commentRow(site, n)).id;
        await db
          .insertInto('comment_subscriptions')
          .values([
            {
              email: 'Rosa.Quill@Example.NET',
              email_key: ROSA,
              comment_id: await idOf(rosa.first),
              confirmed_at: at,
              unsubscribed_at: null,
              created_at: at,
            },
            {
              email: BEN,
              email_key: BEN,
              comment_id: await idOf(ben.first),
              confirmed_at: at,
              unsubscribed_at: null,
              created_at: at,
            },
          ])
          .execute();
        await db
          .insertInto('commenter_measures')
          .values([
            {
              kind: 'hold',
              match: 'email',
              value: 'ROSA.Quill@example.net',
              note: 'Check her links first',
              expires_at: null,
              person_id: moderator.id,
              created_at: at,
            },
            {
              kind: 'ban',
              match: 'email',
              value: BEN,
              note: '',
              expires_at: null,
              person_id: moderator.id,
              created_at: at,
            },
          ])
          .execute();
        await db
          .insertInto('comment_reports')
          .values({
            comment_id: await idOf(rosa.first),
            reporter: 'reader-hash-1',
            reason: 'Off topic',
            created_at: at,
          })
          .execute();
        const mail = (to: string, text: string) => ({
          kind: SEND_MAIL,
          payload: { to, subject: 'Comments', text },
          runAt: new Date(site.clock.now.getTime() + DAY),
        });
        await site.stores.jobs.enqueue(
          mail('desk@newsroom.example.test', 'Held: Rosa Quill <rosa.quill@example.net> wrote…'),
          site.clock.now,
        );
        await site.stores.jobs.enqueue(
          mail('Rosa.Quill@example.net', 'Ben replied.'),
          site.clock.now,
        );
        await site.stores.jobs.enqueue(mail(BEN, 'Rosa replied.'), site.clock.now);
        await db
          .insertInto('jobs')
          .values({
            kind: SEND_MAIL,
            unique_key: null,
            payload: JSON.stringify({ to: ROSA, subject: 'Confirm', text: 'Click' }),
            run_at: at,
            status: 'done',
            attempts: 1,
            max_attempts: 8,
            last_error: null,
            locked_by: null,
            locked_until: null,
            created_at: at,
            updated_at: at,
          })
          .execute();
        await site.stores.settings.updateSite({
          comments: { moderationWords: ['casino', 'Rosa.Quill@example.net'] },
        });
      });
      after(() => site.close());

      test('an author may not see the page, nor look up, export or erase', async () => {
        assert.equal((await author.get('/admin/privacy')).statusCode, 403);
        assert.equal((await author.post('/admin/privacy', { email: ROSA })).statusCode, 403);
        assert.equal((await author.post('/admin/privacy/export', { email: ROSA })).statusCode, 403);
        assert.equal(
          (await author.post('/admin/privacy/erase', { email: ROSA, confirm: 'yes' })).statusCode,
          403,
        );
        assert.doesNotMatch((await author.get('/admin/account')).body, /href="\/admin\/privacy"/);
      });

      test('a moderator looks up an address in any case and sees what is held first', async () => {
        const page = await moderator.get('/admin/privacy');
        assert.equal(page.statusCode, 200);
        assert.match(page.body, /<a href="\/admin\/privacy">Privacy<\/a>/);
        await assertValidHtml(page.body);

        const res = await moderator.post('/admin/privacy', { email: '  ROSA.quill@EXAMPLE.net ' });
        assert.equal(res.statusCode, 200);
        await assertValidHtml(res.body);
        assert.match(res.body, /Held for rosa\.quill@example\.net/);
        assert.match(res.body, /<li>3 comments \(3 approved\)<\/li>/);
        assert.match(res.body, /<li>1 reply notification<\/li>/);
        assert.match(res.body, /<li>1 hold or ban<\/li>/);
        assert.match(res.body, /<li>1 report by readers on their comments<\/li>/);
        assert.match(res.body, /<li>3 mail messages, queued or sent, mentioning the address<\/li>/);
        assert.match(res.body, /<li>1 entry in the moderation or disallowed words<\/li>/);
        for (const ip of [
          '192.168.0.1',
          '2001:db8:85a3:8d3:1319:8a2e:370:7348',
          '::ffff:192.0.2.44',
        ])
          assert.ok(res.body.includes(`<td>${ip}</td>`), ip);
        assert.doesNotMatch(res.body, /Ben Okafor|Cara Lind|203\.0\.113\.9/);
        assert.match(res.body, /action="\/admin\/privacy\/export"/);
        assert.doesNotMatch(
          res.body,
          /action="\/admin\/privacy\/erase"/,
          'moderators cannot erase',
        );
        assert.match(res.body, /Only the site’s owner and administrators can erase/);

        const empty = await moderator.post('/admin/privacy', { email: '   ' });
        assert.equal(empty.statusCode, 400);
        assert.match(empty.body, /id="privacy-email-error">Enter the email address/);
        await assertValidHtml(empty.body);
      });

      test('the export is a JSON download of exactly that commenter’s data', async () => {
        const res = await moderator.post('/admin/privacy/export', {
          email: 'Rosa.Quill@example.NET',
        });
        assert.equal(res.statusCode, 200);
        assert.match(String(res.headers['content-type']), /^application\/json/);
        assert.match(
          String(res.headers['content-disposition']),
          /^attachment; filename="personal-data-\d{4}-\d{2}-\d{2}\.json"$/,
        );
        assert.equal(res.headers['cache-control'], 'no-store');
        const data = res.json();
        assert.equal(data.emailAddress, ROSA);
        assert.deepEqual(
          data.comments.map((c: { number: number }) => c.number),
          [rosa.first, rosa.second, rosa.reply],
        );
        const [first, second, reply] = data.comments;
        assert.deepEqual(
          { ...first, createdAt: undefined, updatedAt: undefined },
          {
            number: rosa.first,
            url: `https://news.example.test/world/pipeline-talks-resume#comment-${rosa.first}`,
            article: {
              headline: 'Pipeline talks resume after a week of silence',
              url: 'https://news.example.test/world/pipeline-talks-resume',
            },
            inReplyTo: null,
            kind: 'comment',
            status: 'approved',
            name: 'Rosa Quill',
            email: 'Rosa.Quill@Example.NET',
            website: 'http://rosa.example.net/',
            ip: '192.168.0.1',
            ipTruncatedAt: null,
            userAgent: 'Mozilla/5.0 (X11; Linux x86_64) TestBrowser/1.0',
            text: 'The harbour plan deserves a proper hearing.',
            createdAt: undefined,
            updatedAt: undefined,
          },
        );
        assert.match(first.createdAt, /^\d{4}-\d{2}-\d{2}T/);
        assert.equal(second.ip, '2001:db8:85a3:8d3:1319:8a2e:370:7348');
        assert.equal(reply.inReplyTo, ben.first);
        assert.equal(reply.ip, '::ffff:192.0.2.44');
        assert.equal(data.replyNotifications.length, 1);
        assert.equal(data.replyNotifications[0].comment, rosa.first);
        assert.deepEqual(
          data.measures.map((m: { kind: string; note: string }) => [m.kind, m.note]),
          [['hold', 'Check her links first']],
        );
        assert.deepEqual(
          data.reportsOnTheirComments.map((r: { comment: number; reason: string }) => [
            r.comment,
            r.reason,
          ]),
          [[rosa.first, 'Off topic']],
        );
        assert.ok(data.moderationDecisions.length >= 3);
        assert.deepEqual(data.reportsFiled, []);
        // Nobody else's data, and no staff names.
        for (const other of [
          BEN,
          'Ben Okafor',
          'cara@example.com',
          'Cara Lind',
          '203.0.113.9',
          '2001:db8:ffff::5',
          'reader-hash-1',
          moderator.name,
          'Ada Reporter',
        ])
          assert.ok(!res.body.toLowerCase().includes(other.toLowerCase()), other);

        const nothing = await moderator.post('/admin/privacy/export', {
          email: 'nobody@example.net',
        });
        assert.equal(nothing.statusCode, 200);
        assert.deepEqual(nothing.json().comments, []);
        assert.equal(
          (await moderator.post('/admin/privacy/export', { email: '' })).statusCode,
          400,
        );
      });

      test('erasing needs manage_site, the CSRF token and the confirmation', async () => {
        const before = await commentRow(site, rosa.first);
        for (const who of [moderator, editor]) {
          const res = await who.post('/admin/privacy/erase', { email: ROSA, confirm: 'yes' });
          assert.equal(res.statusCode, 403, who.name);
        }
        const noToken = await site.app.inject({
          method: 'POST',
          url: '/admin/privacy/erase',
          headers: { ...FORM, cookie: admin.cookie },
          payload: form({ email: ROSA, confirm: 'yes' }),
        });
        assert.equal(noToken.statusCode, 403);
        const wrongToken = await site.app.inject({
          method: 'POST',
          url: '/admin/privacy/erase',
          headers: { ...FORM, cookie: admin.cookie },
          payload: form({ _csrf: moderator.csrf, email: ROSA, confirm: 'yes' }),
        });
        assert.equal(wrongToken.statusCode, 403);

        const shown = await admin.post('/admin/privacy', { email: ROSA });
        assert.match(shown.body, /action="\/admin\/privacy\/erase"/);
        assert.match(
          shown.body,
          /<input type="hidden" name="email" value="rosa\.quill@example\.net"\/>/,
        );
        const unconfirmed = await admin.post('/admin/privacy/erase', { email: ROSA });
        assert.equal(unconfirmed.statusCode, 400);
        assert.match(unconfirmed.body, /id="privacy-confirm-error">Tick the box to confirm/);
        assert.match(
          unconfirmed.body,
          /<li>3 comments \(3 approved\)<\/li>/,
          'what would go, again',
        );
        await assertValidHtml(unconfirmed.body);
        assert.deepEqual(await commentRow(site, rosa.first), before, 'nothing changed');
      });

      test('erasing keeps the words, blanks the person, cuts the IPs and logs it', async () => {
        assert.ok(
          await site.stores.comments.hasApprovedComment({ name: 'Rosa Quill', email: ROSA }),
        );
        const statusesBefore = await Promise.all(
          [rosa.first, rosa.second, rosa.reply].map(
            async (n) => (await commentRow(site, n)).status,
          ),
        );
        const res = await admin.post('/admin/privacy/erase', {
          email: 'Rosa.QUILL@example.net',
          confirm: 'yes',
        });
        assert.equal(res.statusCode, 303);
        assert.equal(
          res.headers.location,
          '/admin/privacy?erased=3&subscriptions=1&measures=1&mail=3&words=1',
        );
        const done = await admin.get(String(res.headers.location));
        assert.match(
          done.body,
          /Personal data erased from 3 comments; they now show as Anonymous; 1 reply notification deleted; 1 hold or ban lifted; 3 mail messages deleted or cleared of the address; 1 word list entry removed\./,
        );
        await assertValidHtml(done.body);

        const rows = await Promise.all(
          [rosa.first, rosa.second, rosa.reply].map((n) => commentRow(site, n)),
        );
        assert.deepEqual(
          rows.map((r) => r.author_ip),
          ['192.168.0.0', '2001:db8:85a3::', '::ffff:192.0.2.0'],
        );
        assert.deepEqual(
          rows.map((r) => r.status),
          statusesBefore,
          'statuses stay',
        );
        for (const r of rows) {
          assert.equal(r.author_name, 'Anonymous');
          assert.equal(r.author_email, '');
          assert.equal(r.author_email_key, '');
          assert.equal(r.author_url, '');
          assert.equal(r.author_user_agent, '');
          assert.equal(r.person_id, null);
          assert.ok(r.ip_truncated_at, 'marked as cut');
        }
        assert.equal(rows[0]!.text, 'The harbour plan deserves a proper hearing.');
        assert.equal(
          rows[1]!.text,
          `Second thoughts on the harbour. Write to ${REDACTED_ADDRESS} for the petition.`,
        );
        assert.doesNotMatch(rows[1]!.html, /mailto/);
        assert.notEqual(rows[0]!.fingerprint, originalFingerprint);
        assert.notEqual(
          rows[0]!.fingerprint,
          commentFingerprint(null, { name: 'Anonymous', email: '', text: rows[0]!.text }),
        );

        for (const number of [rosa.first, rosa.second, rosa.reply]) {
          const log = await site.stores.comments.history(number);
          const last = log[log.length - 1]!;
          assert.deepEqual(last, {
            actor: 'person',
            rule: null,
            person_id: admin.id,
            from_status: 'approved',
            to_status: 'approved',
            reason: 'Personal data erased on request',
          });
        }

        const { db } = site.database;
        const subscriptions = await db
          .selectFrom('comment_subscriptions')
          .select('email')
          .execute();
        assert.deepEqual(subscriptions, [{ email: BEN }]);
        const measures = await db.selectFrom('commenter_measures').select('value').execute();
        assert.deepEqual(measures, [{ value: BEN }]);
        const jobs = await site.stores.jobs.list({ kind: SEND_MAIL });
        assert.deepEqual(
          jobs.map((j) => j.payload),
          [
            {
              to: 'desk@newsroom.example.test',
              subject: 'Comments',
              text: `Held: Rosa Quill <${REDACTED_ADDRESS}> wrote…`,
            },
            { to: BEN, subject: 'Comments', text: 'Rosa replied.' },
          ],
        );
        assert.deepEqual((await site.stores.settings.site()).comments.moderationWords, ['casino']);

        assert.deepEqual(await whereMentioned(site, ROSA), [], 'the address is nowhere');
        assert.ok((await whereMentioned(site, BEN)).length > 0, 'the scan does find addresses');
        assert.ok(
          (await whereMentioned(site, 'cara@example.com')).includes('comments.author_email'),
        );

        const again = await admin.post('/admin/privacy', { email: ROSA });
        assert.match(
          again.body,
          /Nothing: no comment, reply notification, hold or ban uses this address/,
        );
      });

      test('erased comments still show under the article, as Anonymous, with no website', async () => {
        const page = await site.app.inject({ url: site.articles.open.path });
        assert.equal(page.statusCode, 200);
        assert.match(page.body, /The harbour plan deserves a proper hearing\./);
        assert.match(page.body, /Replying to Ben: fair point\./);
        assert.ok(page.body.includes(`Write to ${REDACTED_ADDRESS} for the petition.`));
        assert.doesNotMatch(page.body, /Rosa Quill|rosa\.example\.net/);
        const first = page.body.slice(page.body.indexOf(`id="comment-${rosa.first}"`));
        assert.match(
          first,
          /^[^]*?<span class="comment-author">Anonymous<\/span>/,
          'a name with no link',
        );
        assert.match(page.body, /Ben Okafor/, 'other commenters are untouched');
        const other = await commentRow(site, cara);
        assert.equal(other.author_ip, '2001:db8:ffff::5', 'other IPs are untouched');
      });

      test('the same person commenting again is a first-time commenter, held', async () => {
        assert.ok(
          !(await site.stores.comments.hasApprovedComment({ name: 'Rosa Quill', email: ROSA })),
        );
        const again = await postComment(
          site,
          { author: 'Rosa Quill', email: 'Rosa.Quill@Example.NET', comment: 'I am back.' },
          '192.168.0.1',
        );
        assert.equal(again.status, 'held');
        const log = await site.stores.comments.history(again.number);
        assert.equal(log[0]?.rule, 'previously-approved');
        // Her old words are not "a duplicate" of anyone's any more; new duplicates still are.
        const old = await postComment(
          site,
          {
            author: 'Rosa Quill',
            email: ROSA,
            comment: 'The harbour plan deserves a proper hearing.',
          },
          '192.168.0.1',
        );
        assert.equal(old.status, 'held');
        site.clock.advance(16_000);
        const duplicate = await site.app.inject({
          method: 'POST',
          url: '/comments',
          headers: { ...FORM, accept: 'application/json' },
          remoteAddress: '192.168.0.9',
          payload: form({
            article: site.articles.open.id,
            parent: 0,
            author: 'Rosa Quill',
            email: ROSA,
            url: '',
            comment: 'I am back.',
          }),
        });
        assert.equal(duplicate.statusCode, 409);
      });
    });

    describe('IP retention', () => {
      let site: TestSite;
      const numbers: Record<string, number> = {};
      const ipOf = async (name: string) => (await commentRow(site, numbers[name]!)).author_ip;

      before(async () => {
        site = await createTestSite({ database: kind, settings: { minSubmitSeconds: 0 } });
        const post = async (name: string, ip: string) => {
          numbers[name] = (
            await postComment(
              site,
              { author: `Reader ${name}`, email: `${name}@example.net`, comment: `From ${name}.` },
              ip,
            )
          ).number;
        };
        await post('v4', '192.0.2.10');
        await post('v6', '2001:db8:1:2:3:4:5:6');
        await post('mapped', '::ffff:198.51.100.7');
        await post('broken', '198.51.100.99');
        // An address nobody could cut (a bad proxy header, an odd import) is blanked, not kept.
        await site.database.db
          .updateTable('comments')
          .set({ author_ip: 'unknown' })
          .where('number', '=', numbers.broken!)
          .execute();
        site.clock.advance(20 * DAY);
        await post('recent', '203.0.113.50');
      });
      after(() => site.close());

      const runners = (count: { runs: number }) => {
        const clock = () => site.clock.now;
        const real = ipRetentionHandler(site.stores, clock);
        const handlers = {
          [IP_RETENTION]: async (payload: unknown, job: ClaimedJob) => {
            count.runs++;
            await real(payload, job);
          },
        };
        // Two instances over one database.
        return [1, 2].map(() => new JobRunner({ jobs: site.stores.jobs, handlers, clock }));
      };

      const retentionJob = async () => {
        const jobs = await site.stores.jobs.list({ kind: IP_RETENTION });
        assert.equal(jobs.length, 1, 'one row for the job, always');
        return jobs[0]!;
      };

      test('start-up books one run now; a restart adds no second', async () => {
        const clock = () => site.clock.now;
        assert.equal(await ensureIpRetentionScheduled(site.stores.jobs, clock), true);
        assert.equal(await ensureIpRetentionScheduled(site.stores.jobs, clock), false);
        const job = await retentionJob();
        assert.equal(job.status, 'pending');
        assert.equal(job.runAt.getTime(), site.clock.now.getTime());
      });

      test('only addresses older than the retention are cut, once, by one of two instances', async () => {
        site.clock.advance(11 * DAY); // the first comments are 31 days old, the recent one 11
        const count = { runs: 0 };
        const [a, b] = runners(count);
        const ran = await Promise.all([a!.runDue(), b!.runDue()]);
        assert.equal(count.runs, 1, `ran ${ran.join(' + ')}`);
        assert.equal(await ipOf('v4'), '192.0.2.0');
        assert.equal(await ipOf('v6'), '2001:db8:1::');
        assert.equal(await ipOf('mapped'), '::ffff:198.51.100.0');
        assert.equal(await ipOf('broken'), '');
        assert.equal(await ipOf('recent'), '203.0.113.50', 'kept whole: 11 days old');
        const cutAt = (await commentRow(site, numbers.v4!)).ip_truncated_at;
        assert.ok(cutAt);
        assert.equal((await commentRow(site, numbers.recent!)).ip_truncated_at, null);

        const job = await retentionJob();
        assert.equal(job.status, 'pending', 'booked again');
        assert.equal(job.runAt.getTime(), site.clock.now.getTime() + DAY, 'for tomorrow');
        assert.equal(await a!.runDue(), 0, 'not before then');
        assert.equal(
          await ensureIpRetentionScheduled(site.stores.jobs, () => site.clock.now),
          false,
        );
      });

      test('each day it runs again, changing nothing already cut', async () => {
        const count = { runs: 0 };
        const [a] = runners(count);
        const cutAt = (await commentRow(site, numbers.v4!)).ip_truncated_at;
        site.clock.advance(DAY);
        assert.equal(await a!.runDue(), 1);
        assert.equal(await ipOf('v4'), '192.0.2.0');
        assert.deepEqual((await commentRow(site, numbers.v4!)).ip_truncated_at, cutAt);
        assert.equal(await ipOf('recent'), '203.0.113.50', '12 days old');

        await site.stores.settings.updateSite({ privacy: { ipRetentionDays: 7 } });
        site.clock.advance(DAY);
        assert.equal(await a!.runDue(), 1);
        assert.equal(await ipOf('recent'), '203.0.113.0', 'the setting is read at each run');
        assert.equal((await retentionJob()).runAt.getTime(), site.clock.now.getTime() + DAY);
      });

      test('a run claimed after another instance already ran it does nothing', async () => {
        const before = await retentionJob();
        const handler = ipRetentionHandler(site.stores, () => site.clock.now);
        // As if read before the other instance booked tomorrow's run.
        await handler(
          {},
          {
            id: before.id,
            kind: IP_RETENTION,
            payload: {},
            runAt: new Date(before.runAt.getTime() - DAY),
            attempts: 1,
            maxAttempts: 6,
          },
        );
        const after = await retentionJob();
        assert.equal(after.status, 'pending');
        assert.equal(after.runAt.getTime(), before.runAt.getTime());
      });

      test('a job that ran out of attempts is booked again at the next start', async () => {
        await site.database.db
          .updateTable('jobs')
          .set({ status: 'failed' })
          .where('kind', '=', IP_RETENTION)
          .execute();
        assert.equal(
          await ensureIpRetentionScheduled(site.stores.jobs, () => site.clock.now),
          true,
        );
        const job = await retentionJob();
        assert.equal(job.status, 'pending');
        assert.equal(job.runAt.getTime(), site.clock.now.getTime());
      });
    });
  });
}
