import assert from 'node:assert/strict';
import { test } from 'node:test';
import { el, renderXml } from './xml.ts';

test('text and attributes are escaped', () => {
  assert.equal(
    renderXml(el('a', { title: 'Say "hi" & <go>' }, 'x < y & </a> z')),
    '<?xml version="1.0" encoding="UTF-8"?>\n<a title="Say &quot;hi&quot; &amp; &lt;go&gt;">x &lt; y &amp; &lt;/a&gt; z</a>',
  );
});

test('characters XML forbids are dropped; emoji and other scripts are kept', () => {
  assert.equal(
    renderXml(el('t', {}, 'a\u0000b\u0007c\ufffe 🚢 漢字 \ud800x')),
    '<?xml version="1.0" encoding="UTF-8"?>\n<t>abc 🚢 漢字 x</t>',
  );
});

test('empty elements close themselves; missing children and attributes are left out', () => {
  assert.equal(
    renderXml(el('r', { a: undefined, b: 1 }, null, false, el('e'), undefined)),
    '<?xml version="1.0" encoding="UTF-8"?>\n<r b="1"><e/></r>',
  );
});
