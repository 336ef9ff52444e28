import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  bold,
  bullets,
  doc,
  embed,
  h2,
  image,
  italic,
  link,
  numbered,
  p,
  quote,
} from './document.ts';
import { documentToText, textToDocument } from './text-document.ts';

test('plain text with a little Markdown becomes an article document', () => {
  const text = [
    'First paragraph with **bold**, *italic* and [a link](https://example.org).',
    '',
    '## A subhead',
    '',
    '> “We will not be moved,” she said.',
    '> — Mara Quint, union secretary',
    '',
    '- one',
    '- two',
    '',
    '![Cranes at dusk](media:12)',
    '',
    '![Drone footage](embed:https://video.example.org/v/1)',
  ].join('\n');
  assert.deepEqual(
    textToDocument(text),
    doc(
      p(
        'First paragraph with ',
        bold('bold'),
        ', ',
        italic('italic'),
        ' and ',
        link('a link', 'https://example.org'),
        '.',
      ),
      h2('A subhead'),
      quote(['“We will not be moved,” she said.'], 'Mara Quint, union secretary'),
      bullets(['one'], ['two']),
      image(12, 'Cranes at dusk'),
      embed('https://video.example.org/v/1', 'Drone footage'),
    ),
  );
});

test('a document survives the trip to text and back', () => {
  const original = doc(
    p('Text with * and _ and # that are just characters.'),
    h2('Subhead'),
    quote(['One.', 'Two.'], 'Someone'),
    numbered(['first'], ['second']),
    image(3, 'A caption [with brackets]'),
    { type: 'rawHtml', attrs: { html: '<table><tr><td>1</td></tr></table>' } },
    { type: 'horizontalRule' },
    p('Line one', { type: 'hardBreak' }, 'line two'),
  );
  assert.deepEqual(textToDocument(documentToText(original)), original);
});

test('raw HTML typed as text is text, not markup', () => {
  assert.deepEqual(
    textToDocument('<script>alert(1)</script>'),
    doc(p('<script>alert(1)</script>')),
  );
});
