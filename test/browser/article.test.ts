// The article page in Chromium: reading it, commenting with JavaScript off and on, replying,
// and checking it with axe-core. Screenshots go to test-output/screenshots/.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { demoContent } from '../../src/demo/demo-content.ts';
import { htmlProblems } from '../helpers/html.ts';
import {
  axeViolations,
  browserSkipReason,
  launchChromium,
  screenshotPath,
} from '../helpers/browser.ts';
import { startDemoServer, type DemoServer } from '../helpers/demo-server.ts';
import { DATABASES, skipUnless } from '../helpers/databases.ts';

const skip = browserSkipReason();

// The first demo article with open comments, and a reader whose comments are already approved.
const article = demoContent.articles.find((a) => a.commentsOpen && a.comments.length > 0)!;
const articlePath = `/${article.section}/${article.slug}`;
const known = article.comments[0]!;

let server: DemoServer;
let browser: Browser;

/** A page that fails the test on any console error, CSP violation included. */
async function openPage(context: BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(server.url + path);
  (page as Page & { problems: string[] }).problems = problems;
  return page;
}
const problemsOf = (page: Page) => (page as Page & { problems: string[] }).problems;

async function fillComment(
  page: Page,
  fields: { comment: string; author: string; email: string; url?: string },
) {
  await page.fill('#comment', fields.comment);
  await page.fill('#author', fields.author);
  await page.fill('#email', fields.email);
  if (fields.url) await page.fill('#url', fields.url);
  // A person takes a few seconds to write; the form's time stamp checks for that.
  server.clock.advance(5_000);
}

for (const kind of DATABASES) {
  describe(
    `the article page in Chromium, on ${kind}`,
    { skip: skip || (await skipUnless(kind)) },
    () => {
      before(async () => {
        // Flood control is tested over HTTP; here one browser posts several comments in a row.
        server = await startDemoServer({ comments: { floodSeconds: 0 }, database: kind });
        browser = await launchChromium();
      });
      after(async () => {
        await browser?.close();
        await server?.close();
      });

      test('reads well at 375 and 1280 pixels, in light and dark, with no axe violations', async () => {
        for (const [width, scheme] of [
          [375, 'light'],
          [1280, 'light'],
          [375, 'dark'],
        ] as const) {
          const context = await browser.newContext({
            viewport: { width, height: 900 },
            colorScheme: scheme,
          });
          const page = await openPage(context, articlePath);
          assert.equal(await page.locator('h1').textContent(), article.headline);
          assert.deepEqual(await axeViolations(page), [], `${width}px ${scheme}`);
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - window.innerWidth,
          );
          assert.ok(overflow <= 0, `no sideways scrolling at ${width}px (${overflow}px too wide)`);
          const lead = page.locator('figure.lead-image img');
          assert.ok(
            await lead.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0),
            'the lead photo loads',
          );
          await page.screenshot({
            path: await screenshotPath(
              `article-${width}${scheme === 'dark' ? '-dark' : ''}-${kind}`,
            ),
            fullPage: true,
          });
          assert.deepEqual(problemsOf(page), []);
          await context.close();
        }
      });

      test('the front page lists the stories, lead story first, with no axe violations', async () => {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        const page = await openPage(context, '/');
        const headlines = await page.locator('.story-headline').allTextContents();
        assert.ok(headlines.length >= 6);
        assert.equal(await page.locator('.story-lead').count(), 1);
        assert.deepEqual(await axeViolations(page), []);
        await page.screenshot({ path: await screenshotPath(`home-1280-${kind}`), fullPage: true });
        await context.close();
      });

      test('the page as the browser has it is valid HTML', async () => {
        const context = await browser.newContext();
        const page = await openPage(context, articlePath);
        assert.deepEqual(await htmlProblems(await (await page.request.get(page.url())).text()), []);
        await context.close();
      });

      test('with JavaScript off: a known reader’s comment is posted and the page lands on it', async () => {
        const context = await browser.newContext({ javaScriptEnabled: false });
        const page = await openPage(context, articlePath);
        await fillComment(page, {
          comment: 'Posted with JavaScript switched off.',
          author: known.name,
          email: known.email,
        });
        await Promise.all([page.waitForURL(/#comment-\d+$/), page.click('text=Post Comment')]);
        const anchor = new URL(page.url()).hash;
        assert.match(
          (await page.locator(`${anchor} .comment-content`).textContent()) ?? '',
          /Posted with JavaScript switched off\./,
        );
        await context.close();
      });

      test('with JavaScript off: a new reader sees their held comment, marked, and nobody else does', async () => {
        const context = await browser.newContext({ javaScriptEnabled: false });
        const page = await openPage(context, articlePath);
        await fillComment(page, {
          comment: 'My first comment here.',
          author: 'Juno Marsh',
          email: 'juno@example.net',
        });
        await Promise.all([
          page.waitForURL(/\?held=.*#comment-\d+$/),
          page.click('text=Post Comment'),
        ]);
        const anchor = new URL(page.url()).hash;
        assert.match(
          (await page.locator(anchor).textContent()) ?? '',
          /Your comment is awaiting moderation\.[\s\S]*My first comment here\./,
        );
        const other = await openPage(await browser.newContext(), articlePath);
        assert.equal(await other.locator('text=My first comment here.').count(), 0);
        await context.close();
      });

      test('with JavaScript off: Reply opens the form for that comment, and the reply nests under it', async () => {
        const context = await browser.newContext({ javaScriptEnabled: false });
        const page = await openPage(context, articlePath);
        const parent = page.locator('li.comment.depth-1').first();
        const parentId = await parent.getAttribute('id');
        await parent.locator(':scope > article .comment-reply-link').click();
        await page.waitForURL(/replytocom=\d+#respond$/);
        assert.match((await page.locator('#reply-title').textContent()) ?? '', /Reply to/);
        assert.ok(await page.locator('#cancel-comment-reply-link').isVisible());
        await fillComment(page, {
          comment: 'A reply without JavaScript.',
          author: known.name,
          email: known.email,
        });
        await Promise.all([page.waitForURL(/#comment-\d+$/), page.click('text=Post Comment')]);
        const reply = page.locator(`#${parentId} > ol.children > li`, {
          hasText: 'A reply without JavaScript.',
        });
        assert.equal(await reply.count(), 1);
        await context.close();
      });

      test('with JavaScript on: the comment is posted in place, without a page load', async () => {
        const context = await browser.newContext();
        const page = await openPage(context, articlePath);
        await page.evaluate(() => ((window as unknown as { marker: string }).marker = 'same page'));
        await fillComment(page, {
          comment: 'Posted in place with JavaScript.',
          author: known.name,
          email: known.email,
        });
        await page.click('text=Post Comment');
        const posted = page.locator('#comments > ol.comment-list > li', {
          hasText: 'Posted in place with JavaScript.',
        });
        await posted.waitFor();
        assert.equal(
          await page.evaluate(() => (window as unknown as { marker?: string }).marker),
          'same page',
        );
        assert.match(
          (await page.locator('#form-message').textContent()) ?? '',
          /your comment is published/,
        );
        assert.equal(await page.inputValue('#comment'), '', 'the comment box is emptied');
        assert.deepEqual(problemsOf(page), []);
        await context.close();
      });

      test('with JavaScript on: Reply moves the form under the comment; the reply appears nested; Cancel puts it back', async () => {
        const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
        const page = await openPage(context, articlePath);
        const parent = page.locator('li.comment.depth-1').nth(1);
        const parentId = (await parent.getAttribute('id'))!;
        await parent.locator(':scope > article .comment-reply-link').click();
        assert.equal(new URL(page.url()).search, '', 'no page load');
        assert.equal(
          await page.locator(`#${parentId} > article + #respond`).count(),
          1,
          'the form sits under the comment',
        );
        assert.match((await page.locator('#reply-title').textContent()) ?? '', /Reply to /);
        assert.equal(
          await page.evaluate(() => document.activeElement?.id),
          'comment',
          'focus moves to the comment box',
        );
        await page.click('#cancel-comment-reply-link');
        assert.equal(
          await page.locator(`#${parentId} #respond`).count(),
          0,
          'cancel puts the form back',
        );
        assert.equal(await page.inputValue('#comment-parent'), '0');

        await parent.locator(':scope > article .comment-reply-link').click();
        await fillComment(page, {
          comment: 'A reply with JavaScript.',
          author: known.name,
          email: known.email,
        });
        await page.locator('#respond').scrollIntoViewIfNeeded();
        await page.screenshot({
          path: await screenshotPath(`article-replying-375-${kind}`),
          fullPage: false,
        });
        await page.click('text=Post Comment');
        await page
          .locator(`#${parentId} > ol.children > li`, { hasText: 'A reply with JavaScript.' })
          .waitFor();
        assert.deepEqual(problemsOf(page), []);
        await context.close();
      });

      test('with JavaScript on: errors show by the field and in the form, and the words are kept', async () => {
        const context = await browser.newContext();
        const page = await openPage(context, articlePath);
        await fillComment(page, {
          comment: 'Posted in place with JavaScript.',
          author: known.name,
          email: known.email,
        });
        await page.click('text=Post Comment');
        const message = page.locator('#form-message[role="alert"]');
        await message.waitFor();
        assert.match((await message.textContent()) ?? '', /Duplicate comment detected/);
        assert.equal(await page.inputValue('#comment'), 'Posted in place with JavaScript.');

        await page.fill('#comment', 'Fresh words');
        await page.fill('#url', 'javascript:alert(1)');
        await page.click('text=Post Comment');
        await page.locator('#url-error').waitFor();
        assert.equal(await page.getAttribute('#url', 'aria-invalid'), 'true');
        assert.match((await page.getAttribute('#url', 'aria-describedby')) ?? '', /url-error/);
        assert.deepEqual(await axeViolations(page), []);
        await context.close();
      });

      test('ticking “remember me” fills the form in on the next visit', async () => {
        const context = await browser.newContext();
        const page = await openPage(context, articlePath);
        await fillComment(page, {
          comment: 'Remember me, please.',
          author: known.name,
          email: known.email,
          url: 'example.net/me',
        });
        await page.check('#consent');
        await page.click('text=Post Comment');
        await page.locator('text=Remember me, please.').first().waitFor();
        const again = await openPage(context, articlePath);
        assert.equal(await again.inputValue('#author'), known.name);
        assert.equal(await again.inputValue('#email'), known.email);
        assert.equal(await again.inputValue('#url'), 'example.net/me');
        assert.ok(await again.isChecked('#consent'));
        await context.close();
      });
    },
  );
}
