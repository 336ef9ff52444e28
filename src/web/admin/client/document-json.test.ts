import assert from 'node:assert/strict';
import { test } from 'node:test';
import { doc, image, p, parseDocument, quote } from '../../../domain/articles/document.ts';
import { toArticleDocument, toEditorContent } from './document-json.ts';
import { embedTarget, isAllowedLink, linkTarget } from './urls.ts';

test('TipTap’s extra attributes and trailing paragraph are dropped', () => {
  const fromEditor = {
    type: 'doc',
    content: [
      {
        type: 'paragraph',
        attrs: { textAlign: null },
        content: [
          {
            type: 'text',
            text: 'See',
            marks: [
              {
                type: 'link',
                attrs: {
                  href: '/news/x',
                  target: '_blank',
                  rel: 'noopener',
                  class: null,
                  title: null,
                },
              },
            ],
          },
        ],
      },
      {
        type: 'orderedList',
        attrs: { start: 1, type: null },
        content: [
          {
            type: 'listItem',
            content: [{ type: 'paragraph', content: [{ type: 'text', text: 'a' }] }],
          },
        ],
      },
      {
        type: 'orderedList',
        attrs: { start: 4, type: null },
        content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }],
      },
      { type: 'blockquote', attrs: { attribution: '  ' }, content: [{ type: 'paragraph' }] },
      { type: 'image', attrs: { mediaId: 7, caption: null, credit: '' } },
      { type: 'embed', attrs: { url: 'https://v.example/1', title: null, provider: null } },
      { type: 'rawHtml', attrs: { html: '<b>x</b>' } },
      { type: 'paragraph', content: [] },
      { type: 'paragraph' },
    ],
  };
  const result = toArticleDocument(fromEditor);
  assert.deepEqual(result.content, [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'See', marks: [{ type: 'link', attrs: { href: '/news/x' } }] },
      ],
    },
    { type: 'orderedList', content: [{ type: 'listItem', content: [p('a')] }] },
    {
      type: 'orderedList',
      attrs: { start: 4 },
      content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }],
    },
    { type: 'blockquote', content: [{ type: 'paragraph' }] },
    image(7),
    { type: 'embed', attrs: { url: 'https://v.example/1' } },
    { type: 'rawHtml', attrs: { html: '<b>x</b>' } },
  ]);
  parseDocument(result);
});

test('a stored document survives the trip through the editor’s shape', () => {
  const stored = doc(p('One'), quote(['Two'], 'Someone'), image(3, 'Caption', 'Credit'));
  assert.deepEqual(toArticleDocument(toEditorContent(stored)), stored);
  // ProseMirror needs a block to put the cursor in; an empty body comes back empty.
  assert.deepEqual(toEditorContent(doc()), { type: 'doc', content: [{ type: 'paragraph' }] });
  assert.deepEqual(toArticleDocument(toEditorContent(doc())), doc());
});

test('links: web addresses, mailto and site paths only', () => {
  for (const ok of [
    'https://example.org/a?b#c',
    'http://x.test',
    'mailto:desk@example.org',
    '/news/story',
  ])
    assert.ok(isAllowedLink(ok), ok);
  for (const bad of [
    'javascript:alert(1)',
    'data:text/html,x',
    '//evil.test/x',
    'ftp://x.test',
    'story',
    '',
  ])
    assert.ok(!isAllowedLink(bad), bad);
  assert.equal(linkTarget(' example.org/story '), 'https://example.org/story');
  assert.equal(linkTarget('JavaScript:alert(1)'), null);
  assert.equal(embedTarget('mailto:a@b.test'), null);
  assert.equal(embedTarget('video.example.com/watch/1'), 'https://video.example.com/watch/1');
});
