import assert from 'node:assert/strict';
import { createReadStream } from 'node:fs';
import { describe, test } from 'node:test';
import { isDeepStrictEqual } from 'node:util';
import {
  bold,
  bullets,
  embed,
  h2,
  h3,
  image,
  italic,
  link,
  numbered,
  p,
  parseDocument,
  quote,
  type ArticleDocument,
  type Block,
  type Inline,
} from '../../domain/articles/document.ts';
import { contentToDocument, type ImageRef } from './content-to-document.ts';
import { FIXTURE, fixtureSkipReason } from './test-fixture.ts';
import { readWxr, type WxrItem } from './wxr-reader.ts';

const br: Inline = { type: 'hardBreak' };
const hr: Block = { type: 'horizontalRule' };
const raw = (html: string): Block => ({ type: 'rawHtml', attrs: { html } });

/** A media library holding attachments 10 to 99 (media id = attachment id + 1000). */
function library(): { resolveImage: (ref: ImageRef) => number | null; asked: ImageRef[] } {
  const asked: ImageRef[] = [];
  return {
    asked,
    resolveImage(ref) {
      asked.push(ref);
      const id = ref.attachmentId;
      return id !== null && id >= 10 && id < 100 ? id + 1000 : null;
    },
  };
}

const includes = (list: Block[], block: Block): boolean =>
  list.some((b) => isDeepStrictEqual(b, block));

const convert = (content: string) => contentToDocument(content, library());
const blocks = (content: string): Block[] => convert(content).document.content;

describe('classic content', () => {
  test('blank lines make paragraphs, single newlines line breaks', () => {
    assert.deepEqual(blocks('First line\nsecond line\n\nSecond paragraph\n\n\n\nThird   one  '), [
      p('First line', br, 'second line'),
      p('Second paragraph'),
      p('Third one'),
    ]);
  });

  test('block-level elements are never wrapped in paragraphs', () => {
    const content = [
      'Intro line:',
      '<ul>',
      '\t<li>One</li>',
      '\t<li>Two</li>',
      '</ul>',
      'After the list',
      '<h2>Heading</h2>',
      'Before quote',
      '<blockquote>Quoted</blockquote>',
      '<pre>  keep   this\n\n  spacing</pre>',
      '<div>In a div</div>',
      '<table><tr><td>cell</td></tr></table>',
      'Last',
    ].join('\n');
    const { document, warnings } = convert(content);
    assert.deepEqual(document.content, [
      p('Intro line:'),
      bullets(['One'], ['Two']),
      p('After the list'),
      h2('Heading'),
      p('Before quote'),
      quote(['Quoted']),
      raw('<pre>  keep   this\n\n  spacing</pre>'),
      p('In a div'),
      raw('<table><tr><td>cell</td></tr></table>'),
      p('Last'),
    ]);
    assert.deepEqual(warnings, ['<table> kept as raw HTML']);
  });

  test('headings: h1 becomes level 2, h5 and h6 level 4', () => {
    assert.deepEqual(
      blocks('<h1>One</h1><h2>Two</h2><h3>Three</h3><h4>Four</h4><h5>Five</h5><h6>Six</h6>').map(
        (b) => (b.type === 'heading' ? b.attrs.level : b.type),
      ),
      [2, 2, 3, 4, 4, 4],
    );
  });

  test('inline formatting becomes marks, entities are decoded', () => {
    assert.deepEqual(
      blocks(
        'Fish &amp; <strong>chips</strong>, <b>peas</b> <em>and</em> <i>gravy</i> with <code>x &lt; y</code> <a href="https://example.org/a?b=1&amp;c=2" title="Where">here</a>.',
      ),
      [
        p(
          'Fish & ',
          bold('chips'),
          ', ',
          bold('peas'),
          ' ',
          italic('and'),
          ' ',
          italic('gravy'),
          ' with ',
          { type: 'text', text: 'x < y', marks: [{ type: 'code' }] },
          ' ',
          {
            type: 'text',
            text: 'here',
            marks: [
              { type: 'link', attrs: { href: 'https://example.org/a?b=1&c=2', title: 'Where' } },
            ],
          },
          '.',
        ),
      ],
    );
  });

  test('links keep their address as written (the renderer drops unsafe ones)', () => {
    assert.deepEqual(blocks('<a href="javascript:alert(1)">x</a> <a href="/about">About</a>'), [
      p(link('x', 'javascript:alert(1)'), ' ', link('About', '/about')),
    ]);
  });

  test('nested and mixed lists', () => {
    const content = `<ol start="3">
\t<li>ordered
<ul>
\t<li><strong>unordered</strong>
<ol>
\t<li>deep</li>
</ol>
</li>
</ul>
</li>
\t<li>ordered two</li>
</ol>`;
    assert.deepEqual(blocks(content), [
      {
        type: 'orderedList',
        attrs: { start: 3 },
        content: [
          {
            type: 'listItem',
            content: [
              p('ordered'),
              {
                type: 'bulletList',
                content: [
                  { type: 'listItem', content: [p(bold('unordered')), numbered(['deep'])] },
                ],
              },
            ],
          },
          { type: 'listItem', content: [p('ordered two')] },
        ],
      },
    ]);
  });

  test('a blockquote keeps its paragraphs, and a closing <cite> names the speaker', () => {
    assert.deepEqual(
      blocks(
        '<blockquote>Only one thing is impossible.\n<cite><a href="http://example.org">Mark Twain</a></cite></blockquote>',
      ),
      [quote(['Only one thing is impossible.'], 'Mark Twain')],
    );
    assert.deepEqual(
      blocks('<blockquote><p>One</p><p>Two <cite>(not last)</cite> words</p></blockquote>'),
      [{ type: 'blockquote', content: [p('One'), p('Two ', italic('(not last)'), ' words')] }],
    );
    assert.deepEqual(
      blocks('<blockquote><p>Words</p><footer>— <cite>Someone</cite>, 2020</footer></blockquote>'),
      [quote(['Words'], 'Someone, 2020')],
    );
  });

  test('[caption] becomes an image with its caption', () => {
    const lib = library();
    const { document, warnings } = contentToDocument(
      '[caption id="attachment_54" align="alignnone" width="604"]<a href="https://old.example/bell.jpg"><img class="wp-image-54 size-large" src="https://old.example/bell.jpg?w=604" alt="Bell on Wharf" width="604" /></a> Bell on wharf in <em>San Francisco</em>[/caption]\n\nAfter.',
      lib,
    );
    assert.deepEqual(document.content, [
      image(1054, 'Bell on wharf in San Francisco'),
      p('After.'),
    ]);
    assert.deepEqual(warnings, []);
    assert.deepEqual(lib.asked, [
      { src: 'https://old.example/bell.jpg?w=604', attachmentId: 54, alt: 'Bell on Wharf' },
    ]);
    // The caption may also be an attribute, and the attachment named only by the shortcode.
    assert.deepEqual(
      blocks(
        '[caption id="attachment_61" caption="Chunk &amp; husk"]<img src="a.jpg" />[/caption]',
      ),
      [image(1061, 'Chunk & husk')],
    );
  });

  test('an image the library lacks stays as raw HTML, with its caption', () => {
    const { document, warnings } = convert(
      '[caption id="attachment_5"]<img class="wp-image-5" src="https://old.example/x.jpg" alt="" /> Lost caption[/caption]',
    );
    assert.deepEqual(document.content, [
      raw(
        '<figure><img class="wp-image-5" src="https://old.example/x.jpg" alt="" /><figcaption>Lost caption</figcaption></figure>',
      ),
    ]);
    assert.deepEqual(warnings, [
      'image https://old.example/x.jpg is not in the media library; kept as raw HTML',
    ]);
  });

  test('an <img class="wp-image-N"> is resolved through resolveImage, and splits its paragraph', () => {
    const lib = library();
    const { document } = contentToDocument(
      'Before <img class="alignleft size-full wp-image-42" src="https://old.example/photo-150x150.jpg" alt="A photo" /> after.',
      lib,
    );
    assert.deepEqual(lib.asked, [
      { src: 'https://old.example/photo-150x150.jpg', attachmentId: 42, alt: 'A photo' },
    ]);
    assert.deepEqual(document.content, [p('Before'), image(1042), p('after.')]);
  });

  test('[gallery ids] gives one image per attachment found; none found is a warning', () => {
    const { document, warnings } = convert('[gallery columns="3" ids="11, 12,400,13"]');
    assert.deepEqual(document.content, [image(1011), image(1012), image(1013)]);
    assert.deepEqual(warnings, ['gallery: images 400 are not in the media library; left out']);
    const none = convert('Text\n\n[gallery ids="400,401"]');
    assert.deepEqual(none.document.content, [p('Text')]);
    assert.deepEqual(none.warnings, [
      'gallery: none of its images (400, 401) is in the media library',
    ]);
  });

  test('[embed] and an address alone on its line become embeds', () => {
    assert.deepEqual(
      blocks(
        'Watch:\n\nhttps://www.youtube.com/watch?v=SQEQr7c0-dw\n\n[embed width="500"]https://vimeo.com/1234[/embed]\nSee https://example.org inline.',
      ),
      [
        p('Watch:'),
        embed('https://www.youtube.com/watch?v=SQEQr7c0-dw', undefined, 'YouTube'),
        embed('https://vimeo.com/1234', undefined, 'Vimeo'),
        p('See https://example.org inline.'),
      ],
    );
  });

  test('other shortcodes stay as text, with a warning; bracketed prose is not one', () => {
    const { document, warnings } = convert(
      'Fill in [contact-form-7 id="4" title="Contact"] and [sic] it [[gallery]].',
    );
    assert.deepEqual(document.content, [
      p('Fill in [contact-form-7 id="4" title="Contact"] and [sic] it [gallery].'),
    ]);
    assert.deepEqual(warnings, [
      'shortcode [contact-form-7] kept as text: Dateline has no equivalent',
    ]);
  });

  test('<hr>, <!--more--> and empty paragraphs', () => {
    assert.deepEqual(blocks('Above\n<hr />\nBelow<!--more-->Rest\n\n<p>&nbsp;</p>\n<p> </p>'), [
      p('Above'),
      hr,
      p('Below'),
      p('Rest'),
    ]);
  });

  test('markup with no node is kept as raw HTML, with a warning naming it', () => {
    const { document, warnings } = convert(
      '<dl><dt>Term</dt><dd>Meaning</dd></dl>\n<iframe src="https://example.org/map"></iframe>\n<video src="a.mp4"></video>\n<dl class="wp-caption"><dt></dt></dl>',
    );
    assert.deepEqual(document.content, [
      raw('<dl><dt>Term</dt><dd>Meaning</dd></dl>'),
      raw('<iframe src="https://example.org/map"></iframe>'),
      raw('<video src="a.mp4"></video>'),
    ]);
    assert.deepEqual(warnings, [
      '<dl> kept as raw HTML',
      '<iframe> kept as raw HTML',
      '<video> kept as raw HTML',
    ]);
  });

  test('a list holding an image the document cannot nest is kept whole as raw HTML', () => {
    const { document, warnings } = convert(
      '<ul><li>One <img class="wp-image-20" src="a.jpg"></li></ul>',
    );
    assert.deepEqual(document.content, [
      raw('<ul><li>One <img class="wp-image-20" src="a.jpg"></li></ul>'),
    ]);
    assert.deepEqual(warnings, ['a list holding an image kept as raw HTML']);
  });
});

describe('block editor content', () => {
  const post = `<!-- wp:paragraph -->
<p>The paragraph&nbsp;block,
with   <strong>bold</strong> text.</p>
<!-- /wp:paragraph -->

<!-- wp:heading {"level":1} -->
<h1>Big</h1>
<!-- /wp:heading -->

<!-- wp:list -->
<ul><!-- wp:list-item -->
<li>One</li>
<!-- /wp:list-item -->

<!-- wp:list-item -->
<li>Two<!-- wp:list -->
<ul><!-- wp:list-item -->
<li>Two and a half</li>
<!-- /wp:list-item --></ul>
<!-- /wp:list --></li>
<!-- /wp:list-item --></ul>
<!-- /wp:list -->

<!-- wp:quote -->
<blockquote class="wp-block-quote"><!-- wp:paragraph -->
<p>Quote block</p>
<!-- /wp:paragraph --><cite>The <em>Citation</em><br></cite></blockquote>
<!-- /wp:quote -->

<!-- wp:image {"id":31,"sizeSlug":"large"} -->
<figure class="wp-block-image size-large"><img src="https://old.example/a.jpg" alt="" class="wp-image-31"/><figcaption class="wp-element-caption">A caption</figcaption></figure>
<!-- /wp:image -->

<!-- wp:separator -->
<hr class="wp-block-separator has-alpha-channel-opacity"/>
<!-- /wp:separator -->

<!-- wp:embed {"url":"https://twitter.com/nacin/status/319508408669708289","type":"rich","providerNameSlug":"twitter"} -->
<figure class="wp-block-embed is-type-rich is-provider-twitter wp-block-embed-twitter"><div class="wp-block-embed__wrapper">
https://twitter.com/nacin/status/319508408669708289
</div><figcaption>A tweet</figcaption></figure>
<!-- /wp:embed -->

<!-- wp:more -->
<!--more-->
<!-- /wp:more -->

<!-- wp:table -->
<figure class="wp-block-table"><table><tbody><tr><td>cell</td></tr></tbody></table><figcaption>Table caption</figcaption></figure>
<!-- /wp:table -->

<!-- wp:group -->
<div class="wp-block-group"><!-- wp:columns -->
<div class="wp-block-columns"><!-- wp:column -->
<div class="wp-block-column"><!-- wp:paragraph -->
<p>Column text</p>
<!-- /wp:paragraph --></div>
<!-- /wp:column --></div>
<!-- /wp:columns --></div>
<!-- /wp:group -->

<!-- wp:jetpack/slideshow {"ids":[1,2]} -->
<div class="wp-block-jetpack-slideshow"><p>Slide one</p></div>
<!-- /wp:jetpack/slideshow -->

<!-- wp:latest-posts /-->

<!-- wp:html -->
<marquee>Hand-written</marquee>
<!-- /wp:html -->

<!-- wp:shortcode -->
[gallery ids="12,13"]
<!-- /wp:shortcode -->`;

  test('maps the blocks that have a node, and keeps the rest as raw HTML with a warning', () => {
    const { document, warnings } = convert(post);
    assert.deepEqual(document.content, [
      p('The paragraph\u00a0block, with ', bold('bold'), ' text.'),
      h2('Big'),
      {
        type: 'bulletList',
        content: [
          { type: 'listItem', content: [p('One')] },
          { type: 'listItem', content: [p('Two'), bullets(['Two and a half'])] },
        ],
      },
      quote(['Quote block'], 'The Citation'),
      image(1031, 'A caption'),
      hr,
      embed('https://twitter.com/nacin/status/319508408669708289', 'A tweet', 'Twitter'),
      raw(
        '<figure class="wp-block-table"><table><tbody><tr><td>cell</td></tr></tbody></table><figcaption>Table caption</figcaption></figure>',
      ),
      p('Column text'),
      raw('<div class="wp-block-jetpack-slideshow"><p>Slide one</p></div>'),
      raw('<marquee>Hand-written</marquee>'),
      image(1012),
      image(1013),
    ]);
    assert.deepEqual(warnings, [
      '<table> kept as raw HTML',
      'block wp:jetpack/slideshow kept as raw HTML',
      'block wp:latest-posts has no saved content (WordPress builds it on each view); left out',
    ]);
  });

  test('newlines inside block HTML are spaces, not line breaks', () => {
    assert.deepEqual(
      blocks('<!-- wp:paragraph -->\n<p>one\ntwo<br>three</p>\n<!-- /wp:paragraph -->'),
      [p('one two', br, 'three')],
    );
  });

  test('a paragraph holding only an address is embedded, as WordPress does', () => {
    assert.deepEqual(
      blocks('<!-- wp:paragraph -->\n<p>https://youtu.be/ex8fMxXJDJw</p>\n<!-- /wp:paragraph -->'),
      [embed('https://youtu.be/ex8fMxXJDJw', undefined, 'YouTube')],
    );
  });

  test('a gallery block gives its images with their captions', () => {
    const { document, warnings } = convert(`<!-- wp:gallery {"ids":[11,500]} -->
<figure class="wp-block-gallery"><ul class="blocks-gallery-grid"><li class="blocks-gallery-item"><figure><img src="a.jpg" alt="" data-id="11" class="wp-image-11"/><figcaption class="blocks-gallery-item__caption">First</figcaption></figure></li><li class="blocks-gallery-item"><figure><img src="b.jpg" alt="" data-id="500" class="wp-image-500"/></figure></li></ul><figcaption class="blocks-gallery-caption">The set</figcaption></figure>
<!-- /wp:gallery -->`);
    assert.deepEqual(document.content, [
      image(1011, 'First'),
      raw('<figure><img src="b.jpg" alt="" data-id="500" class="wp-image-500"/></figure>'),
      p('The set'),
    ]);
    assert.deepEqual(warnings, ['image b.jpg is not in the media library; kept as raw HTML']);
  });
});

// ---------------------------------------------------------------------------------------------
// Every post and page of the real export.

/** Words as a reader sees them: letters and digits. */
const wordsIn = (text: string): string[] => text.match(/[\p{L}\p{N}]+/gu) ?? [];

function decodeEntities(text: string): string {
  const named: Record<string, string> = {
    amp: '&',
    lt: '<',
    gt: '>',
    quot: '"',
    apos: "'",
    nbsp: ' ',
  };
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return String.fromCodePoint(code);
    }
    return named[name.toLowerCase()] ?? whole;
  });
}

/**
 * The visible text of WordPress HTML, worked out independently of the converter: comments,
 * scripts and the tags of the shortcodes it maps are dropped, formatting tags vanish (they can
 * sit inside a word, as in H<sub>2</sub>O), every other tag separates words.
 */
function visibleText(html: string): string {
  return decodeEntities(
    html
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
      .replace(/\[\/?(caption|wp_caption|gallery|embed|audio|video|playlist)\b[^\]]*\]/g, ' ')
      .replace(
        /<\/?(abbr|acronym|b|big|cite|code|del|dfn|em|font|i|ins|kbd|mark|q|s|samp|small|span|strike|strong|sub|sup|time|tt|u|var)\b[^>]*>/gi,
        '',
      )
      .replace(/<[^>]*>/g, ' '),
  );
}

/** Everything of the document a reader can see or that keeps markup for them. */
function documentText(document: ArticleDocument): string {
  const inline = (content: Inline[] = []): string =>
    content.map((n) => (n.type === 'text' ? n.text : ' ')).join('');
  const block = (b: Block | { type: 'listItem'; content: Block[] }): string => {
    switch (b.type) {
      case 'paragraph':
      case 'heading':
        return inline(b.content);
      case 'blockquote':
        return `${b.content.map(block).join(' ')} ${b.attrs?.attribution ?? ''}`;
      case 'bulletList':
      case 'orderedList':
      case 'listItem':
        return b.content.map(block).join(' ');
      case 'image':
        return `${b.attrs.caption ?? ''} ${b.attrs.credit ?? ''}`;
      case 'embed':
        return `${b.attrs.url} ${b.attrs.title ?? ''}`;
      case 'rawHtml':
        return visibleText(b.attrs.html);
      case 'horizontalRule':
        return '';
    }
  };
  return document.content.map(block).join(' ');
}

describe('every post and page of the Theme Unit Test export', { skip: fixtureSkipReason() }, () => {
  const items: WxrItem[] = [];
  const attachmentsById = new Set<number>();
  const attachmentsByUrl = new Map<string, number>();
  // What an importer would do: the attachment by id, else by its address without size suffix.
  const normalise = (src: string): string =>
    src.replace(/\?.*$/, '').replace(/-\d+x\d+(?=\.\w+$)/, '');
  const resolveImage = (ref: ImageRef): number | null => {
    if (ref.attachmentId !== null && attachmentsById.has(ref.attachmentId)) return ref.attachmentId;
    return attachmentsByUrl.get(normalise(ref.src)) ?? null;
  };
  const converted = (title: string) => {
    const item = items.find((i) => i.title === title);
    assert.ok(item, title);
    return contentToDocument(item.content, { resolveImage });
  };

  test('are read', async () => {
    for await (const record of readWxr(createReadStream(FIXTURE))) {
      if (record.kind !== 'item') continue;
      if (record.type === 'attachment') {
        attachmentsById.add(record.id);
        attachmentsByUrl.set(normalise(record.attachmentUrl), record.id);
      } else if (record.type === 'post' || record.type === 'page') {
        items.push(record);
      }
    }
    assert.equal(items.length, 79);
  });

  test('convert into valid documents that lose no word', () => {
    let rawBlocks = 0;
    for (const item of items) {
      const { document, warnings } = contentToDocument(item.content, { resolveImage });
      const label = `${item.type} ${item.id} "${item.title}"`;
      assert.doesNotThrow(() => parseDocument(JSON.parse(JSON.stringify(document))), label);
      const kept = new Set(wordsIn(documentText(document)));
      const lost = [...new Set(wordsIn(visibleText(item.content)))].filter((w) => !kept.has(w));
      assert.deepEqual(lost, [], `${label} lost words`);
      const raws = document.content.filter((b) => b.type === 'rawHtml').length;
      rawBlocks += raws;
      if (raws > 0) assert.ok(warnings.length > 0 || /wp:html|<pre/.test(item.content), label);
      // No empty paragraphs, and nothing but whitespace-free edges.
      for (const b of document.content) {
        if (b.type !== 'paragraph') continue;
        assert.ok(b.content && b.content.length > 0, `${label}: empty paragraph`);
        const first = b.content[0];
        const last = b.content[b.content.length - 1];
        assert.ok(first?.type === 'text' && !/^\s/.test(first.text), `${label}: leading space`);
        assert.ok(last?.type === 'text' && !/ $/.test(last.text), `${label}: trailing space`);
      }
    }
    assert.ok(rawBlocks > 0);
  });

  test('classic post: headings, nested lists, quotations, tables', () => {
    const { document, warnings } = converted('Markup: HTML Tags and Formatting');
    const headings = document.content.flatMap((b) =>
      b.type === 'heading'
        ? [`${b.attrs.level} ${b.content?.[0]?.type === 'text' ? b.content[0].text : ''}`]
        : [],
    );
    assert.deepEqual(headings.slice(0, 6), [
      '2 Header one',
      '2 Header two',
      '3 Header three',
      '4 Header four',
      '4 Header five',
      '4 Header six',
    ]);
    assert.ok(includes(document.content, quote(['Stay hungry. Stay foolish.'])));
    const nested = document.content.find((b) => b.type === 'orderedList');
    assert.equal(nested?.type === 'orderedList' && nested.attrs?.start, 8);
    const depth = (b: Block): number =>
      b.type === 'bulletList' || b.type === 'orderedList'
        ? 1 + Math.max(...b.content.flatMap((li) => li.content.map(depth)))
        : 0;
    assert.equal(depth(nested as Block), 3);
    assert.ok(
      document.content.some((b) => b.type === 'rawHtml' && b.attrs.html.startsWith('<table>')),
    );
    assert.ok(
      document.content.some((b) => b.type === 'rawHtml' && b.attrs.html.startsWith('<pre>')),
    );
    assert.ok(warnings.includes('<table> kept as raw HTML'));
    assert.ok(document.content.some((b) => b.type === 'horizontalRule'));
    assert.ok(
      includes(
        document.content,
        p('1 Infinite Loop', br, 'Cupertino, CA 95014', br, 'United States'),
      ),
    );
  });

  test('classic post: blank-line paragraphs, quotation with a cited speaker', () => {
    assert.equal(converted('Post Format: Chat').document.content.length, 63);
    assert.deepEqual(converted('Post Format: Quote').document.content, [
      quote(
        [
          'Only one thing is impossible for God: To find any sense in any copyright law on the planet.',
        ],
        'Mark Twain',
      ),
    ]);
    assert.deepEqual(converted('Template: More Tag').document.content.length, 3);
  });

  test('[caption] and images resolve to the library', () => {
    assert.deepEqual(converted('Post Format: Image (Caption)').document.content, [
      image(754, 'Bell on wharf in San Francisco'),
    ]);
    const alignment = converted('Markup: Image Alignment').document.content;
    assert.ok(alignment.filter((b) => b.type === 'image').length >= 10);
  });

  test('embeds', () => {
    assert.deepEqual(
      converted('Media: Twitter Embeds').document.content[0],
      embed('https://twitter.com/nacin/status/319508408669708289', undefined, 'Twitter'),
    );
    const blockEmbeds = converted('Block category: Embeds').document.content.filter(
      (b) => b.type === 'embed',
    );
    assert.deepEqual(
      blockEmbeds.map((b) => (b.type === 'embed' ? b.attrs.provider : '')),
      ['Twitter', 'YouTube', 'Facebook', 'Instagram', 'WordPress.tv'],
    );
  });

  test('block editor post', () => {
    const { document, warnings } = converted('WP 6.1 Text category blocks');
    assert.deepEqual(document.content.slice(0, 8), [
      p('This test post was generated using the block theme Emptytheme in WordPress 6.1.1.'),
      p('Paragraph'),
      h2('H1 Heading'),
      h2('H2 Heading'),
      h3('H3 Heading'),
      { type: 'heading', attrs: { level: 4 }, content: [{ type: 'text', text: 'H4 Heading' }] },
      { type: 'heading', attrs: { level: 4 }, content: [{ type: 'text', text: 'H5 Heading' }] },
      { type: 'heading', attrs: { level: 4 }, content: [{ type: 'text', text: 'H6 Heading' }] },
    ]);
    assert.ok(includes(document.content, quote(['Quote block'], 'citation')));
    assert.ok(includes(document.content, quote(['Pull quote'], 'Citation')));
    assert.deepEqual(warnings, ['<table> kept as raw HTML (2 times)']);
  });
});
