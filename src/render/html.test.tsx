import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderToString } from 'preact-render-to-string';
import { Apart, renderDocument, renderFragment } from './html.ts';

const List = ({ items, depth }: { items: string[]; depth: number }) => (
  <ol>
    <Apart>
      {items.map((item) => (
        <li key={item}>
          {item}
          {depth > 0 ? <List items={[`${item}.1`, `${item}.2`]} depth={depth - 1} /> : null}
        </li>
      ))}
    </Apart>
  </ol>
);

const Page = () => (
  <html lang="en">
    <body>
      <h1>Comments “quoted” &amp; 😀</h1>
      <List items={['a', 'b <script>', 'c']} depth={2} />
      <p>After the list</p>
    </body>
  </html>
);

test('a document with lists rendered apart is the same HTML as rendered in one piece', () => {
  const whole = `<!doctype html>${renderToString(<Page />)}`;
  const bytes = renderDocument(<Page />);
  assert.equal(bytes.toString('utf8'), whole);
  assert.equal(bytes.length, Buffer.byteLength(whole), 'UTF-8, emoji included');
  assert.match(whole, /<li>b &lt;script>.*<ol><li>b &lt;script>\.1/);
  assert.doesNotMatch(whole, /<!--/, 'no marker is left anywhere');
  assert.equal(renderFragment(<List items={['x']} depth={0} />), '<ol><li>x</li></ol>');
});

test('text that looks like a marker is escaped, never spliced', () => {
  const sneaky = '<!--dateline-apart-000000000000000000-->';
  const page = (
    <div>
      <Apart>{[<p key="1">{sneaky}</p>]}</Apart>
      {sneaky}
    </div>
  );
  const html = renderDocument(page).toString('utf8');
  assert.equal(html, `<!doctype html>${renderToString(page)}`);
  assert.equal((html.match(/&lt;!--dateline-apart/g) ?? []).length, 2);
});
