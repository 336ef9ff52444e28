import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderCommentText } from './comment-text.ts';

test('paragraphs and line breaks are kept', () => {
  assert.equal(
    renderCommentText('First line\nsecond line\n\nNew paragraph').html,
    '<p>First line<br />\nsecond line</p>\n<p>New paragraph</p>',
  );
});

test('URLs become links with rel="nofollow ugc" and are counted', () => {
  const { html, linkCount } = renderCommentText(
    'See https://example.org/a and https://example.org/b',
  );
  assert.equal(linkCount, 2);
  assert.match(html, /<a href="https:\/\/example\.org\/a" rel="nofollow ugc noopener">/);
});

test('HTML typed into a comment is shown as text, never run', () => {
  const { html } = renderCommentText('<script>alert(1)</script><img src=x onerror=alert(1)>');
  assert.doesNotMatch(html, /<script|<img/);
  assert.match(html, /&lt;script&gt;/);
});

test('javascript: and other unsafe links never become links', () => {
  for (const text of [
    '[click](javascript:alert(1))',
    '[click](JAVASCRIPT:alert(1))',
    '[click](java\tscript:alert(1))',
    '<javascript:alert(1)>',
    '[x](data:text/html;base64,PHNjcmlwdD4=)',
    '[x](vbscript:msgbox)',
  ]) {
    const { html, linkCount } = renderCommentText(text);
    assert.equal(linkCount, 0, text);
    assert.doesNotMatch(html, /href=/i, text);
  }
});

test('a little Markdown: emphasis, code and safe links', () => {
  const { html } = renderCommentText('*really* `code` [site](https://example.net)');
  assert.equal(
    html,
    '<p><em>really</em> <code>code</code> <a href="https://example.net" rel="nofollow ugc noopener">site</a></p>',
  );
});

test('quotes in a link address cannot break out of the attribute', () => {
  const { html } = renderCommentText('https://example.net/"onmouseover="alert(1)');
  assert.doesNotMatch(html, /" onmouseover=/);
});
