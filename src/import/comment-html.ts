// Imported comments arrive as HTML (WordPress stores a comment's markup; Disqus exports it), but
// Dateline keeps what a commenter wrote as text and renders it itself (decision 0003). This turns
// that HTML into the text the comment renderer understands: paragraphs and line breaks as blank
// lines and newlines, links as Markdown links or bare addresses, emphasis and code as Markdown,
// quotations as "> " lines. Everything else keeps only its words, so no markup is ever stored.
import { parseHtml, type HtmlElement, type HtmlNode } from './wordpress/html-tree.ts';

const SAFE_HREF = /^(https?:\/\/|mailto:)/i;

/** Characters the comment renderer would read as Markdown, escaped so they show as typed. */
function escapeText(text: string): string {
  // Web addresses are left as written: the renderer links them, and an escape would break them.
  return text
    .split(/((?:https?:\/\/|www\.)[^\s<>"]+)/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part
            .replace(/\\(?=[!-/:-@[-`{-~])/g, '\\\\')
            .replace(/[`*_]/g, (c) => `\\${c}`)
            // Only what would start a link or an autolink: "[…]" alone stays as written.
            .replace(/\](?=\()/g, '\\]')
            .replace(/<(?=[a-z])/gi, '\\<')
            // An entity the commenter typed as text ("&lt;") must not become the character.
            .replace(/&(?=#?\w+;)/g, '\\&')
            .replace(/^([ \t]*)>/gm, '$1\\>'),
    )
    .join('');
}

/** A link target as Markdown accepts it: no spaces or parentheses to end it early. */
const escapeHref = (href: string) => href.replace(/[\s()<>]/g, (c) => encodeURIComponent(c));

const BLOCKS = new Set([
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'pre',
  'li',
  'table',
  'tr',
  'figure',
  'section',
  'article',
  'dl',
]);
const DROPPED = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object']);

class TextWriter {
  private out = '';
  /** Just after a <br>: a newline in the source right after it is the same break. */
  private broke = false;

  /** Ends the current paragraph: the next text starts after a blank line. */
  paragraph(): void {
    this.out = this.out.replace(/[ \t]+$/, '');
    if (this.out !== '' && !this.out.endsWith('\n\n'))
      this.out += this.out.endsWith('\n') ? '\n' : '\n\n';
    this.broke = false;
  }

  line(): void {
    this.out = `${this.out.replace(/[ \t]+$/, '')}\n`;
    this.broke = true;
  }

  write(text: string): void {
    this.out += this.broke ? text.replace(/^[ \t]*\n/, '') : text;
    if (text !== '') this.broke = false;
  }

  get text(): string {
    return this.out;
  }
}

function inner(nodes: HtmlNode[]): string {
  const writer = new TextWriter();
  nodes.forEach((n) => walk(n, writer));
  return writer.text;
}

/** `**text**`-style wrapping, keeping surrounding spaces outside (Markdown needs that). */
function wrap(text: string, marker: string): string {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(text);
  const [, before = '', middle = '', after = ''] = match ?? [];
  return middle ? `${before}${marker}${middle}${marker}${after}` : text;
}

function link(el: HtmlElement): string {
  const label = inner(el.children).replace(/\s+/g, ' ').trim();
  const href = (el.attrs.href ?? '').trim();
  if (!SAFE_HREF.test(href)) return label;
  const bare = href.replace(/^mailto:/i, '');
  // A link that shows its own address is written as the address: the renderer links it again.
  if (!label || label === href || label === bare || label === href.replace(/^https?:\/\//i, ''))
    return /^https?:\/\//i.test(href) ? ` ${href} ` : bare;
  return `[${label}](${escapeHref(href)})`;
}

function walk(node: HtmlNode, w: TextWriter): void {
  if (node.kind === 'comment') return;
  if (node.kind === 'text') {
    w.write(escapeText(node.text));
    return;
  }
  const el = node;
  if (DROPPED.has(el.name)) return;
  switch (el.name) {
    case 'br':
      w.line();
      return;
    case 'a':
      w.write(link(el));
      return;
    case 'strong':
    case 'b':
      w.write(wrap(inner(el.children), '**'));
      return;
    case 'em':
    case 'i':
      w.write(wrap(inner(el.children), '*'));
      return;
    case 'code': {
      const code = el.children.map((c) => (c.kind === 'text' ? c.text : '')).join('');
      const fence = code.includes('`') ? '``' : '`';
      w.write(code.trim() ? `${fence}${fence === '``' ? ` ${code} ` : code}${fence}` : '');
      return;
    }
    case 'q':
      w.write(`“${inner(el.children)}”`);
      return;
    case 'img':
      if (el.attrs.alt?.trim()) w.write(escapeText(el.attrs.alt.trim()));
      return;
    case 'blockquote': {
      const quoted = inner(el.children).trim();
      if (!quoted) return;
      w.paragraph();
      w.write(
        quoted
          .split('\n')
          .map((l) => (l.trim() ? `> ${l}` : '>'))
          .join('\n'),
      );
      w.paragraph();
      return;
    }
    case 'ul':
    case 'ol': {
      // The renderer has no lists: items become lines starting with "-" or their number.
      let n = Number(el.attrs.start ?? 1) || 1;
      w.paragraph();
      for (const child of el.children) {
        if (child.kind !== 'element' || child.name !== 'li') continue;
        const marker = el.name === 'ol' ? `${n++}.` : '-';
        w.write(`${marker} ${inner(child.children).trim().replace(/\n+/g, ' ')}`);
        w.line();
      }
      w.paragraph();
      return;
    }
  }
  const block = BLOCKS.has(el.name);
  if (block) w.paragraph();
  el.children.forEach((c) => walk(c, w));
  if (block) w.paragraph();
}

/**
 * The text of a comment written in HTML, for `renderCommentText`. Line breaks in the HTML's text
 * count, as WordPress shows them (its comments are formatted with wpautop).
 */
export function commentHtmlToText(html: string): string {
  const writer = new TextWriter();
  const tree = parseHtml(html.replace(/\r\n?/g, '\n'));
  tree.children.forEach((n) => walk(n, writer));
  return writer.text
    .split('\n')
    .map((l) => l.replace(/[ \t]+/g, ' ').replace(/^ (?=\S)/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
