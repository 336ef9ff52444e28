import assert from 'node:assert/strict';
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, test } from 'node:test';
import v8 from 'node:v8';
import vm from 'node:vm';
import { FIXTURE, fixtureSkipReason, fixtureText, rawValues } from './test-fixture.ts';
import {
  readWxr,
  WxrParseError,
  type WxrCategory,
  type WxrItem,
  type WxrRecord,
} from './wxr-reader.ts';

async function readAll(input: Parameters<typeof readWxr>[0]): Promise<WxrRecord[]> {
  const records: WxrRecord[] = [];
  for await (const record of readWxr(input)) records.push(record);
  return records;
}

const ofKind = <K extends WxrRecord['kind']>(records: WxrRecord[], kind: K) =>
  records.filter((r): r is Extract<WxrRecord, { kind: K }> => r.kind === kind);

const countBy = (values: string[]): Record<string, number> =>
  values.reduce<Record<string, number>>((acc, v) => ({ ...acc, [v]: (acc[v] ?? 0) + 1 }), {});

async function* chunksOf(text: string, size: number): AsyncGenerator<string> {
  for (let at = 0; at < text.length; at += size) yield text.slice(at, at + size);
}

describe('the Theme Unit Test export', { skip: fixtureSkipReason() }, () => {
  let records: WxrRecord[] = [];
  let raw = '';
  const item = (title: string): WxrItem => {
    const found = ofKind(records, 'item').find((i) => i.title === title);
    assert.ok(found, `no item titled ${title}`);
    return found;
  };

  test('is read from a file stream', async () => {
    raw = fixtureText();
    records = await readAll(createReadStream(FIXTURE));
    assert.ok(records.length > 186);
  });

  test('starts with the site, once', () => {
    assert.equal(records[0]?.kind, 'site');
    assert.equal(ofKind(records, 'site').length, 1);
    assert.deepEqual(records[0], {
      kind: 'site',
      title: 'Theme Unit Test Data',
      link: 'https://wpthemetestdata.wordpress.com',
      description: 'Just another WordPress website with a purposefully really long description',
      language: 'en',
      baseSiteUrl: 'https://wordpress.com/',
      baseBlogUrl: 'https://wpthemetestdata.wordpress.com',
      wxrVersion: '1.2',
    });
  });

  test('has its 2 authors', () => {
    const authors = ofKind(records, 'author');
    assert.deepEqual(
      authors.map((a) => [a.login, a.email, a.displayName, a.firstName, a.lastName]),
      [
        ['themedemos', 'themeshaperwp+demos@gmail.com', 'Theme Buster', '', ''],
        ['themereviewteam', 'themereviewteam@gmail.com', 'Theme Reviewer', 'Theme', 'Review'],
      ],
    );
  });

  test('has every category once, with its parent', () => {
    const categories = ofKind(records, 'category');
    const expected = new Set(rawValues(raw, 'wp:category_nicename'));
    assert.equal(categories.length, expected.size);
    assert.deepEqual(new Set(categories.map((c) => c.slug)), expected);
    const bySlug = new Map(categories.map((c) => [c.slug, c]));
    for (const c of categories) {
      if (c.parentSlug) assert.ok(bySlug.has(c.parentSlug), `${c.slug}'s parent ${c.parentSlug}`);
    }
    // Three levels: parent-category > child-category-03 > grandchild-category.
    const grandchild = bySlug.get('grandchild-category') as WxrCategory;
    assert.equal(grandchild.parentSlug, 'child-category-03');
    assert.equal(bySlug.get('child-category-03')?.parentSlug, 'parent-category');
    assert.equal(bySlug.get('parent-category')?.parentSlug, '');
    assert.equal(
      bySlug.get('block')?.description,
      'Items in the block category have been created with the block editor.',
    );
    assert.equal(categories.filter((c) => c.parentSlug).length, 10);
  });

  test('has every tag and the menus', () => {
    const tags = ofKind(records, 'tag');
    assert.deepEqual(new Set(tags.map((t) => t.slug)), new Set(rawValues(raw, 'wp:tag_slug')));
    assert.equal(tags.length, (raw.match(/<wp:tag>/g) ?? []).length);
    assert.equal(tags.find((t) => t.slug === '8bit')?.description, 'Tags posts about 8BIT.');
    const menus = ofKind(records, 'term');
    assert.ok(menus.every((t) => t.taxonomy === 'nav_menu'));
    assert.deepEqual(
      menus.map((t) => t.name),
      ['All Pages', 'All Pages Flat', 'Empty Menu', 'Short', 'Testing Menu', 'Social menu'],
    );
  });

  test('has exactly the 186 items, by type and status as in the file', () => {
    const items = ofKind(records, 'item');
    assert.equal(items.length, (raw.match(/<item>/g) ?? []).length);
    assert.equal(items.length, 186);
    assert.deepEqual(countBy(items.map((i) => i.type)), countBy(rawValues(raw, 'wp:post_type')));
    assert.deepEqual(countBy(items.map((i) => i.status)), countBy(rawValues(raw, 'wp:status')));
    assert.deepEqual(countBy(items.map((i) => i.type)), {
      post: 58,
      page: 21,
      attachment: 37,
      nav_menu_item: 70,
    });
    assert.deepEqual(
      items.map((i) => i.id).sort((a, b) => a - b),
      rawValues(raw, 'wp:post_id')
        .map(Number)
        .sort((a, b) => a - b),
    );
  });

  test('keeps sticky, password-protected, draft and scheduled posts as they were', () => {
    const items = ofKind(records, 'item');
    assert.deepEqual(
      items.filter((i) => i.sticky).map((i) => i.title),
      ['Template: Sticky'],
    );
    assert.equal(rawValues(raw, 'wp:is_sticky').filter((v) => v === '1').length, 1);
    const locked = item('Template: Password Protected (the password is "enter")');
    assert.equal(locked.password, 'enter');
    assert.equal(locked.status, 'publish');
    assert.equal(item('Draft').status, 'draft');
    const scheduled = item('Scheduled');
    assert.equal(scheduled.status, 'future');
    assert.equal(scheduled.dateGmt, '2030-01-01 19:00:18');
    assert.equal(scheduled.date, '2030-01-01 12:00:18');
  });

  test('keeps unicode and markup in titles and terms intact', () => {
    const rawTitles = rawValues(raw, 'title');
    for (const title of [
      'Ελληνικά-Greek',
      'Επίπεδο 2 -Second Greek level',
      'Markup: Title <em>With</em> <b>Mark<sup>up</sup></b>',
    ]) {
      assert.ok(rawTitles.includes(title), title);
      item(title);
    }
    const special = ofKind(records, 'item').find((i) => i.name === 'title-with-special-characters');
    assert.equal(
      special?.title,
      'Markup: Title With Special Characters ~`!@#$%^&*()-_=+{}[]/\\;:\'"?,.>',
    );
    assert.ok(ofKind(records, 'item').some((i) => i.title.startsWith('Taumatawhakatangihanga')));
    const markup = item('Markup: HTML Tags and Formatting');
    assert.ok(
      markup.categories.some((c) => c.domain === 'post_tag' && c.name === 'content περιεχόμενο'),
    );
  });

  test('gives each item its fields', () => {
    const post = item('Template: Sticky');
    assert.equal(post.id, 1241);
    assert.equal(post.type, 'post');
    assert.equal(post.name, 'template-sticky');
    assert.equal(post.creator, 'themedemos');
    assert.equal(post.link, 'https://wpthemetestdata.wordpress.com/2012/01/07/template-sticky/');
    assert.equal(post.pubDate, 'Sat, 07 Jan 2012 14:07:21 +0000');
    assert.equal(post.guid, 'http://wptest.io/demo/?p=1241');
    assert.equal(post.guidIsPermaLink, false);
    assert.equal(post.date, '2012-01-07 07:07:21');
    assert.equal(post.commentStatus, 'closed');
    assert.match(
      post.content,
      /^This is a sticky post\.\n\nThere are a few things to verify:\n<ul>/,
    );
    assert.deepEqual(post.categories, [
      { domain: 'category', nicename: 'classic', name: 'Classic' },
      { domain: 'post_tag', nicename: 'sticky-2', name: 'sticky' },
      { domain: 'post_tag', nicename: 'template', name: 'template' },
      { domain: 'category', nicename: 'uncategorized', name: 'Uncategorized' },
    ]);
    assert.equal(item('Template: Excerpt (Defined)').excerpt.length > 0, true);

    const attachments = ofKind(records, 'item').filter((i) => i.type === 'attachment');
    assert.ok(attachments.every((a) => /^https:\/\/.+\.\w+$/.test(a.attachmentUrl)));
    const bell = attachments.find((a) => a.id === 754);
    assert.equal(
      bell?.attachmentUrl,
      'https://wpthemetestdata.files.wordpress.com/2008/06/100_5478.jpg',
    );
    assert.equal(bell?.parentId, 555);

    const meta = ofKind(records, 'item').flatMap((i) => i.meta);
    assert.equal(meta.length, (raw.match(/<wp:postmeta>/g) ?? []).length);
    assert.ok(meta.some((m) => m.key === '_thumbnail_id' && /^\d+$/.test(m.value)));

    // Reverse hierarchy: children come before their parents in the file.
    const level3 = item('Level 3');
    const level2 = item('Level 2');
    assert.equal(level3.parentId, level2.id);
    assert.equal(level2.parentId, item('Level 1').id);
    assert.equal(item('Page Markup And Formatting').menuOrder, 0);
  });

  test('has the 33 comments, threaded as in the file', () => {
    const items = ofKind(records, 'item');
    const comments = items.flatMap((i) => i.comments);
    assert.equal(comments.length, 33);
    assert.equal(comments.length, (raw.match(/<wp:comment>/g) ?? []).length);
    // id → parent pairs, read from the raw text comment by comment.
    const expected = [...raw.matchAll(/<wp:comment>([\s\S]*?)<\/wp:comment>/g)].map((m) => {
      const block = m[1] ?? '';
      return `${rawValues(block, 'wp:comment_id')[0]}<${rawValues(block, 'wp:comment_parent')[0]}`;
    });
    assert.deepEqual(
      comments.map((c) => `${c.id}<${c.parentId}`),
      expected,
    );
    // Each reply answers a comment on the same post; the deepest thread is 10 levels deep.
    for (const i of items) {
      const ids = new Set(i.comments.map((c) => c.id));
      for (const c of i.comments) assert.ok(c.parentId === 0 || ids.has(c.parentId));
    }
    const byId = new Map(comments.map((c) => [c.id, c]));
    const depth = (id: number): number => {
      const parent = byId.get(id)?.parentId ?? 0;
      return parent === 0 ? 1 : 1 + depth(parent);
    };
    assert.equal(Math.max(...comments.map((c) => depth(c.id))), 10);

    const pings = item('Template: Pingbacks And Trackbacks').comments.map((c) => c.type);
    assert.deepEqual(countBy(pings), { trackback: 2, pingback: 2, '': 1 });
    assert.deepEqual(countBy(comments.map((c) => c.approved)), { '1': 30, '0': 3 });
    assert.deepEqual(
      comments.map((c) => c.author),
      rawValues(raw, 'wp:comment_author'),
    );
    assert.deepEqual(
      comments.map((c) => c.content),
      rawValues(raw, 'wp:comment_content'),
    );
    assert.equal(item('Template: Comments').comments[0]?.author, 'John Γιάννης Doe Κάποιος');
    assert.ok(comments.every((c) => /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/.test(c.dateGmt)));
    assert.ok(comments.some((c) => /<(strong|em|a|blockquote|code)\b/.test(c.content)));
  });
});

describe('reading', () => {
  const wxr10 = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.0/">
<channel>
  <title>Old &amp; Small</title>
  <link>http://old.example</link>
  <description></description>
  <language>en-GB</language>
  <wp:wxr_version>1.0</wp:wxr_version>
  <wp:base_site_url>http://old.example</wp:base_site_url>
  <wp:base_blog_url>http://old.example</wp:base_blog_url>
  <wp:category><wp:category_nicename>news</wp:category_nicename><wp:category_parent></wp:category_parent><wp:cat_name><![CDATA[News]]></wp:cat_name></wp:category>
  <wp:term><wp:term_id>9</wp:term_id><wp:term_taxonomy>genre</wp:term_taxonomy><wp:term_slug>crime</wp:term_slug><wp:term_parent></wp:term_parent><wp:term_name>Crime</wp:term_name></wp:term>
  <item>
    <title>Private notes</title>
    <dc:creator>editor</dc:creator>
    <content:encoded><![CDATA[A "]]]]><![CDATA[>" inside, and <b>markup</b> — kept.]]></content:encoded>
    <excerpt:encoded><![CDATA[Short]]></excerpt:encoded>
    <wp:post_id>7</wp:post_id>
    <wp:post_date>2009-02-01 10:00:00</wp:post_date>
    <wp:status>private</wp:status>
    <wp:post_type>post</wp:post_type>
    <wp:postmeta><wp:meta_key>mood</wp:meta_key><wp:meta_value><![CDATA[calm]]></wp:meta_value></wp:postmeta>
    <wp:comment>
      <wp:comment_id>3</wp:comment_id>
      <wp:comment_content><![CDATA[Spam, spam]]></wp:comment_content>
      <wp:comment_approved>spam</wp:comment_approved>
      <wp:comment_parent>0</wp:comment_parent>
      <wp:commentmeta><wp:meta_key>akismet_result</wp:meta_key><wp:meta_value>true</wp:meta_value></wp:commentmeta>
    </wp:comment>
  </item>
</channel>
</rss>`;

  test('a WXR 1.0 file, with a prefix it forgot to declare', async () => {
    // Old WordPress versions wrote excerpt:encoded without declaring the excerpt namespace.
    const records = await readAll(chunksOf(wxr10, 1000));
    assert.deepEqual(
      records.map((r) => r.kind),
      ['site', 'category', 'term', 'item'],
    );
    const [site, category, term, item] = records;
    assert.equal(site?.kind === 'site' && site.title, 'Old & Small');
    assert.equal(site?.kind === 'site' && site.wxrVersion, '1.0');
    assert.deepEqual(category, {
      kind: 'category',
      id: null,
      slug: 'news',
      parentSlug: '',
      name: 'News',
      description: '',
    });
    assert.equal(term?.kind === 'term' && term.taxonomy, 'genre');
    assert.ok(item?.kind === 'item');
    assert.equal(item.status, 'private');
    assert.equal(item.content, 'A "]]>" inside, and <b>markup</b> — kept.');
    assert.equal(item.excerpt, 'Short');
    assert.equal(item.modified, null);
    assert.equal(item.sticky, false);
    assert.deepEqual(item.meta, [{ key: 'mood', value: 'calm' }]);
    assert.equal(item.comments[0]?.approved, 'spam');
    assert.deepEqual(item.comments[0]?.meta, [{ key: 'akismet_result', value: 'true' }]);
  });

  test('the same records whatever the chunks: strings of 7 characters, bytes split mid-letter', async () => {
    const whole = await readAll(chunksOf(wxr10, wxr10.length));
    assert.deepEqual(await readAll(chunksOf(wxr10, 7)), whole);
    const bytes = Buffer.from(wxr10);
    const split = bytes.indexOf(Buffer.from('—')) + 1;
    assert.deepEqual(
      await readAll(Readable.from([bytes.subarray(0, split), bytes.subarray(split)])),
      whole,
    );
  });

  test('malformed XML rejects with the line and column', async () => {
    const broken = wxr10.replace('<wp:status>private</wp:status>', '<wp:status>private</wp:stat>');
    const line = broken.slice(0, broken.indexOf('</wp:stat>')).split('\n').length;
    await assert.rejects(readAll(chunksOf(broken, 64)), (err: unknown) => {
      assert.ok(err instanceof WxrParseError);
      assert.equal(err.line, line);
      assert.ok(err.column > 0);
      assert.match(err.message, new RegExp(`^${line}:${err.column}: unexpected close tag`));
      return true;
    });
  });

  test('a file cut short rejects instead of ending quietly', async () => {
    const cut = wxr10.slice(0, wxr10.indexOf('<wp:comment>'));
    await assert.rejects(readAll(chunksOf(cut, 100)), WxrParseError);
  });

  test('a file that is not an export says so', async () => {
    await assert.rejects(
      readAll(chunksOf('<html><body>Hi</body></html>', 100)),
      /1:6: not a WordPress export: the root element is <html>/,
    );
  });

  test('the file name, when given, leads the message', async () => {
    const records = readWxr(chunksOf('<rss><channel><item></channel></rss>', 100), {
      fileName: 'export.xml',
    });
    await assert.rejects(async () => {
      for await (const _ of records);
    }, /^WxrParseError: export\.xml:1:\d+: /);
  });

  test('a consumer can stop early, and the input stops being read', async () => {
    const stream = Readable.from(chunksOf(wxr10, 50));
    const seen: string[] = [];
    for await (const record of readWxr(stream)) {
      seen.push(record.kind);
      if (record.kind === 'category') break;
    }
    assert.deepEqual(seen, ['site', 'category']);
    assert.equal(stream.destroyed, true);
  });

  test(
    'memory stays bounded: the items of the fixture 200 times over',
    {
      skip: fixtureSkipReason(),
    },
    async (t) => {
      const text = fixtureText();
      const first = text.indexOf('<item>');
      const last = text.lastIndexOf('</item>') + '</item>'.length;
      const items = Buffer.from(text.slice(first, last));
      const repeats = 200;
      async function* generated(): AsyncGenerator<Buffer> {
        yield Buffer.from(text.slice(0, first));
        for (let i = 0; i < repeats; i++) {
          // 64 KiB pieces, so multi-byte letters are split between chunks too.
          for (let at = 0; at < items.length; at += 65536) yield items.subarray(at, at + 65536);
        }
        yield Buffer.from(text.slice(last));
      }
      // gc() without --expose-gc on the command line.
      v8.setFlagsFromString('--expose-gc');
      const gc = vm.runInNewContext('gc') as () => void;
      gc();
      const before = process.memoryUsage().heapUsed;
      let peak = 0;
      let count = 0;
      for await (const record of readWxr(generated())) {
        if (record.kind !== 'item') continue;
        count++;
        if (count % 5000 === 0) {
          gc();
          peak = Math.max(peak, process.memoryUsage().heapUsed - before);
        }
      }
      assert.equal(count, 186 * repeats);
      // The input is over 100 MB; what stays on the heap while reading is a few MB at most.
      assert.ok(items.length * repeats > 100e6);
      t.diagnostic(
        `${((items.length * repeats) / 1e6).toFixed(0)} MB read, heap grew by at most ${(peak / 1e6).toFixed(1)} MB`,
      );
      assert.ok(peak < 16e6, `heap grew by ${(peak / 1e6).toFixed(1)} MB`);
    },
  );
});
