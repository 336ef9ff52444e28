// The moderation desk in Chromium: a moderator works the pending queue with the keyboard
// (approves one, spams one), bans a commenter, and that commenter's next comment is refused on the
// article page. The same queue without JavaScript works with plain buttons.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { demoContent } from '../../src/demo/demo-content.ts';
import { hashPassword } from '../../src/domain/people/passwords.ts';
import {
  axeViolations,
  browserSkipReason,
  launchChromium,
  screenshotPath,
} from '../helpers/browser.ts';
import { startDemoServer, type DemoServer } from '../helpers/demo-server.ts';

const skip = browserSkipReason();
const PASSWORD = 'desk passphrase 2026';
const article = demoContent.articles.find((a) => a.commentsOpen && a.comments.length > 0)!;
const articlePath = `/${article.section}/${article.slug}`;

let server: DemoServer;
let browser: Browser;

/** A reader's comment sent with the article page's own form fields, as a browser would. */
async function postAsReader(fields: { author: string; email: string; comment: string }) {
  const page = await (await fetch(server.url + articlePath)).text();
  const token = /name="form_token" value="([^"]+)"/.exec(page)![1]!;
  const articleId = /name="article" value="(\d+)"/.exec(page)![1]!;
  // Past the form's minimum time.
  server.clock.advance(5_000);
  const res = await fetch(`${server.url}/comments`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: new URLSearchParams({ ...fields, form_token: token, article: articleId, parent: '0' }),
  });
  const body = (await res.json()) as { status: string; number: number };
  assert.equal(body.status, 'held', JSON.stringify(body));
  return body.number;
}

async function openAs(context: BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`${r.status()} ${r.request().method()} ${r.url()}`);
  });
  (page as Page & { problems: string[] }).problems = problems;
  await page.goto(server.url + path);
  return page;
}
const problemsOf = (page: Page) => (page as Page & { problems: string[] }).problems;

async function signInModerator(context: BrowserContext): Promise<Page> {
  const page = await openAs(context, '/admin/sign-in');
  await page.fill('#email', 'moderator@newsroom.example.test');
  await page.fill('#password', PASSWORD);
  await Promise.all([page.waitForURL(/\/admin\//), page.click('button[type="submit"]')]);
  return page;
}

describe('the moderation desk in Chromium', { skip }, () => {
  before(async () => {
    // Every reader here posts from 127.0.0.1; flood control is tested over HTTP.
    server = await startDemoServer({ comments: { floodSeconds: 0 } });
    browser = await launchChromium();
    await server.stores.people.create({
      slug: 'mina-moderator',
      name: 'Mina Moderator',
      email: 'moderator@newsroom.example.test',
      role: 'moderator',
      passwordHash: await hashPassword(PASSWORD),
      now: new Date(),
    });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('keyboard: approve one, spam one, ban a commenter whose next comment is refused', async () => {
    const good = await postAsReader({
      author: 'Gwen Harbour',
      email: 'gwen@example.net',
      comment: 'The ferry timetable change will hurt shift workers.',
    });
    const spam = await postAsReader({
      author: 'Cheap Watches',
      email: 'watches@example.net',
      comment: 'Best replica watches, visit my shop today',
    });
    const troll = await postAsReader({
      author: 'Angry Reader',
      email: 'Angry.Reader@Example.net',
      comment: 'Everyone here is an idiot.',
    });

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await signInModerator(context);
    await page.goto(`${server.url}/admin/comments?order=oldest`);
    assert.equal(await page.isVisible('.desk-keys'), true, 'the shortcuts are explained');
    const items = () => page.$$eval('.desk-item', (els) => els.map((e) => e.id));
    const ids = await items();
    assert.deepEqual(
      ids.filter((id) => [good, spam, troll].some((n) => id === `comment-${n}`)),
      [`comment-${good}`, `comment-${spam}`, `comment-${troll}`],
    );
    assert.deepEqual(await axeViolations(page), []);
    await page.screenshot({ path: await screenshotPath('admin-desk-1280'), fullPage: true });

    // j moves to the first comment, and on to ours.
    await page.keyboard.press('j');
    while ((await page.evaluate(() => document.activeElement?.id)) !== `comment-${good}`)
      await page.keyboard.press('j');
    assert.equal(
      await page.getAttribute(`#comment-${good}`, 'class'),
      'moderation-item desk-item is-current',
    );

    await page.keyboard.press('a');
    await page.waitForSelector(`#comment-${good}`, { state: 'detached' });
    assert.equal(await page.textContent('#desk-message'), `Comment ${good} approved.`);
    // The next comment takes the focus; s marks it as spam.
    assert.equal(await page.evaluate(() => document.activeElement?.id), `comment-${spam}`);
    await page.keyboard.press('s');
    await page.waitForSelector(`#comment-${spam}`, { state: 'detached' });
    assert.equal(await page.textContent('#desk-message'), `Comment ${spam} marked as spam.`);

    // k and j move back and forth; r opens the reply box for the current comment.
    assert.equal(await page.evaluate(() => document.activeElement?.id), `comment-${troll}`);
    await page.keyboard.press('r');
    assert.equal(await page.evaluate(() => document.activeElement?.id), `reply-${troll}`);
    await page.keyboard.press('Escape');
    await page.focus(`#comment-${troll}`);

    // Ban the troll by email, for 30 days.
    await Promise.all([
      page.waitForURL(/\/admin\/comments\/commenters\?from=/),
      page.click(`#comment-${troll} >> text=Hold or ban commenter`),
    ]);
    assert.equal(await page.inputValue('#measure-value'), 'Angry.Reader@Example.net');
    await page.check('#kind-ban');
    await page.fill('#measure-days', '30');
    await page.fill('#measure-note', 'Insults on the ferry story');
    await Promise.all([page.waitForURL(/done=saved/), page.click('text=Save')]);
    assert.match(
      (await page.textContent('table')) ?? '',
      /Banned[\s\S]*angry\.reader@example\.net[\s\S]*Insults on the ferry story/,
    );
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problemsOf(page), []);

    // What readers see: the approved comment, not the spam.
    const readers = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const reader = await openAs(readers, articlePath);
    const text = (await reader.textContent('#comments')) ?? '';
    assert.match(text, /The ferry timetable change will hurt shift workers\./);
    assert.doesNotMatch(text, /replica watches/);

    // The banned commenter tries again, with JavaScript on: refused, with a clear message.
    await reader.fill('#comment', 'You cannot silence me');
    await reader.fill('#author', 'Angry Reader');
    await reader.fill('#email', 'angry.reader@EXAMPLE.net');
    server.clock.advance(16_000);
    await reader.click('#commentform button[type="submit"]');
    await reader.waitForSelector('#form-message[role="alert"]:not([hidden])');
    assert.match(
      (await reader.textContent('#form-message')) ?? '',
      /Comments from you are not accepted on this site until \d{4}-\d{2}-\d{2}\./,
    );
    assert.doesNotMatch((await reader.textContent('.comment-list')) ?? '', /You cannot silence me/);
    // The refusal itself is the only failed request (the browser logs it as a 403).
    assert.deepEqual(
      problemsOf(reader).filter((p) => !/403/.test(p)),
      [],
    );
    assert.ok(problemsOf(reader).some((p) => /^403 POST .*\/comments$/.test(p)));
    await context.close();
    await readers.close();
  });

  test('without JavaScript the same queue works with plain buttons', async () => {
    const number = await postAsReader({
      author: 'Nora Quay',
      email: 'nora@example.net',
      comment: 'Will the new timetable be posted at the pier?',
    });
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await signInModerator(context);
    await page.goto(`${server.url}/admin/comments`);
    assert.equal(await page.isVisible('.desk-keys'), false, 'no shortcuts without the script');
    await Promise.all([
      page.waitForURL(/done=approve/),
      page.click(`#comment-${number} button[value="approve"]`),
    ]);
    assert.match(
      (await page.textContent('#desk-message')) ?? '',
      new RegExp(`Comment ${number} approved\\.`),
    );
    assert.equal(await page.$(`#comment-${number}`), null);
    await context.close();
  });
});
