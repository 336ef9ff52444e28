// The small rules of the import, each on its own: PHP-serialised metadata, comment HTML to text,
// statuses, times, addresses, picture references, table headers, and the report.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { renderCommentText } from '../../src/domain/comments/comment-text.ts';
import { commentHtmlToText } from '../../src/import/comment-html.ts';
import { DisqusParseError, readDisqus } from '../../src/import/disqus/disqus-reader.ts';
import { formatSummary, ImportReport, warningKind } from '../../src/import/import-report.ts';
import { contentToDocument } from '../../src/import/wordpress/content-to-document.ts';
import {
  articleSlug,
  articleStatus,
  commentStatus,
  gmtTime,
  itemTime,
  oldPath,
  pictureReferences,
  pictureType,
  pictureUrlKey,
  plainTextOf,
  termSlug,
} from '../../src/import/wordpress/item-mapping.ts';
import { serializePhp, unserializePhp } from '../../src/import/wordpress/php-serialized.ts';
import { withHeaderScopes } from '../../src/import/wordpress/table-headers.ts';

describe('PHP-serialised metadata', () => {
  test('reads what WordPress writes, byte lengths and all', () => {
    const meta =
      'a:4:{s:5:"width";i:1200;s:6:"height";i:800;s:4:"file";s:17:"2026/02/café.jpg";s:10:"image_meta";a:2:{s:6:"credit";s:11:"Hester Wren";s:12:"aperture";d:2.8;}}';
    // "café" is 5 bytes in UTF-8: the length counts bytes. (The last key's length is wrong.)
    assert.equal(unserializePhp(meta), undefined, 'a wrong length is refused, not guessed');
    const good =
      'a:4:{s:5:"width";i:1200;s:6:"height";i:800;s:4:"file";s:17:"2026/02/café.jpg";s:10:"image_meta";a:3:{s:6:"credit";s:11:"Hester Wren";s:8:"aperture";d:2.8;s:8:"keywords";a:0:{}}}';
    assert.deepEqual(unserializePhp(good), {
      width: 1200,
      height: 800,
      file: '2026/02/café.jpg',
      image_meta: { credit: 'Hester Wren', aperture: 2.8, keywords: {} },
    });
    assert.deepEqual(unserializePhp('a:2:{i:0;b:1;i:1;N;}'), { '0': true, '1': null });
    assert.deepEqual(unserializePhp('O:8:"stdClass":1:{s:1:"a";i:1;}'), { a: 1 });
  });

  test('refuses anything malformed or too deep, and round-trips what it writes', () => {
    for (const bad of ['', 'i:1', 's:5:"abc";', 'a:1:{s:1:"a";}', 'x:1;', 'i:1;junk'])
      assert.equal(unserializePhp(bad), undefined, bad);
    assert.equal(unserializePhp('a:1:{i:0;'.repeat(40) + 'N;' + '}'.repeat(40)), undefined);
    const value = { width: 640, height: 480, file: 'Ελλάδα.jpg', sizes: { '0': 'x' } };
    assert.deepEqual(unserializePhp(serializePhp(value)), value);
  });
});

describe('comment HTML to text', () => {
  const render = (html: string) => renderCommentText(commentHtmlToText(html)).html;

  test('paragraphs, line breaks, emphasis, code and quotations survive', () => {
    assert.equal(
      commentHtmlToText(
        '<p>First <strong>bold</strong> and <em>italic</em>,<br />\nthen <code>x &lt; y</code>.</p><blockquote><p>Quoted.</p></blockquote><p>Last</p>',
      ),
      'First **bold** and *italic*,\nthen `x < y`.\n\n> Quoted.\n\nLast',
    );
    // WordPress keeps newlines in a comment as its line breaks and paragraphs.
    assert.equal(commentHtmlToText('One\ntwo\n\nthree'), 'One\ntwo\n\nthree');
  });

  test('links keep their words and addresses; unsafe ones keep only their words', () => {
    assert.equal(
      render('See <a href="https://example.org/a_b?x=1">the plan</a> or https://example.org/c_d.'),
      '<p>See <a href="https://example.org/a_b?x=1" rel="nofollow ugc noopener">the plan</a> or <a href="https://example.org/c_d" rel="nofollow ugc noopener">https://example.org/c_d</a>.</p>',
    );
    assert.equal(render('<a href="javascript:alert(1)">click</a>'), '<p>click</p>');
    assert.equal(
      commentHtmlToText('<a href="https://example.org/">https://example.org/</a>'),
      'https://example.org/',
    );
  });

  test('markup never comes through; what looks like Markdown in the text stays text', () => {
    assert.equal(
      render(
        '<script>alert(1)</script><img src=x onerror=alert(1) alt="a picture"><iframe></iframe>',
      ),
      '<p>a picture</p>',
    );
    assert.equal(
      render('2 * 3 * 4 and [link](https://x.example) &amp;lt;b&amp;gt;'),
      // The address is linked as any typed address is; the entity the reader typed shows as typed.
      '<p>2 * 3 * 4 and [link](<a href="https://x.example" rel="nofollow ugc noopener">https://x.example</a>) &amp;lt;b&amp;gt;</p>',
    );
    assert.equal(render('<ul><li>one</li><li>two</li></ul>'), '<p>- one<br />\n- two</p>');
  });
});

describe('statuses, times and addresses', () => {
  test('post statuses', () => {
    const status = (s: string, password = '') => articleStatus({ status: s, password });
    assert.deepEqual(status('publish'), { status: 'published', note: null });
    assert.equal(status('publish', 'secret').status, 'draft');
    assert.equal(status('future').status, 'scheduled');
    assert.equal(status('pending').status, 'review');
    assert.equal(status('private').status, 'draft');
    assert.equal(status('trash').status, 'trash');
    assert.equal(status('auto-draft').status, null);
    assert.deepEqual(['1', '0', 'spam', 'trash', 'post-trashed', 'odd'].map(commentStatus), [
      'approved',
      'pending',
      'spam',
      'trash',
      'trash',
      null,
    ]);
  });

  test('GMT when valid, else the local time in the old site’s zone', () => {
    assert.equal(gmtTime('2012-01-07 14:07:21')?.toISOString(), '2012-01-07T14:07:21.000Z');
    assert.equal(gmtTime('0000-00-00 00:00:00'), null);
    assert.equal(gmtTime('2021-02-30 10:00:00'), null);
    assert.equal(
      itemTime('0000-00-00 00:00:00', '2026-07-01 09:00:00', 'Europe/London')?.toISOString(),
      '2026-07-01T08:00:00.000Z',
    );
    assert.equal(
      itemTime(null, '2026-01-15 09:00:00', 'Europe/London')?.toISOString(),
      '2026-01-15T09:00:00.000Z',
    );
    assert.equal(itemTime('bad', 'also bad', 'UTC'), null);
  });

  test('slugs are lower-case ASCII; other scripts give way to the title’s Latin words', () => {
    assert.equal(articleSlug({ name: 'template-sticky', title: 'x', id: 1 }), 'template-sticky');
    assert.equal(
      articleSlug({
        name: '%ce%b5%cf%80%ce%af%cf%80%ce%b5%ce%b4%ce%bf-2',
        title: 'Επίπεδο 2 - Second level',
        id: 2,
      }),
      '2-second-level',
    );
    assert.equal(articleSlug({ name: '', title: 'Café Society', id: 3 }), 'cafe-society');
    assert.equal(articleSlug({ name: '', title: 'Ελληνικά', id: 4 }), 'post-4');
    assert.equal(termSlug('sticky', 'sticky-2'), 'sticky');
    assert.equal(
      plainTextOf('Markup: Title <em>With</em> <b>Mark<sup>up</sup></b> &amp; more'),
      'Markup: Title With Markup & more',
    );
    assert.equal(oldPath('https://example.org/2012/01/07/post/?x=1'), '/2012/01/07/post/?x=1');
    assert.equal(oldPath('not a url'), null);
  });

  test('pictures are found by every address WordPress made of them', () => {
    const key = pictureUrlKey('https://Old.example/wp-content/uploads/2026/02/mill-bridge.jpg');
    for (const variant of [
      'http://old.example/wp-content/uploads/2026/02/mill-bridge-800x533.jpg',
      'https://old.example/wp-content/uploads/2026/02/mill-bridge.jpg?w=604&h=400',
      'https://old.example/wp-content/uploads/2026/02/mill-bridge-scaled.jpg',
    ])
      assert.equal(pictureUrlKey(variant), key, variant);
    assert.equal(pictureType('https://x.example/a.JPG?w=1'), 'image/jpeg');
    assert.equal(pictureType('https://x.example/song.mp3'), null);
    const refs = pictureReferences(
      '[caption id="attachment_54"]<img class="wp-image-54" src="//cdn.example/a-150x150.png" data-id="55">[/caption][gallery ids="1, 2,3"]<!-- wp:image {"id":31} -->',
    );
    assert.deepEqual(
      refs.ids.sort((a, b) => a - b),
      [1, 2, 3, 31, 54, 55],
    );
    assert.deepEqual(refs.urls, ['https://cdn.example/a-150x150.png']);
  });
});

describe('what the import changes in bodies', () => {
  test('table headers get the scope screen readers need', () => {
    assert.equal(
      withHeaderScopes(
        '<table><thead><tr><th>Name</th><th scope="col">Age</th></tr></thead><tbody><tr><th>Ann</th><td>4</td></tr></tbody></table>',
      ),
      '<table><thead><tr><th scope="col">Name</th><th scope="col">Age</th></tr></thead><tbody><tr><th scope="row">Ann</th><td>4</td></tr></tbody></table>',
    );
    assert.equal(withHeaderScopes('<p>no table</p>'), '<p>no table</p>');
  });

  test('a quotation captioned with its speaker, and Dateline’s own picture credits', () => {
    const { document } = contentToDocument(
      '<figure class="pull-quote"><blockquote><p>We are here to finish this.</p></blockquote><figcaption>— A negotiator</figcaption></figure><figure class="body-image"><img src="https://x.example/a.jpg" alt=""><figcaption><span class="caption">Cranes</span> <span class="credit">(Ines Halloran/Northgate Wire)</span></figcaption></figure>',
      { resolveImage: () => 7 },
    );
    assert.deepEqual(document.content, [
      {
        type: 'blockquote',
        attrs: { attribution: 'A negotiator' },
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'We are here to finish this.' }] },
        ],
      },
      {
        type: 'image',
        attrs: { mediaId: 7, caption: 'Cranes', credit: 'Ines Halloran/Northgate Wire' },
      },
    ]);
  });
});

describe('the report', () => {
  test('counts warnings per kind, with a few examples each', () => {
    assert.equal(
      warningKind('image https://old.example/x.jpg is not in the media library; kept as raw HTML'),
      'image … is not in the media library; kept as raw HTML',
    );
    assert.equal(
      warningKind('gallery: images 400, 401 are missing'),
      'gallery: images N are missing',
    );
    assert.equal(warningKind('mp3 attachment'), 'mp3 attachment');
    const report = new ImportReport();
    report.added('posts', 2);
    report.skip('menu items');
    for (let i = 1; i <= 5; i++)
      report.warn(`image https://x.example/${i}.jpg is missing`, `post ${i}`);
    report.converterWarnings(['<table> kept as raw HTML (3 times)'], 'post 9');
    const summary = report.summary();
    assert.deepEqual(
      summary.warnings.map((w) => [w.kind, w.count, w.examples.length]),
      [
        ['image … is missing', 5, 3],
        ['<table> kept as raw HTML', 3, 1],
      ],
    );
    assert.deepEqual(formatSummary(summary).slice(0, 5), [
      'Imported:',
      '  2 posts',
      'Skipped:',
      '  1 menu items',
      'Warnings:',
    ]);
  });
});

describe('the Disqus reader', () => {
  async function* text(value: string) {
    yield value;
  }
  const readAll = async (value: string) => {
    const out = [];
    for await (const r of readDisqus(text(value))) out.push(r);
    return out;
  };

  test('refuses what is not a Disqus export, or is cut short', async () => {
    await assert.rejects(readAll('<rss><channel/></rss>'), /not a Disqus export/);
    await assert.rejects(
      readAll('<disqus xmlns="http://disqus.com"><thread><id>x'),
      DisqusParseError,
    );
  });

  test('reads a post’s thread and parent from their dsq:id', async () => {
    const [post] = await readAll(
      '<disqus xmlns="http://disqus.com" xmlns:dsq="http://disqus.com/disqus-internals"><post dsq:id="2"><message><![CDATA[<p>Hi</p>]]></message><isSpam>true</isSpam><author><name>A</name></author><thread dsq:id="1"/><parent dsq:id="3"/></post></disqus>',
    );
    assert.ok(post?.kind === 'post');
    assert.deepEqual(
      [post.id, post.threadId, post.parentId, post.message, post.isSpam, post.author.name],
      ['2', '1', '3', '<p>Hi</p>', true, 'A'],
    );
  });
});
