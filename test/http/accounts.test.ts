// Staff accounts: invitations and password resets by mail (read back from the outbox), signing
// out everywhere, roles, the `create-user` command, and a table of every admin route for every
// role.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { jobHandlers } from '../../src/jobs/handlers.ts';
import { JobRunner } from '../../src/jobs/runner.ts';
import { OutboxMailer } from '../../src/mail/mailer.ts';
import { EMPTY_DRAFT } from '../../src/domain/articles/editing.ts';
import { can, ROLES, type Role } from '../../src/domain/people/roles.ts';
import { createTestSite, form, FORM, type TestSite } from '../helpers/site.ts';
import { signedIn, type Staff } from '../helpers/staff.ts';

let site: TestSite;
let owner: Staff;
const outbox = () => path.join(site.dataDir, 'outbox');

before(async () => {
  site = await createTestSite();
  owner = await signedIn(site, 'owner', 'Olive Owner');
});
after(() => site.close());

/** Sends queued mail and returns the newest message in the outbox. */
async function deliverMail(): Promise<string> {
  await new JobRunner({
    jobs: site.stores.jobs,
    handlers: jobHandlers({
      stores: site.stores,
      mailer: new OutboxMailer(outbox(), 'The Test Gazette <news@news.example.test>'),
      clock: () => site.clock.now,
    }),
    clock: () => site.clock.now,
  }).runDue();
  const files = (await readdir(outbox())).filter((f) => f.endsWith('.eml')).sort();
  return readFile(path.join(outbox(), files[files.length - 1]!), 'utf8');
}

const linkIn = (mail: string, kind: string) => {
  const unfolded = mail.replace(/=\r?\n/g, '');
  const match = new RegExp(`https://news\\.example\\.test(/admin/${kind}/[\\w-]+)`).exec(unfolded);
  assert.ok(match, `a ${kind} link in:\n${mail}`);
  return match[1]!;
};

const postAnon = (url: string, fields: Record<string, string>) =>
  site.app.inject({
    method: 'POST',
    url,
    headers: FORM,
    payload: form(fields),
    remoteAddress: '192.0.2.77',
  });

describe('invitations', () => {
  test('an invitation mails a one-time link; the invited person chooses a name and password and is in', async () => {
    const invite = await owner.post('/admin/people/invite', {
      name: 'Ivy Invited',
      email: 'Ivy@Example.net',
      role: 'author',
    });
    assert.equal(invite.statusCode, 303);
    const mail = await deliverMail();
    assert.match(mail, /^To: ivy@example\.net$/m);
    assert.match(mail, /^Subject: You are invited to The Test Gazette$/m);
    assert.match(mail, /Olive Owner has invited you to join The Test Gazette as an author\./);
    const link = linkIn(mail, 'invitation');
    const people = await owner.get('/admin/people');
    assert.match(
      people.body,
      /<td>Ivy Invited<\/td><td>ivy@example\.net<\/td>[\s\S]*?<td>Invited<\/td>/,
    );

    const page = await site.app.inject({ url: link });
    assert.equal(page.statusCode, 200);
    const weak = await postAnon(link, { name: 'Ivy Invited', password: 'short', confirm: 'short' });
    assert.equal(weak.statusCode, 400);
    const accepted = await postAnon(link, {
      name: 'Ivy Quill',
      password: 'lanterns over the quay',
      confirm: 'lanterns over the quay',
    });
    assert.equal(accepted.statusCode, 303);
    assert.ok(accepted.cookies.some((c) => c.name === 'dl_session' && c.value));
    assert.equal((await site.app.inject({ url: link })).statusCode, 404, 'the link works once');
    const signIn = await postAnon('/admin/sign-in', {
      email: 'ivy@example.net',
      password: 'lanterns over the quay',
    });
    assert.equal(signIn.statusCode, 303);
    assert.equal(signIn.headers.location, '/admin/articles');
  });

  test('invitation links expire after 7 days', async () => {
    await owner.post('/admin/people/invite', {
      name: 'Late Larry',
      email: 'larry@example.net',
      role: 'moderator',
    });
    const link = linkIn(await deliverMail(), 'invitation');
    site.clock.advance(7 * 86_400_000 + 1000);
    assert.equal((await site.app.inject({ url: link })).statusCode, 404);
  });

  test('only an owner can make an owner; an administrator cannot; nobody changes their own role', async () => {
    const admin = await signedIn(site, 'administrator');
    const refused = await admin.post('/admin/people/invite', {
      name: 'Would-be Owner',
      email: 'wbo@example.net',
      role: 'owner',
    });
    assert.equal(refused.statusCode, 403);
    const bad = await owner.post('/admin/people/invite', {
      name: '',
      email: 'nope',
      role: 'emperor',
    });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /Please enter a name\./);
    assert.match(bad.body, /Please enter a valid email address\./);
    assert.equal(
      (await owner.post(`/admin/people/${owner.id}/role`, { role: 'author' })).statusCode,
      403,
    );
    const changed = await owner.post(`/admin/people/${admin.id}/role`, { role: 'editor' });
    assert.equal(changed.statusCode, 303);
    assert.equal(
      (await admin.get('/admin/people')).statusCode,
      403,
      'the new role applies at once',
    );
  });
});

describe('passwords and sessions', () => {
  test('a password reset mails a link; the new password works and every old session ends', async () => {
    const reporter = await signedIn(site, 'author', 'Rita Reset');
    const unknown = await postAnon('/admin/password-reset', { email: 'nobody@example.net' });
    const known = await postAnon('/admin/password-reset', { email: reporter.email });
    assert.equal(unknown.statusCode, 200);
    assert.equal(known.statusCode, 200);
    assert.equal(
      unknown.body.replace(/value="[^"]*"/g, ''),
      known.body.replace(/value="[^"]*"/g, ''),
      'the same answer whether or not an account exists',
    );
    const link = linkIn(await deliverMail(), 'password-reset');
    const done = await postAnon(link, {
      password: 'a brand new passphrase',
      confirm: 'a brand new passphrase',
    });
    assert.equal(done.statusCode, 303);
    assert.equal(
      (await reporter.get('/admin/articles')).statusCode,
      303,
      'the old session is gone',
    );
    const signIn = await postAnon('/admin/sign-in', {
      email: reporter.email,
      password: 'a brand new passphrase',
    });
    assert.equal(signIn.statusCode, 303);
    site.clock.advance(61 * 60_000);
    await postAnon('/admin/password-reset', { email: reporter.email });
    const late = linkIn(await deliverMail(), 'password-reset');
    site.clock.advance(61 * 60_000);
    assert.equal(
      (await site.app.inject({ url: late })).statusCode,
      404,
      'reset links last an hour',
    );
  });

  test('reset requests are limited', async () => {
    let last;
    for (let i = 0; i < 6; i++)
      last = await postAnon('/admin/password-reset', { email: 'flood@example.net' });
    assert.equal(last!.statusCode, 429);
  });

  test('sign out everywhere ends every session of the person', async () => {
    const a = await signedIn(site, 'editor', 'Everywhere Eve');
    const second = await postAnon('/admin/sign-in', {
      email: a.email,
      password: 'correct horse battery staple',
    });
    const otherCookie = `dl_session=${second.cookies.find((c) => c.name === 'dl_session')!.value}`;
    const out = await a.post('/admin/account/sign-out-everywhere', {});
    assert.equal(out.statusCode, 303);
    assert.equal(
      (await site.app.inject({ url: '/admin/articles', headers: { cookie: otherCookie } }))
        .statusCode,
      303,
    );
  });
});

describe('every admin route, for every role', () => {
  test('each route is public or names a capability, and refuses every role without it', async () => {
    const staff = new Map<Role, Staff>();
    for (const role of ROLES) staff.set(role, await signedIn(site, role));
    const routes = site.app.routeTable
      .filter((r) => r.url.startsWith('/admin') && r.method !== 'HEAD' && !r.config.public)
      // Signing out ends the session the walk uses: those go last.
      .sort((a, b) => Number(a.url.includes('sign-out')) - Number(b.url.includes('sign-out')));
    assert.ok(routes.length >= 15, `found ${routes.length} admin routes`);
    const unprotected = routes.filter((r) => !r.config.capability);
    assert.deepEqual(unprotected, [], 'every admin route names a capability');
    // An article every role's person is bylined on, so routes answer by capability alone.
    const article = await site.stores.editing.createDraft({
      sectionId: 1,
      createdBy: owner.id,
      now: site.clock.now,
    });
    const walkSaved = await site.stores.editing.save({
      id: article,
      draft: {
        ...EMPTY_DRAFT,
        headline: 'Walked by every role',
        slug: 'walked-by-every-role',
        sectionId: 1,
        bylines: [...staff.values()].map((s) => ({ personId: s.id, credit: null })),
      },
      expectedVersion: 1,
      personId: owner.id,
      now: site.clock.now,
      kind: 'save',
    });
    assert.deepEqual(walkSaved, { ok: true, version: 2 });
    for (const route of routes) {
      const url = route.url
        .replace(':id', String(article))
        .replace(':number', '1')
        .replace(':revision', '1')
        .replace(':token', 'x');
      for (const role of ROLES) {
        const who = staff.get(role)!;
        const res = route.method === 'GET' ? await who.get(url) : await who.post(url, {});
        const capability = route.config.capability!;
        const allowed = capability === 'signed_in' || can(role, capability);
        if (allowed)
          assert.notEqual(
            res.statusCode,
            403,
            `${role} ${route.method} ${url}: ${/<h1 class="page-title">[\s\S]*?<\/p>/.exec(res.body)?.[0]}`,
          );
        else assert.equal(res.statusCode, 403, `${role} ${route.method} ${url}`);
      }
      const anonymous = await site.app.inject({ method: route.method as 'GET', url });
      assert.ok(
        [303, 401].includes(anonymous.statusCode),
        `signed out ${route.method} ${url}: ${anonymous.statusCode}`,
      );
    }
  });
});

describe('dateline create-user', () => {
  const run = (args: string[], env: Record<string, string>) =>
    spawnSync(process.execPath, [path.resolve('bin/dateline.js'), 'create-user', ...args], {
      encoding: 'utf8',
      env: { ...process.env, DATELINE_DATA: site.dataDir, ...env },
    });

  test('creates an account with the password from DATELINE_PASSWORD, refusing weak ones', () => {
    const weak = run(['--email', 'cli@example.net', '--name', 'Cli User', '--role', 'editor'], {
      DATELINE_PASSWORD: 'password',
    });
    assert.equal(weak.status, 1);
    assert.match(weak.stderr, /Use at least 12 characters/);
    const badRole = run(['--email', 'cli@example.net', '--name', 'Cli User', '--role', 'king'], {
      DATELINE_PASSWORD: 'a perfectly fine passphrase',
    });
    assert.match(
      badRole.stderr,
      /The role must be one of: owner, administrator, editor, author, contributor, moderator/,
    );
    const made = run(['--email', 'cli@example.net', '--name', 'Cli User', '--role', 'editor'], {
      DATELINE_PASSWORD: 'a perfectly fine passphrase',
    });
    assert.equal(made.status, 0, made.stderr);
    assert.match(made.stdout, /Created editor Cli User <cli@example\.net>/);
    const again = run(['--email', 'CLI@example.net', '--name', 'Cli User', '--role', 'editor'], {
      DATELINE_PASSWORD: 'a perfectly fine passphrase',
    });
    assert.equal(again.status, 1);
    assert.match(again.stderr, /already has this email/);
    const noPassword = spawnSync(
      process.execPath,
      [
        path.resolve('bin/dateline.js'),
        'create-user',
        '--email',
        'x@example.net',
        '--name',
        'X',
        '--role',
        'editor',
      ],
      {
        encoding: 'utf8',
        env: { ...process.env, DATELINE_DATA: site.dataDir, DATELINE_PASSWORD: '' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    assert.notEqual(noPassword.status, 0);
  });

  test('the account signs in', async () => {
    const res = await postAnon('/admin/sign-in', {
      email: 'cli@example.net',
      password: 'a perfectly fine passphrase',
    });
    assert.equal(res.statusCode, 303);
  });
});
