// Mail about comments, end to end: the form's "Notify me of replies by email" box and its
// confirmation link, reply notifications, authors' mail when a comment on their article is
// published, the moderators' digest, one-click unsubscribe (RFC 8058), and mail outliving a
// failing SMTP server. The real job runner delivers through SmtpMailer to an SMTP server running
// in this process, and the tests read what arrives.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ensureCommentNotificationsScheduled } from '../../src/jobs/comment-notifications.ts';
import { jobHandlers } from '../../src/jobs/handlers.ts';
import { SEND_MAIL } from '../../src/jobs/mail-queue.ts';
import { JobRunner } from '../../src/jobs/runner.ts';
import { SmtpMailer } from '../../src/mail/mailer.ts';
import { DATABASES, skipUnless } from '../helpers/databases.ts';
import { createTestSite, form, FORM, type TestSite } from '../helpers/site.ts';
import { htmlProblems } from '../helpers/html.ts';
import { startSmtp, type ReceivedMail, type TestSmtp } from '../helpers/smtp.ts';
import { signedIn, type Staff } from '../helpers/staff.ts';

const HEADLINE = '“Pipeline talks resume after a week of silence”';

interface World {
  site: TestSite;
  smtp: TestSmtp;
  /** Posts the comment form as a browser without JavaScript; answers with the comment's number. */
  post(fields: Record<string, string | number>): Promise<{ status: number; number: number }>;
  approve(number: number): Promise<void>;
  trash(number: number): Promise<void>;
  /** Lets `ms` pass (by default past the log's settling time), runs due jobs, returns new mail. */
  deliver(ms?: number): Promise<ReceivedMail[]>;
  close(): Promise<void>;
}

async function world(kind: (typeof DATABASES)[number]): Promise<World> {
  const site = await createTestSite({ database: kind });
  const smtp = await startSmtp();
  const clock = () => site.clock.now;
  const runner = new JobRunner({
    jobs: site.stores.jobs,
    handlers: jobHandlers({
      stores: site.stores,
      mailer: new SmtpMailer(smtp.url, site.config.mailFrom),
      clock,
      publicUrl: site.config.publicUrl,
    }),
    clock,
  });
  // What `dateline start` does on every instance.
  await ensureCommentNotificationsScheduled(site.stores, clock);
  let ip = 0;
  let seen = 0;
  const move = (number: number, to: 'approved' | 'trash') =>
    site.stores.comments
      .changeStatus({ number, to, personId: site.people.reporter, reason: 'test', at: clock() })
      .then(() => undefined);
  return {
    site,
    smtp,
    async post(fields) {
      // Past the flood rule; the form token says the form was shown a minute ago.
      site.clock.advance(16_000);
      const res = await site.app.inject({
        method: 'POST',
        url: '/comments',
        headers: { ...FORM, accept: 'text/html' },
        remoteAddress: `203.0.113.${++ip}`,
        payload: form({
          form_token: site.formToken(),
          article: site.articles.open.id,
          parent: 0,
          url: '',
          ...fields,
        }),
      });
      const number = Number(/#comment-(\d+)$/.exec(res.headers.location ?? '')?.[1] ?? 0);
      return { status: res.statusCode, number };
    },
    approve: (number) => move(number, 'approved'),
    trash: (number) => move(number, 'trash'),
    async deliver(ms = 61_000) {
      site.clock.advance(ms);
      await runner.runDue();
      const fresh = smtp.received.slice(seen);
      seen = smtp.received.length;
      return fresh;
    },
    async close() {
      await smtp.stop();
      await site.close();
    },
  };
}

const to = (mails: ReceivedMail[], address: string) => mails.filter((m) => m.to.includes(address));

/** The link in List-Unsubscribe, checked to be the RFC 8058 pair of headers. */
function oneClickLink(mail: ReceivedMail): string {
  const link = /^<(https:\/\/news\.example\.test\/notifications\/unsubscribe\/[^>\s]+)>$/.exec(
    mail.headers.get('list-unsubscribe') ?? '',
  )?.[1];
  assert.ok(link, `List-Unsubscribe: ${mail.headers.get('list-unsubscribe')}`);
  assert.equal(mail.headers.get('list-unsubscribe-post'), 'List-Unsubscribe=One-Click');
  assert.ok(mail.text.includes(link), 'the same link is in the text');
  return link;
}

const pathOf = (url: string) => new URL(url).pathname;

for (const kind of DATABASES) {
  describe(`on ${kind}`, { skip: await skipUnless(kind) }, () => {
    describe('reply notifications for commenters', () => {
      let w: World;
      before(async () => {
        w = await world(kind);
      });
      after(() => w.close());

      const ROSA = { author: 'Rosa Quill', email: 'Rosa.Quill@example.net' };
      const TOM = { author: 'Tom Vance', email: 'tom.vance@example.net' };
      let rosa: number;
      let confirmation: ReceivedMail;
      let replyMail: ReceivedMail;

      test('the box is on the form, labelled and unticked', async () => {
        const page = await w.site.app.inject({ url: w.site.articles.open.path });
        assert.match(
          page.body,
          /<input id="notify-replies" name="notify_replies" type="checkbox" value="yes" aria-describedby="notify-replies-note"\/>/,
        );
        assert.match(
          page.body,
          /<label for="notify-replies">Notify me of replies by email<\/label>/,
        );
        assert.deepEqual(await htmlProblems(page.body), []);
      });

      test('ticking it sends a confirmation mail; the comment is posted as usual', async () => {
        const posted = await w.post({
          ...ROSA,
          comment: 'Will the pipeline cross the estuary?',
          notify_replies: 'yes',
        });
        assert.equal(posted.status, 303);
        rosa = posted.number;
        const mails = await w.deliver(1000);
        assert.equal(mails.length, 1);
        confirmation = mails[0]!;
        assert.deepEqual(confirmation.to, ['Rosa.Quill@example.net']);
        assert.equal(
          confirmation.subject,
          `Please confirm: replies to your comment on ${HEADLINE}`,
        );
        assert.match(confirmation.text, /Hello Rosa Quill,/);
        assert.match(
          confirmation.text,
          /https:\/\/news\.example\.test\/notifications\/confirm\/\S+/,
        );
        oneClickLink(confirmation);
      });

      test('with JavaScript the answer says a confirmation link is on its way', async () => {
        w.site.clock.advance(16_000);
        const res = await w.site.app.inject({
          method: 'POST',
          url: '/comments',
          headers: { ...FORM, accept: 'application/json' },
          remoteAddress: '203.0.113.200',
          payload: form({
            form_token: w.site.formToken(),
            article: w.site.articles.open.id,
            parent: 0,
            author: 'Ines Ortega',
            email: 'ines@example.net',
            comment: 'Following this one.',
            notify_replies: 'yes',
          }),
        });
        assert.equal(res.statusCode, 201);
        assert.match(res.json().message, /emailed you a link to confirm/);
        assert.equal(to(await w.deliver(1000), 'ines@example.net').length, 1);
      });

      test('until it is confirmed, replies send nothing', async () => {
        await w.approve(rosa);
        const reply = await w.post({ ...TOM, parent: rosa, comment: 'It will go under it.' });
        await w.approve(reply.number);
        assert.deepEqual(to(await w.deliver(), 'Rosa.Quill@example.net'), []);
      });

      test('the link shows a button; pressing it confirms', async () => {
        const link = /https:\/\/news\.example\.test(\/notifications\/confirm\/\S+)/.exec(
          confirmation.text,
        )![1]!;
        const page = await w.site.app.inject({ url: link });
        assert.equal(page.statusCode, 200);
        assert.match(page.body, /Yes, email me about replies/);
        assert.equal(page.headers['cache-control'], 'no-store');
        assert.equal(page.headers['referrer-policy'], 'no-referrer', 'the token stays here');
        assert.doesNotMatch(page.body, /rosa\.quill@example\.net/i, 'no address on the page');
        assert.deepEqual(await htmlProblems(page.body), []);
        const done = await w.site.app.inject({ method: 'POST', url: link });
        assert.equal(done.statusCode, 200);
        assert.match(done.body, /Reply notifications are on/);
        assert.match(done.body, /replies to your comment on “Pipeline talks resume/);
      });

      test('a reply approved later arrives, with the one-click unsubscribe headers', async () => {
        // Tom has an approved comment now, so this one is published at once by the rules.
        await w.post({ ...TOM, parent: rosa, comment: 'And it is due to open in spring.' });
        const mails = to(await w.deliver(), 'Rosa.Quill@example.net');
        assert.equal(mails.length, 1);
        replyMail = mails[0]!;
        assert.equal(replyMail.subject, `Tom Vance replied to your comment on ${HEADLINE}`);
        assert.match(replyMail.text, /> And it is due to open in spring\./);
        assert.match(
          replyMail.text,
          /https:\/\/news\.example\.test\/world\/pipeline-talks-resume#comment-\d+/,
        );
        assert.doesNotMatch(replyMail.text, /tom\.vance@example\.net/, 'no replier address');
        oneClickLink(replyMail);
        assert.deepEqual(await w.deliver(), [], 'sent once');
      });

      test('replying to your own comment tells you nothing', async () => {
        await w.post({ ...ROSA, parent: rosa, comment: 'Thanks, Tom.' });
        assert.deepEqual(to(await w.deliver(), 'Rosa.Quill@example.net'), []);
      });

      test('one-click unsubscribe (a POST to the link) stops the next reply', async () => {
        const link = pathOf(oneClickLink(replyMail));
        const page = await w.site.app.inject({ url: link });
        assert.equal(page.statusCode, 200);
        assert.match(page.body, /<button type="submit">Unsubscribe<\/button>/);
        const res = await w.site.app.inject({
          method: 'POST',
          url: link,
          headers: FORM,
          payload: 'List-Unsubscribe=One-Click',
        });
        assert.equal(res.statusCode, 200);
        assert.match(res.body, /You are unsubscribed/);
        assert.match(res.body, /no longer receive emails about replies to your comment on/);
        assert.deepEqual(await htmlProblems(page.body), []);
        assert.deepEqual(await htmlProblems(res.body), []);
        // Mail programs may send it as multipart/form-data; a second click is fine too.
        const boundary = 'dateline-test';
        const again = await w.site.app.inject({
          method: 'POST',
          url: link,
          headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
          payload: `--${boundary}\r\nContent-Disposition: form-data; name="List-Unsubscribe"\r\n\r\nOne-Click\r\n--${boundary}--\r\n`,
        });
        assert.equal(again.statusCode, 200);

        await w.post({ ...TOM, parent: rosa, comment: 'One more thing about the spring opening.' });
        assert.deepEqual(to(await w.deliver(), 'Rosa.Quill@example.net'), []);
      });

      test('a forged or mangled link is refused with a clear page', async () => {
        const real = pathOf(oneClickLink(replyMail));
        for (const url of [
          '/notifications/unsubscribe/r1.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
          real.slice(0, -2),
          real.replace(/\/r(\d+)\./, (_, id) => `/r${Number(id) + 1}.`),
          '/notifications/confirm/c1.forged',
        ])
          for (const method of ['GET', 'POST'] as const) {
            const res = await w.site.app.inject({ method, url });
            assert.equal(res.statusCode, 400, `${method} ${url}`);
            assert.match(res.body, /This link does not work/);
            assert.match(res.body, /This link is not valid/);
          }
        // A confirmation link is not an unsubscribe link, nor the other way round.
        const confirm = /\/notifications\/confirm\/(\S+)/.exec(confirmation.text)![1]!;
        const asUnsubscribe = await w.site.app.inject({
          method: 'POST',
          url: `/notifications/unsubscribe/${confirm}`,
        });
        assert.equal(asUnsubscribe.statusCode, 400);
      });

      test('the page can stop replies about all of a reader’s comments, and no one else’s', async () => {
        const subscribe = async (who: { author: string; email: string }, comment: string) => {
          const posted = await w.post({ ...who, comment, notify_replies: 'yes' });
          const mail = to(await w.deliver(1000), who.email)[0]!;
          const confirm = /https:\/\/news\.example\.test(\/notifications\/confirm\/\S+)/.exec(
            mail.text,
          )![1]!;
          await w.site.app.inject({ method: 'POST', url: confirm });
          return posted.number;
        };
        // The same reader, her address typed in another case the second time.
        const first = await subscribe(ROSA, 'A second question, about the route.');
        const second = await subscribe(
          { ...ROSA, email: 'ROSA.QUILL@example.net' },
          'And a third, about the cost.',
        );
        const toms = await subscribe(TOM, 'Tom asks about the timetable.');

        await w.post({ ...TOM, parent: second, comment: 'The cost is in the annex.' });
        const mail = to(await w.deliver(), 'ROSA.QUILL@example.net')[0]!;
        const link = pathOf(oneClickLink(mail));
        const page = await w.site.app.inject({ url: link });
        assert.match(page.body, /Also stop emails about replies to my other comments/);
        assert.match(page.body, /<input type="checkbox" id="choice-every_comment"/);
        assert.doesNotMatch(page.body, /checked/, 'unticked');
        assert.deepEqual(await htmlProblems(page.body), []);
        const done = await w.site.app.inject({
          method: 'POST',
          url: link,
          headers: FORM,
          payload: 'every_comment=yes',
        });
        assert.equal(done.statusCode, 200);
        assert.match(done.body, /no longer receive emails about replies to any of your comments/);

        await w.post({ ...TOM, parent: first, comment: 'The route follows the old railway.' });
        await w.post({ ...TOM, parent: second, comment: 'The annex is online.' });
        await w.post({ ...ROSA, parent: toms, comment: 'The timetable is on page two.' });
        const after = await w.deliver();
        assert.deepEqual(
          after.filter((m) => /rosa\.quill@example\.net/i.test(m.to.join())),
          [],
          'nothing more for Rosa, whichever comment',
        );
        assert.equal(to(after, TOM.email).length, 1, 'Tom still hears about replies to his');
      });

      test('no subscriber address reaches the public article page', async () => {
        const page = await w.site.app.inject({ url: w.site.articles.open.path });
        assert.match(page.body, /Will the pipeline cross the estuary\?/);
        for (const address of ['rosa.quill@example.net', 'tom.vance@example.net'])
          assert.ok(!page.body.toLowerCase().includes(address), address);
      });
    });

    describe('mail to the article’s authors', () => {
      let w: World;
      let author: Staff;
      before(async () => {
        w = await world(kind);
        author = await signedIn(w.site, 'author', 'Ana Byline');
        await w.site.database.db
          .insertInto('article_bylines')
          .values({
            article_id: w.site.articles.open.id,
            person_id: author.id,
            position: 1,
            credit: null,
          })
          .execute();
      });
      after(() => w.close());

      test('a comment approved by a moderator is mailed to the author, once', async () => {
        const held = await w.post({
          author: 'Lena Park',
          email: 'lena@example.net',
          comment: 'A clear account of the talks.',
        });
        assert.deepEqual(await w.deliver(), [], 'nothing while it is held');
        await w.approve(held.number);
        const mails = await w.deliver();
        assert.equal(mails.length, 1);
        const mail = mails[0]!;
        assert.deepEqual(mail.to, [author.email]);
        assert.equal(mail.subject, `New comment on ${HEADLINE}`);
        assert.match(mail.text, /Lena Park commented on your article/);
        assert.match(mail.text, /> A clear account of the talks\./);
        assert.match(mail.text, new RegExp(`#comment-${held.number}`));
        assert.match(mail.text, /https:\/\/news\.example\.test\/admin\/comments/);
        assert.doesNotMatch(mail.text, /lena@example\.net/);
        oneClickLink(mail);

        // Taken down and approved again: not a new comment, no new mail.
        await w.trash(held.number);
        await w.approve(held.number);
        assert.deepEqual(await w.deliver(), []);
      });

      test('their own comment is not mailed to them', async () => {
        const own = await w.post({
          author: 'Ana Byline',
          email: author.email,
          comment: 'Thank you all for reading.',
        });
        await w.approve(own.number);
        assert.deepEqual(await w.deliver(), []);
      });

      test('the account page setting turns it off, and on again', async () => {
        const page = await author.get('/admin/account');
        assert.match(
          page.body,
          /id="notify-comments" name="notify_comments" type="checkbox" value="yes" checked/,
        );
        assert.doesNotMatch(page.body, /notify_digest/, 'authors do not moderate: no digest box');
        assert.deepEqual(await htmlProblems(page.body), []);
        const saved = await author.post('/admin/account/notifications', {});
        assert.equal(saved.statusCode, 303);
        const after = await author.get('/admin/account?done=notifications');
        assert.match(after.body, /Your email settings are saved/);
        assert.match(
          after.body,
          /id="notify-comments" name="notify_comments" type="checkbox" value="yes"\/>/,
        );

        const quiet = await w.post({
          author: 'Lena Park',
          email: 'lena@example.net',
          comment: 'Another view.',
        });
        assert.equal(quiet.status, 303, 'Lena is approved at once now');
        assert.deepEqual(await w.deliver(), []);

        await author.post('/admin/account/notifications', { notify_comments: 'yes' });
        await w.post({ author: 'Lena Park', email: 'lena@example.net', comment: 'And a third.' });
        const mails = await w.deliver();
        assert.equal(mails.length, 1);

        // The link in the mail turns it off without signing in.
        const res = await w.site.app.inject({
          method: 'POST',
          url: pathOf(oneClickLink(mails[0]!)),
        });
        assert.equal(res.statusCode, 200);
        assert.match(res.body, /no longer receive emails about new comments on your articles/);
        await w.post({ author: 'Lena Park', email: 'lena@example.net', comment: 'A fourth.' });
        assert.deepEqual(await w.deliver(), []);
      });
    });

    describe('the moderators’ digest', () => {
      let w: World;
      let moderator: Staff;
      let editor: Staff;
      let quiet: Staff;
      before(async () => {
        w = await world(kind);
        moderator = await signedIn(w.site, 'moderator');
        editor = await signedIn(w.site, 'editor');
        quiet = await signedIn(w.site, 'moderator');
        await signedIn(w.site, 'author');
        // This moderator turned the digest off on their account page.
        await quiet.post('/admin/account/notifications', { notify_comments: 'yes' });
      });
      after(() => w.close());

      test('several held comments: one mail per moderator listing them all', async () => {
        for (const name of ['Ada One', 'Ben Two', 'Cy Three'])
          await w.post({
            author: name,
            email: `${name.split(' ')[0]!.toLowerCase()}@example.net`,
            comment: `First comment from ${name}.`,
          });
        const mails = await w.deliver();
        assert.deepEqual(mails.map((m) => m.to[0]).sort(), [editor.email, moderator.email].sort());
        for (const mail of mails) {
          assert.equal(mail.subject, 'The Test Gazette: 3 comments are waiting for moderation');
          for (const name of ['Ada One', 'Ben Two', 'Cy Three'])
            assert.match(mail.text, new RegExp(`\\d\\. ${name} on ${HEADLINE}`));
          assert.match(mail.text, /First comment from Ben Two\./);
          assert.match(mail.text, /https:\/\/news\.example\.test\/admin\/comments/);
          assert.doesNotMatch(mail.text, /@example\.net/, 'no commenter addresses');
          oneClickLink(mail);
        }
      });

      test('nothing new: no mail at the next digest', async () => {
        assert.deepEqual(await w.deliver(15 * 60_000), []);
      });

      test('the next digest lists only what is new and still held', async () => {
        const approvedMeanwhile = await w.post({
          author: 'Dee Four',
          email: 'dee@example.net',
          comment: 'Approved before the digest.',
        });
        await w.post({ author: 'Eve Five', email: 'eve@example.net', comment: 'Still waiting.' });
        await w.approve(approvedMeanwhile.number);
        const mails = await w.deliver(15 * 60_000);
        assert.equal(mails.length, 2);
        assert.equal(mails[0]!.subject, 'The Test Gazette: 1 comment is waiting for moderation');
        assert.match(mails[0]!.text, /1\. Eve Five/);
        assert.doesNotMatch(mails[0]!.text, /Dee Four|Ada One/);
      });

      test('the digest’s unsubscribe link turns it off for that person', async () => {
        await w.post({ author: 'Fay Six', email: 'fay@example.net', comment: 'Hello.' });
        const [digest] = to(await w.deliver(15 * 60_000), editor.email);
        assert.ok(digest);
        const link = pathOf(oneClickLink(digest));
        const res = await w.site.app.inject({
          method: 'POST',
          url: link,
          headers: FORM,
          payload: 'List-Unsubscribe=One-Click',
        });
        assert.equal(res.statusCode, 200);
        assert.match(res.body, /no longer receive the digest of comments held for moderation/);
        const account = await editor.get('/admin/account');
        assert.match(
          account.body,
          /id="notify-digest" name="notify_digest" type="checkbox" value="yes"\/>/,
        );

        await w.post({ author: 'Gus Seven', email: 'gus@example.net', comment: 'Hello too.' });
        const next = await w.deliver(15 * 60_000);
        assert.deepEqual(
          next.map((m) => m.to[0]),
          [moderator.email],
        );
      });
    });

    describe('a failing mail server', () => {
      let w: World;
      before(async () => {
        w = await world(kind);
      });
      after(() => w.close());

      const sendMailJobs = () => w.site.stores.jobs.list({ kind: SEND_MAIL });

      test('refusing mail: the comment is posted, the mail is retried and delivered later', async () => {
        w.smtp.refusing = true;
        const posted = await w.post({
          author: 'Nia Wren',
          email: 'nia@example.net',
          comment: 'Posted while the mail server is unwell.',
          notify_replies: 'yes',
        });
        assert.equal(posted.status, 303);
        assert.ok(await w.site.stores.comments.findPublic(posted.number), 'the comment is stored');
        assert.deepEqual(await w.deliver(1000), []);
        const [job] = await sendMailJobs();
        assert.equal(job?.status, 'pending');
        assert.equal(job?.attempts, 1);
        assert.match(job?.lastError ?? '', /451/);

        w.smtp.refusing = false;
        const mails = await w.deliver(31_000);
        assert.deepEqual(
          mails.map((m) => [m.to[0], m.subject]),
          [['nia@example.net', `Please confirm: replies to your comment on ${HEADLINE}`]],
        );
      });

      test('down altogether: the same, once it is back', async () => {
        await w.smtp.stop();
        const posted = await w.post({
          author: 'Oto Reyes',
          email: 'oto@example.net',
          comment: 'Posted while the mail server is down.',
          notify_replies: 'yes',
        });
        assert.equal(posted.status, 303);
        assert.deepEqual(await w.deliver(1000), []);
        const waiting = (await sendMailJobs()).filter((j) => j.status === 'pending');
        assert.equal(waiting.length, 1);
        assert.match(waiting[0]!.lastError ?? '', /ECONNREFUSED|connect/i);

        await w.smtp.start();
        const mails = await w.deliver(31_000);
        assert.deepEqual(
          mails.map((m) => m.to[0]),
          ['oto@example.net'],
        );
      });
    });
  });
}
