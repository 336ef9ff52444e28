// The owner's first sign-in and the held-comments page: setup link, session, CSRF, capability.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { issueOwnerSetup } from '../../src/domain/people/set-up-owner.ts';
import { hashPassword } from '../../src/domain/people/passwords.ts';
import { DATABASES, skipUnless } from '../helpers/databases.ts';
import { createTestSite, form, FORM, type TestSite } from '../helpers/site.ts';

let site: TestSite;
for (const kind of DATABASES) {
  describe(`on ${kind}`, { skip: await skipUnless(kind) }, () => {
    before(async () => {
      site = await createTestSite({ database: kind });
    });
    after(() => site.close());

    const OWNER = {
      name: 'Olive Owner',
      email: 'olive@newsroom.example.test',
      password: 'harbour lights at dawn',
    };

    /** A browser: keeps cookies between requests. */
    function browser() {
      const jar = new Map<string, string>();
      const cookieHeader = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
      const remember = (res: { cookies: { name: string; value: string }[] }) => {
        for (const c of res.cookies)
          if (c.value) jar.set(c.name, c.value);
          else jar.delete(c.name);
      };
      return {
        jar,
        async get(url: string) {
          const res = await site.app.inject({
            method: 'GET',
            url,
            headers: { cookie: cookieHeader() },
          });
          remember(res);
          return res;
        },
        async post(url: string, fields: Record<string, string | number>, ip = '192.0.2.50') {
          const res = await site.app.inject({
            method: 'POST',
            url,
            headers: { ...FORM, cookie: cookieHeader() },
            payload: form(fields),
            remoteAddress: ip,
          });
          remember(res);
          return res;
        },
      };
    }

    const csrfIn = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';

    test('the first start’s setup link creates the owner once, with a password they chose', async () => {
      const token = await issueOwnerSetup({
        people: site.stores.people,
        clock: () => site.clock.now,
      });
      assert.ok(token);
      const owner = browser();
      const page = await owner.get(`/admin/setup/${token}`);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /Set up the owner account/);

      const weak = await owner.post(`/admin/setup/${token}`, {
        ...OWNER,
        password: 'short',
        confirm: 'short',
      });
      assert.equal(weak.statusCode, 400);
      assert.match(weak.body, /Use at least 12 characters/);
      assert.match(weak.body, /value="Olive Owner"/);

      const done = await owner.post(`/admin/setup/${token}`, { ...OWNER, confirm: OWNER.password });
      assert.equal(done.statusCode, 303);
      assert.equal(done.headers.location, '/admin/articles');
      const cookie = done.cookies.find((c) => c.name === 'dl_session');
      assert.ok(cookie?.httpOnly, 'the session cookie is HttpOnly');
      assert.equal(cookie?.sameSite, 'Lax');
      assert.equal(cookie?.secure, true, 'Secure on an https site');

      const again = await browser().get(`/admin/setup/${token}`);
      assert.equal(again.statusCode, 404, 'the link works once');
      assert.equal(
        await issueOwnerSetup({ people: site.stores.people, clock: () => site.clock.now }),
        null,
      );

      const stored = await site.stores.people.findPersonForSignIn(OWNER.email);
      assert.match(stored?.passwordHash ?? '', /^\$argon2id\$/);
    });

    test('signing in: wrong password refused, right one lands on the held comments', async () => {
      const b = browser();
      const wrong = await b.post('/admin/sign-in', {
        email: OWNER.email,
        password: 'not the password',
      });
      assert.equal(wrong.statusCode, 401);
      assert.match(wrong.body, /do not match an account/);
      const right = await b.post('/admin/sign-in', {
        email: OWNER.email.toUpperCase(),
        password: OWNER.password,
      });
      assert.equal(right.statusCode, 303);
      assert.equal(right.headers.location, '/admin/articles');
      const list = await b.get('/admin/comments');
      assert.equal(list.statusCode, 200);
      assert.equal(list.headers['cache-control'], 'no-store');
    });

    test('sign-in attempts are limited per account', async () => {
      const b = browser();
      let last;
      for (let i = 0; i < 11; i++)
        last = await b.post(
          '/admin/sign-in',
          { email: 'target@example.net', password: `guess ${i}` },
          `192.0.2.${100 + i}`,
        );
      assert.equal(last!.statusCode, 429);
      assert.match(last!.body, /Too many sign-in attempts/);
      assert.ok(Number(last!.headers['retry-after']) > 0);
    });

    test('a held comment can be published from the admin, with a CSRF token, and the decision is logged', async () => {
      const posted = await site.app.inject({
        method: 'POST',
        url: '/comments',
        headers: { ...FORM, accept: 'application/json' },
        payload: form({
          article: site.articles.open.id,
          comment: 'Please publish me',
          author: 'Held Hana',
          email: 'hana@example.net',
          form_token: site.formToken(),
        }),
        remoteAddress: '203.0.113.70',
      });
      const number = posted.json().number as number;
      assert.equal(posted.json().status, 'held');

      const b = browser();
      await b.post('/admin/sign-in', { email: OWNER.email, password: OWNER.password });
      const list = await b.get('/admin/comments');
      assert.match(list.body, /Please publish me/);
      assert.match(list.body, /hana@example\.net/, 'moderators see the email');
      assert.match(
        list.body,
        /First comment from this name and email \(rule: previously-approved, /,
      );

      const forged = await b.post(`/admin/comments/${number}`, {
        action: 'approve',
        _csrf: 'forged',
      });
      assert.equal(forged.statusCode, 403);
      const missing = await b.post(`/admin/comments/${number}`, { action: 'approve' });
      assert.equal(missing.statusCode, 403);
      assert.doesNotMatch(
        (await site.app.inject({ url: site.articles.open.path })).body,
        /Please publish me/,
      );

      const approved = await b.post(`/admin/comments/${number}`, {
        action: 'approve',
        _csrf: csrfIn(list.body),
        return: 'pending',
      });
      assert.equal(approved.statusCode, 303);
      assert.match(
        (await site.app.inject({ url: site.articles.open.path })).body,
        /Please publish me/,
      );
      const log = await site.stores.comments.history(number);
      assert.deepEqual(
        log.map((l) => [l.actor, l.rule, l.from_status, l.to_status]),
        [
          ['rule', 'previously-approved', null, 'pending'],
          ['person', null, 'pending', 'approved'],
        ],
      );
      // Hana is now a known commenter: her next comment is published at once.
      site.clock.advance(60_000);
      const next = await site.app.inject({
        method: 'POST',
        url: '/comments',
        headers: { ...FORM, accept: 'application/json' },
        payload: form({
          article: site.articles.open.id,
          comment: 'Thanks!',
          author: 'Held Hana',
          email: 'hana@example.net',
          form_token: site.formToken(),
        }),
        remoteAddress: '203.0.113.70',
      });
      assert.equal(next.json().status, 'approved');
    });

    test('signed out, the admin sends you to sign in; a POST without a session is refused', async () => {
      const res = await site.app.inject({ url: '/admin/comments' });
      assert.equal(res.statusCode, 303);
      assert.equal(res.headers.location, '/admin/sign-in?next=%2Fadmin%2Fcomments');
      const post = await site.app.inject({
        method: 'POST',
        url: '/admin/comments/1',
        headers: FORM,
        payload: form({ action: 'approve' }),
      });
      assert.equal(post.statusCode, 401);
    });

    test('a person whose role cannot moderate is refused the comments page', async () => {
      await site.stores.people.create({
        slug: 'cory',
        name: 'Cory Contributor',
        email: 'cory@newsroom.example.test',
        role: 'contributor',
        passwordHash: await hashPassword('a long enough password'),
        now: site.clock.now,
      });
      const b = browser();
      await b.post('/admin/sign-in', {
        email: 'cory@newsroom.example.test',
        password: 'a long enough password',
      });
      const res = await b.get('/admin/comments');
      assert.equal(res.statusCode, 403);
    });

    test('signing out ends the session', async () => {
      const b = browser();
      await b.post('/admin/sign-in', { email: OWNER.email, password: OWNER.password });
      const list = await b.get('/admin/comments');
      const token = b.jar.get('dl_session')!;
      const out = await b.post('/admin/sign-out', { _csrf: csrfIn(list.body) });
      assert.equal(out.statusCode, 303);
      const reuse = await site.app.inject({
        url: '/admin/comments',
        headers: { cookie: `dl_session=${token}` },
      });
      assert.equal(reuse.statusCode, 303, 'the old cookie no longer works');
    });
  });
}
