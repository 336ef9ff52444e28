// The newsroom admin in Chromium, as an editor and a contributor use it: sign in, upload a lead
// photo, write an article in the editor, schedule it, see the job publish it, edit it, restore
// an older revision; a contributor who cannot publish. Screenshots of the editor and the list.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { hashPassword } from '../../src/domain/people/passwords.ts';
import type { Role } from '../../src/domain/people/roles.ts';
import { instantToZoned } from '../../src/domain/time.ts';
import { browserSkipReason, launchChromium, screenshotPath } from '../helpers/browser.ts';
import { startDemoServer, type DemoServer } from '../helpers/demo-server.ts';

const skip = browserSkipReason();
const PASSWORD = 'newsroom passphrase 2026';

let server: DemoServer;
let browser: Browser;

describe('the newsroom admin in Chromium', { skip }, () => {
  before(async () => {
    server = await startDemoServer();
    browser = await launchChromium();
    const hash = await hashPassword(PASSWORD);
    const person = (role: Role, name: string) =>
      server.stores.people.create({
        slug: name.toLowerCase().replace(/\W+/g, '-'),
        name,
        email: `${role}@newsroom.example.test`,
        role,
        passwordHash: hash,
        now: new Date(),
      });
    await person('editor', 'Edie Editor');
    await person('contributor', 'Cass Contributor');
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  async function signIn(role: Role): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    (page as Page & { problems: string[] }).problems = problems;
    await page.goto(`${server.url}/admin/sign-in`);
    await page.fill('#email', `${role}@newsroom.example.test`);
    await page.fill('#password', PASSWORD);
    await Promise.all([page.waitForURL(/\/admin\/articles$/), page.click('button[type="submit"]')]);
    return page;
  }
  const problemsOf = (page: Page) => (page as Page & { problems: string[] }).problems;

  test('an editor uploads a photo, writes, schedules, and the article appears when the job runs', async () => {
    const page = await signIn('editor');

    // A lead photo, uploaded and given alt text.
    await page.goto(`${server.url}/admin/media`);
    const photo = await sharp({
      create: { width: 1200, height: 800, channels: 3, background: { r: 40, g: 90, b: 140 } },
    })
      .jpeg()
      .toBuffer();
    await page.setInputFiles('#media-file', {
      name: 'quay.jpg',
      mimeType: 'image/jpeg',
      buffer: photo,
    });
    await Promise.all([
      page.waitForURL(/\/admin\/media\/\d+/),
      page.getByRole('button', { name: 'Upload' }).click(),
    ]);
    const mediaId = /\/admin\/media\/(\d+)/.exec(page.url())![1]!;
    await page.fill('#media-alt', 'The north quay at first light, cranes idle');
    await page.fill('#media-caption', 'The north quay on Monday morning.');
    await page.fill('#media-credit', 'Edie Editor');
    await Promise.all([
      page.waitForLoadState('load'),
      page.getByRole('button', { name: 'Save', exact: true }).click(),
    ]);

    // A new article, written in the editor.
    await page.goto(`${server.url}/admin/articles`);
    await Promise.all([
      page.waitForURL(/\/admin\/articles\/\d+\/edit$/),
      page.getByRole('button', { name: 'New article' }).click(),
    ]);
    const editUrl = page.url();
    await page.fill('#headline', 'Quay reopens after storm repairs');
    await page.fill('#standfirst', 'Ships return to the north quay a week early.');
    await page.selectOption('#section', { label: 'News' });
    await page.fill('#dateline_place', 'Port Alder');
    await page.fill('#lead_media', mediaId);
    await page.fill('#tags', 'Harbour, Storm damage');
    const editor = page.locator('#article-editor .ProseMirror');
    await editor.waitFor();
    assert.ok(
      !(await page.locator('.body-field').isVisible()),
      'the text fallback gives way to the editor',
    );
    await editor.click();
    await page.keyboard.type('The north quay reopened on Monday, ');
    await page.keyboard.press('Control+b');
    await page.keyboard.type('a week ahead of schedule');
    await page.keyboard.press('Control+b');
    await page.keyboard.type(', the harbour board said.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Repairs to the storm-damaged wall took three weeks.');
    await Promise.all([page.waitForURL(/done=saved/), page.click('button[value="save"]')]);
    await page.screenshot({ path: await screenshotPath('admin-editor-1280'), fullPage: true });

    // Schedule it two minutes ahead, in the site's time zone.
    const at = new Date(server.clock.now().getTime() + 2 * 60_000);
    await page.fill('#publish_at', instantToZoned(at, 'Europe/London'));
    await Promise.all([page.waitForURL(/done=scheduled/), page.click('button[value="schedule"]')]);
    assert.match((await page.locator('.article-status').textContent()) ?? '', /Scheduled for/);
    const publicUrl = `${server.url}/news/quay-reopens-after-storm-repairs`;
    assert.equal((await fetch(publicUrl)).status, 404, 'not a minute early');

    // Time passes; nobody visits; the job publishes it.
    server.clock.advance(3 * 60_000);
    let status = 0;
    for (let i = 0; i < 50 && status !== 200; i++) {
      await new Promise((r) => setTimeout(r, 100));
      status = (await fetch(publicUrl)).status;
    }
    assert.equal(status, 200);
    const reader = await browser.newPage();
    await reader.goto(publicUrl);
    assert.equal(await reader.locator('h1').textContent(), 'Quay reopens after storm repairs');
    assert.match(
      (await reader.locator('.article-body p').first().textContent()) ?? '',
      /^PORT ALDER: The north quay reopened on Monday, a week ahead of schedule, the harbour board said\.$/,
    );
    assert.equal(
      await reader.locator('.article-body strong').textContent(),
      'a week ahead of schedule',
    );
    assert.equal(
      await reader.locator('figure.lead-image img').getAttribute('alt'),
      'The north quay at first light, cranes idle',
    );
    await reader.close();

    // Edit the headline, then restore the first version from the revisions.
    await page.goto(editUrl);
    await page.fill('#headline', 'Quay reopens a week early');
    await Promise.all([page.waitForURL(/done=published/), page.click('button[value="publish"]')]);
    assert.match(
      await (
        await fetch(
          publicUrl.replace('quay-reopens-after-storm-repairs', 'quay-reopens-after-storm-repairs'),
        )
      ).text(),
      /Quay reopens a week early/,
    );
    await page.getByRole('link', { name: 'Revisions' }).click();
    await page.locator('input[name="a"]').last().check();
    await page.locator('input[name="b"]').first().check();
    await page.getByRole('button', { name: 'Compare' }).click();
    assert.match((await page.locator('.compare').textContent()) ?? '', /Headline/);
    const restoreButtons = page.locator('.restore-list button');
    await Promise.all([page.waitForURL(/done=saved/), restoreButtons.last().click()]);
    assert.equal(await page.inputValue('#headline'), 'Quay reopens after storm repairs');
    assert.match(
      await (await fetch(publicUrl)).text(),
      /<h1 class="headline">Quay reopens after storm repairs<\/h1>/,
    );

    await page.goto(`${server.url}/admin/articles`);
    await page.screenshot({ path: await screenshotPath('admin-articles-1280'), fullPage: true });
    assert.deepEqual(problemsOf(page), []);
  });

  test('a contributor writes and submits for review, and has no way to publish', async () => {
    const page = await signIn('contributor');
    await Promise.all([
      page.waitForURL(/\/admin\/articles\/\d+\/edit$/),
      page.getByRole('button', { name: 'New article' }).click(),
    ]);
    await page.fill('#headline', 'A freelancer’s view of the quay');
    const editor = page.locator('#article-editor .ProseMirror');
    await editor.waitFor();
    await editor.click();
    await page.keyboard.type('From the sea wall, the cranes look smaller than they are.');
    assert.equal(await page.locator('button[value="publish"]').count(), 0);
    assert.equal(await page.locator('button[value="schedule"]').count(), 0);
    await Promise.all([page.waitForURL(/done=submitted/), page.click('button[value="submit"]')]);
    await page.goto(`${server.url}/admin/articles`);
    assert.match(
      (await page.locator('.article-table').textContent()) ?? '',
      /A freelancer’s view of the quay\s*Submitted for review/,
    );
    assert.doesNotMatch(
      (await page.locator('.article-table').textContent()) ?? '',
      /Quay reopens/,
      'contributors see their own',
    );
    await page.screenshot({
      path: await screenshotPath('admin-articles-contributor-1280'),
      fullPage: true,
    });
    assert.deepEqual(problemsOf(page), []);
  });
});
