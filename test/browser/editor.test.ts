// The article editor island in Chromium, on a harness page that carries the edit page's contract
// markup, the real bundles and the site's Content-Security-Policy: loading and round-tripping the
// stored document, building every node and mark from the toolbar, cleaning pasted word-processor
// HTML, autosave (fields, CSRF header, 409, others editing), the copy kept in localStorage, and
// accessibility. Any console error (a CSP refusal included) fails the test that caused it.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test, type TestContext } from 'node:test';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import {
  bold,
  bullets,
  doc,
  embed,
  h2,
  h3,
  image,
  italic,
  link,
  p,
  parseDocument,
  quote,
  type ArticleDocument,
  type Block,
} from '../../src/domain/articles/document.ts';
import {
  axeViolations,
  browserSkipReason,
  launchChromium,
  screenshotPath,
} from '../helpers/browser.ts';
import {
  ARTICLE_ID,
  CSRF,
  EDIT_PATH,
  startEditorHarness,
  type EditorHarness,
} from '../fixtures/editor-harness.ts';

const skip = browserSkipReason();

/** A body with every kind of block the document has, as the server would send it. */
const FULL: ArticleDocument = doc(
  h2('The vote'),
  p(
    'Councillors voted ',
    bold('nine to two'),
    ' on ',
    italic('Tuesday'),
    ' to rebuild the wall; see ',
    link('the report', 'https://example.org/report'),
    '.',
  ),
  image(7, 'Boats in the harbour at dawn', 'Ines Halloran'),
  quote(['We cannot wait another winter.', 'The sea will not.'], 'Mary Doyle, harbour master'),
  h3('What happens next'),
  bullets(['Surveys in ', bold('spring')], ['Work from June']),
  {
    type: 'orderedList',
    attrs: { start: 3 },
    content: [
      { type: 'listItem', content: [p('Third step')] },
      {
        type: 'listItem',
        content: [p('Fourth step'), bullets(['a detail'])],
      },
    ],
  },
  embed('https://video.example.com/watch/123', 'The storm in pictures', 'ExampleTube'),
  { type: 'rawHtml', attrs: { html: '<table><tr><td>High tide</td><td>4.2 m</td></tr></table>' } },
  { type: 'horizontalRule' },
  { type: 'heading', attrs: { level: 4 }, content: [{ type: 'text', text: 'Notes' }] },
  p('A line', { type: 'hardBreak' }, 'and another, with ', {
    type: 'text',
    text: 'code',
    marks: [{ type: 'code' }],
  }),
);

let harness: EditorHarness;
let browser: Browser;

type TrackedPage = Page & { problems: string[] };

/** A browser context closed when the test ends, passed or failed (a page left open would go on
 * autosaving into the next test). */
async function newContext(t: TestContext, options: BrowserContextOptions = {}) {
  const context = await browser.newContext(options);
  t.after(() => context.close().catch(() => {}));
  return context;
}

/** Opens the edit page; console errors, page errors and CSP violations are collected. */
async function openEditor(context: BrowserContext): Promise<TrackedPage> {
  const page = (await context.newPage()) as TrackedPage;
  page.problems = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') page.problems.push(m.text());
  });
  page.on('pageerror', (e) => page.problems.push(e.message));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.goto(harness.url + EDIT_PATH);
  await page.waitForSelector('.editor-surface');
  return page;
}

async function bodyOf(page: Page): Promise<ArticleDocument> {
  const value = await page.inputValue('#body_json');
  return parseDocument(JSON.parse(value));
}

/** Every node type and mark anywhere in a document. */
function kindsIn(document: ArticleDocument): Set<string> {
  const kinds = new Set<string>();
  const walk = (node: unknown) => {
    const n = node as { type: string; content?: unknown[]; marks?: { type: string }[] };
    kinds.add(n.type);
    for (const m of n.marks ?? []) kinds.add(m.type);
    for (const c of n.content ?? []) walk(c);
  };
  walk(document);
  return kinds;
}

const tool = (page: Page, label: string) =>
  page.locator(`[role="toolbar"] button[aria-label="${label}"]`);

async function until(check: () => boolean | Promise<boolean>, what: string, ms = 5000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.fail(`timed out waiting for ${what}`);
}

describe('the article editor in Chromium', { skip }, () => {
  before(async () => {
    harness = await startEditorHarness(FULL);
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await harness?.close();
  });
  beforeEach(() => {
    harness.article.body = FULL;
    harness.article.version = 3;
    harness.autosaves.length = 0;
    harness.others = [];
    harness.autosaveAnswer = null;
  });

  test('without JavaScript the plain-text body field is there and no editor', async (t) => {
    const context = await newContext(t, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(harness.url + EDIT_PATH);
    assert.ok(await page.locator('#body_text').isVisible());
    assert.equal(await page.locator('[role="toolbar"]').count(), 0);
    await context.close();
  });

  test('loads the body from the JSON block and round-trips it unchanged', async (t) => {
    const context = await newContext(t);
    const page = await openEditor(context);
    assert.equal(await page.locator('.body-field').isVisible(), false, 'the fallback is hidden');
    assert.deepEqual(await bodyOf(page), FULL);

    const surface = page.locator('.editor-surface');
    assert.equal(await surface.locator('h2').textContent(), 'The vote');
    // The photo, with its thumbnail looked up in the media library and its caption editable.
    const figure = surface.locator('figure.editor-figure');
    await figure.locator('img[src="/media/thumb-7.svg"]').waitFor();
    assert.equal(await figure.getByLabel('Caption').inputValue(), 'Boats in the harbour at dawn');
    assert.equal(await figure.getByLabel('Credit').inputValue(), 'Ines Halloran');
    assert.equal(
      await surface.getByLabel('Quote attribution').inputValue(),
      'Mary Doyle, harbour master',
    );
    assert.match((await surface.locator('.editor-embed').textContent()) ?? '', /ExampleTube/);
    assert.match(
      (await surface.locator('.editor-raw').textContent()) ?? '',
      /Imported HTML — kept as it was.*High tide 4\.2 m/,
    );
    assert.equal(await surface.locator('.editor-raw table').count(), 0, 'markup is not rendered');
    assert.equal(await surface.locator('ol[start="3"]').count(), 1);

    // Editing a caption, then undoing it, leaves the document as it came.
    await figure.getByLabel('Caption').click();
    await page.keyboard.type(', in spring');
    assert.equal(
      ((await bodyOf(page)).content[2] as Extract<Block, { type: 'image' }>).attrs.caption,
      'Boats in the harbour at dawn, in spring',
      'the caption reaches #body_json as it is typed',
    );
    await surface.locator('h2').click();
    await tool(page, 'Undo').click();
    assert.deepEqual(await bodyOf(page), FULL, 'one undo takes back the whole caption edit');
    assert.equal(await figure.getByLabel('Caption').inputValue(), 'Boats in the harbour at dawn');
    await surface.getByLabel('Quote attribution').fill('');
    const quoted = (await bodyOf(page)).content[3] as Extract<Block, { type: 'blockquote' }>;
    assert.equal(quoted.attrs, undefined, 'an empty attribution is left out');
    assert.deepEqual(problemsOf(page), []);
    await context.close();
  });

  test('the toolbar builds every node and mark, and #body_json always parses', async (t) => {
    harness.article.body = doc();
    const context = await newContext(t);
    const page = await openEditor(context);
    assert.deepEqual(await bodyOf(page), doc());
    const surface = page.locator('.editor-surface');
    const checked = async () => bodyOf(page); // parseDocument throws on anything invalid
    await surface.click();

    await page.keyboard.type('A subhead');
    await tool(page, 'Subhead H2').click();
    assert.equal(await tool(page, 'Subhead H2').getAttribute('aria-pressed'), 'true');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Smaller');
    await tool(page, 'Smaller subhead H3').click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await tool(page, 'Paragraph').click();
    let body = await checked();
    assert.deepEqual(body.content.slice(0, 2), [h2('A subhead'), h3('Smaller')]);

    await page.keyboard.type('Plain, ');
    await tool(page, 'Bold').click();
    assert.equal(await tool(page, 'Bold').getAttribute('aria-pressed'), 'true');
    await page.keyboard.type('bold');
    await tool(page, 'Bold').click();
    await page.keyboard.type(' and ');
    await tool(page, 'Italic').click();
    await page.keyboard.type('italic');
    await tool(page, 'Italic').click();
    await page.keyboard.type('. Read more');
    for (let i = 0; i < 'Read more'.length; i++) await page.keyboard.press('Shift+ArrowLeft');
    await tool(page, 'Link').click();
    const address = page.getByLabel('Link address');
    await address.fill('javascript:alert(1)');
    await address.press('Enter');
    assert.match(
      (await page.locator('.editor-urlbar-error').textContent()) ?? '',
      /web address/,
      'a javascript: link is refused',
    );
    await address.fill('https://example.org/more');
    await address.press('Enter');
    assert.equal(await tool(page, 'Link').getAttribute('aria-pressed'), 'true');
    await page.keyboard.press('End');
    await selectionSettled(page);
    body = await checked();
    assert.deepEqual(
      body.content[2],
      p(
        'Plain, ',
        bold('bold'),
        ' and ',
        italic('italic'),
        '. ',
        link('Read more', 'https://example.org/more'),
      ),
    );

    await page.keyboard.press('Enter');
    await page.keyboard.type('Quoted words');
    await tool(page, 'Block quote').click();
    await surface.getByLabel('Quote attribution').fill('A. Speaker');
    await surface.locator('blockquote p').last().click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter'); // an empty line leaves the quote
    await page.keyboard.type('One');
    await tool(page, 'Bullet list').click();
    await page.keyboard.press('Enter');
    await page.keyboard.type('Two');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('First');
    await tool(page, 'Numbered list').click();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await tool(page, 'Horizontal rule').click();
    body = await checked();
    assert.deepEqual(body.content.slice(3, 7), [
      quote(['Quoted words'], 'A. Speaker'),
      bullets(['One'], ['Two']),
      { type: 'orderedList', content: [{ type: 'listItem', content: [p('First')] }] },
      { type: 'horizontalRule' },
    ]);

    // A photo from the media library, by keyboard.
    await tool(page, 'Photo from the media library').click();
    const dialog = page.locator('dialog.media-dialog');
    await dialog.getByLabel('Search the media library').fill('flood');
    await until(
      async () => (await dialog.locator('.media-pick').count()) === 1,
      'the search to narrow the list',
    );
    assert.ok(harness.mediaQueries.includes('flood'));
    assert.match((await dialog.locator('.media-pick').textContent()) ?? '', /Flood water/);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    assert.equal(await dialog.isVisible(), false);
    body = await checked();
    assert.ok(
      body.content.some(
        (b) =>
          b.type === 'image' &&
          b.attrs.mediaId === 9 &&
          b.attrs.caption === 'Flood water on Quay Street',
      ),
    );

    await tool(page, 'Embed a post or video').click();
    const embedAddress = page.getByLabel('Address of the post or video to embed');
    await embedAddress.fill('video.example.com/watch/77');
    await embedAddress.press('Enter');
    body = await checked();
    assert.deepEqual(body.content.at(-1), embed('https://video.example.com/watch/77'));

    await tool(page, 'Undo').click();
    assert.ok(!(await checked()).content.some((b) => b.type === 'embed'), 'undo removes the embed');
    await tool(page, 'Redo').click();
    body = await checked();
    assert.ok(
      body.content.some((b) => b.type === 'embed'),
      'redo brings it back',
    );

    for (const kind of [
      'heading',
      'paragraph',
      'bold',
      'italic',
      'link',
      'blockquote',
      'bulletList',
      'orderedList',
      'listItem',
      'horizontalRule',
      'image',
      'embed',
    ])
      assert.ok(kindsIn(body).has(kind), `the toolbar made ${kind}: ${JSON.stringify(body)}`);
    assert.deepEqual(problemsOf(page), []);
    await context.close();
  });

  test('the toolbar is one tab stop, moved through with the arrow keys', async (t) => {
    const context = await newContext(t);
    const page = await openEditor(context);
    await page.locator('.editor-surface h2').click();
    await page.keyboard.press('Alt+F10');
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    assert.equal(await focused(), 'Paragraph');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    assert.equal(await focused(), 'Bold');
    await page.keyboard.press('End');
    assert.equal(await focused(), 'Redo');
    await page.keyboard.press('ArrowRight');
    assert.equal(await focused(), 'Paragraph', 'it wraps around');
    assert.equal(await page.locator('[role="toolbar"] button[tabindex="0"]').count(), 1);
    await page.keyboard.press('Escape');
    assert.equal(
      await page.evaluate(() => document.activeElement?.classList.contains('editor-surface')),
      true,
    );
    assert.deepEqual(problemsOf(page), []);
    await context.close();
  });

  test('pasted Word and Google Docs HTML arrives clean', async (t) => {
    harness.article.body = doc();
    const context = await newContext(t);
    const page = await openEditor(context);
    await page.locator('.editor-surface').click();
    await paste(page, WORD_HTML);
    assert.deepEqual(
      await bodyOf(page),
      doc(
        p('The council met on ', bold('Tuesday'), ' and ', italic('voted'), ' to go ahead.'),
        h2('What happens next'),
        bullets(['Surveys in spring'], ['Work from ', link('June', 'https://example.org/plan')]),
        {
          type: 'orderedList',
          content: [
            { type: 'listItem', content: [p('Agree the budget')] },
            { type: 'listItem', content: [p('Start work'), bullets(['on the north wall'])] },
          ],
        },
        p('Contact us'),
      ),
    );
    const html = await page.locator('.editor-surface').innerHTML();
    for (const cruft of ['mso', '<span', 'style=', 'Mso', '<font', 'o:p', '·'])
      assert.ok(!html.includes(cruft), `no ${cruft} in ${html}`);

    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await paste(page, GOOGLE_DOCS_HTML);
    assert.deepEqual(
      await bodyOf(page),
      doc(
        p('From Google: ', bold('strong words'), italic(' and a slant')),
        bullets(['Docs item']),
        p('Last line'),
      ),
    );

    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await paste(page, LIBREOFFICE_HTML);
    assert.deepEqual(
      await bodyOf(page),
      doc(h2('From the office'), p(bold('Bold'), ' then ', italic('slanted'), ' text'), {
        type: 'orderedList',
        content: [{ type: 'listItem', content: [p('Numbered')] }],
      }),
    );
    assert.deepEqual(problemsOf(page), []);
    await context.close();
  });

  test('autosave posts the form with the CSRF header, and shows who else is editing', async (t) => {
    const context = await newContext(t);
    const page = await openEditor(context);
    await page.clock.install();
    harness.others = ['Ana Ortiz'];
    await page.locator('.editor-surface p').first().click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Added words.');
    await page.clock.runFor(4000);
    assert.equal(harness.autosaves.length, 0, 'nothing is sent while the writer is typing');
    await page.clock.runFor(1500);
    await until(() => harness.autosaves.length === 1, 'the autosave');
    const [call] = harness.autosaves;
    assert.equal(call!.headers['x-csrf-token'], CSRF);
    assert.match(call!.headers['content-type'] ?? '', /^application\/json/);
    assert.equal(call!.body.version, '3');
    const fields = call!.body.fields;
    assert.equal(fields.headline, 'Harbour wall to be rebuilt after winter storms');
    assert.deepEqual(fields.bylines, ['1', '2'], 'repeated names travel as arrays');
    assert.equal(fields._csrf, CSRF);
    assert.equal(fields.section, 'news');
    const sent = parseDocument(JSON.parse(fields.body_json as string));
    assert.match(JSON.stringify(sent.content[1]), /Added words\./);
    assert.equal(fields.body_json, await page.inputValue('#body_json'));

    const status = page.locator('#editor-status');
    await status.locator('.editor-others').waitFor();
    assert.match((await status.textContent()) ?? '', /Draft copy saved at \d{1,2}:\d{2}/);
    assert.equal(
      await status.locator('.editor-others').textContent(),
      'Ana Ortiz is also editing this article',
    );
    assert.ok(await status.locator('.editor-others').isVisible());

    // Other form fields count as changes too.
    await page.fill('#headline', 'Harbour wall will be rebuilt');
    await page.clock.runFor(5500);
    await until(() => harness.autosaves.length === 2, 'the second autosave');
    assert.equal(harness.autosaves[1]!.body.fields.headline, 'Harbour wall will be rebuilt');

    // Typing without a pause is still saved at least every 15 seconds.
    await page.locator('.editor-surface p').first().click();
    for (let i = 0; i < 8; i++) {
      await page.keyboard.type('x');
      await page.clock.runFor(2000);
    }
    await until(() => harness.autosaves.length === 3, 'a save during continuous typing');
    assert.deepEqual(problemsOf(page), []);
    await context.close();
  });

  test('a 409 or a failure shows the message; leaving with unsaved changes asks first', async (t) => {
    const context = await newContext(t);
    const page = await openEditor(context);
    await page.clock.install();
    harness.autosaveAnswer = {
      status: 409,
      body: { message: 'Ben Lee saved a newer version at 12:05. Reload to see it.' },
    };
    await page.locator('.editor-surface p').first().click();
    await page.keyboard.type('Conflicting ');
    await page.clock.runFor(5500);
    const status = page.locator('#editor-status');
    await status.getByText('Not saved: Ben Lee saved a newer version at 12:05').waitFor();

    harness.autosaveAnswer = { status: 500, body: { error: { message: 'The database is away' } } };
    await page.keyboard.type('again ');
    await page.clock.runFor(5500);
    await status.getByText('Not saved: The database is away').waitFor();

    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.type());
      void d.dismiss();
    });
    await page.close({ runBeforeUnload: true });
    await until(() => dialogs.length > 0, 'the beforeunload question');
    assert.deepEqual(dialogs, ['beforeunload']);
    assert.deepEqual(
      problemsOf(page).filter((p) => !/status of (409|500)/.test(p)),
      [],
      'only the failed requests themselves are logged',
    );
    await context.close();
  });

  test('a copy kept in this browser is offered back after a reload, and cleared by a save', async (t) => {
    const context = await newContext(t);
    let page = await openEditor(context);
    page.on('dialog', (d) => void d.accept());
    await page.locator('.editor-surface p').first().click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Words only this browser has.');
    await page.fill('#headline', 'A headline not yet saved');
    await page.waitForTimeout(400);
    await page.reload();
    await page.waitForSelector('.editor-surface');
    const notice = page.locator('.editor-notice');
    await notice.waitFor();
    assert.match((await notice.textContent()) ?? '', /This browser kept changes/);
    assert.deepEqual(await axeViolations(page), [], 'with the restore notice');
    assert.doesNotMatch(await page.inputValue('#body_json'), /only this browser/);
    await notice.getByRole('button', { name: 'Restore' }).click();
    assert.equal(await notice.isVisible(), false);
    assert.match(await page.inputValue('#body_json'), /Words only this browser has\./);
    assert.equal(await page.inputValue('#headline'), 'A headline not yet saved');
    parseDocument(JSON.parse(await page.inputValue('#body_json')));

    // Discard forgets it.
    await page.waitForTimeout(400);
    await page.reload();
    await page.waitForSelector('.editor-notice:not([hidden])');
    await page.getByRole('button', { name: 'Discard' }).click();
    await page.reload();
    await page.waitForSelector('.editor-surface');
    assert.equal(await page.locator('.editor-notice').isVisible(), false);

    // A submitted form that the server saved (a new version) leaves nothing behind.
    await page.locator('.editor-surface p').first().click();
    await page.keyboard.type('Saved for real. ');
    await page.waitForTimeout(400);
    const key = `dateline:article-draft:${ARTICLE_ID}:3`;
    assert.ok(await page.evaluate((k) => localStorage.getItem(k) !== null, key));
    await Promise.all([
      page.waitForURL(harness.url + EDIT_PATH),
      page.click('button[type="submit"]'),
    ]);
    await page.waitForSelector('.editor-surface');
    assert.equal(harness.article.version, 4);
    assert.match(JSON.stringify(harness.article.body), /Saved for real\./);
    assert.equal(await page.locator('.editor-notice').isVisible(), false);
    assert.deepEqual(
      await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('dateline:'))),
      [],
    );
    page = page as TrackedPage;
    assert.deepEqual(problemsOf(page), []);
    await context.close();
  });

  test('works at 1280 and 375 pixels, light and dark, with no axe violations', async (t) => {
    for (const [width, scheme] of [
      [1280, 'light'],
      [375, 'light'],
      [375, 'dark'],
      [1280, 'dark'],
    ] as const) {
      const context = await newContext(t, {
        viewport: { width, height: 900 },
        colorScheme: scheme,
      });
      const page = await openEditor(context);
      await page.locator('figure.editor-figure img').waitFor();
      await page.locator('.editor-surface h2').click();
      assert.deepEqual(await axeViolations(page), [], `${width}px ${scheme}`);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      assert.ok(overflow <= 0, `no sideways scrolling at ${width}px (${overflow}px too wide)`);
      const suffix = scheme === 'dark' ? '-dark' : '';
      await page.evaluate(() => window.scrollTo(0, 0)); // the toolbar is sticky
      await page.screenshot({
        path: await screenshotPath(`editor-${width}${suffix}`),
        fullPage: true,
      });

      if (scheme === 'light') {
        await tool(page, 'Photo from the media library').click();
        await page.locator('.media-pick').first().waitFor();
        assert.deepEqual(await axeViolations(page), [], `the photo dialog at ${width}px`);
        await page.screenshot({ path: await screenshotPath(`editor-media-${width}`) });
        await page.keyboard.press('Escape');
        assert.equal(await page.locator('dialog.media-dialog').isVisible(), false);
        await page.locator('.editor-surface h2').click();
        await tool(page, 'Link').click();
        await page.getByLabel('Link address').fill('not a link');
        await page.keyboard.press('Enter');
        await page.locator('.editor-urlbar-error').waitFor();
        assert.deepEqual(await axeViolations(page), [], `the link form at ${width}px`);
        await page.keyboard.press('Escape');
        assert.equal(await page.locator('.editor-urlbar').isVisible(), false);
      }
      assert.deepEqual(problemsOf(page), []);
      await context.close();
    }
  });
});

/**
 * Waits for the browser's selectionchange after a caret key: ProseMirror learns of native caret
 * moves from that event, and synthetic keys can arrive before it (a person cannot).
 */
async function selectionSettled(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
}

function problemsOf(page: Page): string[] {
  return (page as TrackedPage).problems;
}

/** A paste as the browser delivers it: a ClipboardEvent carrying text/html. */
async function paste(page: Page, html: string): Promise<void> {
  await page.evaluate((markup) => {
    const data = new DataTransfer();
    data.setData('text/html', markup);
    data.setData('text/plain', markup.replace(/<[^>]+>/g, ''));
    document
      .querySelector('.editor-surface')!
      .dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
  }, html);
}

/** As Word writes it to the clipboard: styles, mso- properties, <o:p>, lists as paragraphs. */
const WORD_HTML = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15">
<style><!-- p.MsoNormal, li.MsoNormal {mso-style-parent:""; margin:0cm; font-size:12.0pt;} @page WordSection1 {size:595.3pt 841.9pt;} --></style></head>
<body lang=EN-GB style='tab-interval:36.0pt;word-wrap:break-word'>
<!--StartFragment-->
<p class=MsoNormal><span style='font-size:12.0pt;mso-bidi-font-family:Calibri'>The council met on <b><span style='mso-bidi-font-weight:normal'>Tuesday</span></b> and <i style='mso-bidi-font-style:normal'>voted</i> to go ahead.<o:p></o:p></span></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<h1 style='mso-margin-top-alt:auto'><a name="_Toc1"></a><span lang=EN-GB>What happens next<o:p></o:p></span></h1>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol;mso-fareast-font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Surveys in <span class=SpellE>spring</span><o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp; </span></span></span><![endif]>Work from <a href="https://example.org/plan">June</a><o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoListParagraphCxSpFirst style='mso-list:l1 level1 lfo2'><!--[if !supportLists]--><span style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><!--[endif]-->Agree the budget</p>
<p class=MsoListParagraphCxSpMiddle style='mso-list:l1 level1 lfo2'><!--[if !supportLists]--><span style='mso-list:Ignore'>2.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><!--[endif]-->Start work</p>
<p class=MsoListParagraphCxSpLast style='mso-list:l1 level2 lfo2'><!--[if !supportLists]--><span style='font-family:"Courier New"'><span style='mso-list:Ignore'>o<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><!--[endif]-->on the north wall</p>
<p class=MsoNormal><font face="Arial" color="red">Contact <a href="javascript:alert(1)">us</a></font><o:p></o:p></p>
<!--EndFragment-->
</body></html>`;

/** As LibreOffice Writer writes it: <font> wrappers, classes, a <br> paragraph. */
const LIBREOFFICE_HTML = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN"><html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"/><title></title><meta name="generator" content="LibreOffice 7.4.7.2 (Linux)"/><style type="text/css">@page { size: 21cm 29.7cm; margin: 2cm } p { line-height: 115%; margin-bottom: 0.25cm; background: transparent }</style></head><body lang="en-GB" link="#000080" vlink="#800000" dir="ltr"><h2 class="western">From the office</h2><p style="line-height: 100%; margin-bottom: 0cm"><font face="Liberation Serif, serif"><font size="3" style="font-size: 12pt"><b>Bold</b> then <i>slanted</i> text</font></font></p><p style="line-height: 100%; margin-bottom: 0cm"><br/></p><ol><li><p style="margin-bottom: 0cm">Numbered</p></li></ol></body></html>`;

/** As Google Docs writes it: a not-bold <b> around everything, formatting as span styles. */
const GOOGLE_DOCS_HTML = `<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-4f1c2a7e-7fff-1b2c-3d4e"><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;"><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;">From Google: </span><span style="font-size:11pt;font-family:Arial,sans-serif;font-weight:700;font-style:normal;">strong words</span><span style="font-size:11pt;font-weight:400;font-style:italic;"> and a slant</span></p><br><ul style="margin-top:0;margin-bottom:0;padding-inline-start:48px;"><li dir="ltr" style="list-style-type:disc;font-size:11pt;font-family:Arial,sans-serif;" aria-level="1"><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;" role="presentation"><span style="font-size:11pt;font-weight:400;">Docs item</span></p></li></ul><br><p dir="ltr" style="line-height:1.38;"><span style="font-weight:400;">Last line</span></p></b>`;
