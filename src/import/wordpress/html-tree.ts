// A small HTML tree built with htmlparser2's tokenizer. Our own node types (rather than
// domhandler's, which htmlparser2 does not re-export) keep each element's position in the source,
// so markup we cannot map is kept exactly as the author wrote it.
import { Parser } from 'htmlparser2';

export interface HtmlElement {
  kind: 'element';
  /** Lower-case tag name. */
  name: string;
  /** Attribute values, entities decoded. */
  attrs: Record<string, string>;
  children: HtmlNode[];
  /** Offsets of the first and last character of the element in the parsed string. */
  start: number;
  end: number;
}
export interface HtmlText {
  kind: 'text';
  /** Entities decoded. */
  text: string;
}
export interface HtmlComment {
  kind: 'comment';
  text: string;
}
export type HtmlNode = HtmlElement | HtmlText | HtmlComment;

/** Parses an HTML fragment the way a browser would tolerate it (implied closes, void tags). */
export function parseHtml(html: string): HtmlElement {
  const root: HtmlElement = {
    kind: 'element',
    name: '#root',
    attrs: {},
    children: [],
    start: 0,
    end: html.length - 1,
  };
  const stack: HtmlElement[] = [root];
  const current = (): HtmlElement => stack[stack.length - 1] ?? root;
  // An element's end is its closing tag's, or for one closed by implication, the end of the last
  // thing it holds: the parser's position then belongs to the tag that closed it.
  const reach = (el: HtmlElement, end: number): void => {
    if (end > el.end) el.end = end;
  };
  const parser: Parser = new Parser(
    {
      onopentag(name, attrs) {
        const el: HtmlElement = {
          kind: 'element',
          name,
          attrs,
          children: [],
          start: parser.startIndex,
          end: parser.endIndex,
        };
        current().children.push(el);
        stack.push(el);
      },
      onclosetag(_name, isImplied) {
        const el = stack.pop();
        if (!el) return;
        if (!isImplied) el.end = Math.min(parser.endIndex, html.length - 1);
        reach(current(), el.end);
      },
      ontext(text) {
        const parent = current();
        const last = parent.children[parent.children.length - 1];
        // The tokenizer hands out text in pieces (around entities); keep one node per run.
        if (last?.kind === 'text') last.text += text;
        else parent.children.push({ kind: 'text', text });
        reach(parent, Math.min(parser.endIndex, html.length - 1));
      },
      oncomment(text) {
        current().children.push({ kind: 'comment', text });
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return root;
}

export const isElement = (node: HtmlNode | undefined, name?: string): node is HtmlElement =>
  node?.kind === 'element' && (name === undefined || node.name === name);

/** Every element below `el` (depth first, document order) that matches. */
export function findAll(el: HtmlElement, match: (e: HtmlElement) => boolean): HtmlElement[] {
  const found: HtmlElement[] = [];
  const visit = (node: HtmlNode): void => {
    if (node.kind !== 'element') return;
    if (match(node)) found.push(node);
    node.children.forEach(visit);
  };
  el.children.forEach(visit);
  return found;
}

const INVISIBLE = new Set(['script', 'style', 'template', 'noscript']);

/** The text a reader sees, on one line: `<br>` and blocks become spaces, whitespace collapses. */
export function plainText(node: HtmlNode, skip?: (el: HtmlElement) => boolean): string {
  const parts: string[] = [];
  const visit = (n: HtmlNode): void => {
    if (n.kind === 'text') parts.push(n.text);
    else if (n.kind === 'element' && !INVISIBLE.has(n.name) && !skip?.(n)) {
      if (n.name === 'br') parts.push(' ');
      n.children.forEach(visit);
      if (n.name === 'p' || n.name === 'li' || n.name === 'div') parts.push(' ');
    }
  };
  visit(node);
  return parts
    .join('')
    .replace(/[ \t\n\r\f]+/g, ' ')
    .trim();
}

/** Elements that show something even without text. */
const MEDIA = new Set([
  'img',
  'video',
  'audio',
  'iframe',
  'object',
  'embed',
  'svg',
  'canvas',
  'picture',
  'input',
  'select',
  'textarea',
  'button',
  'math',
  'hr',
]);

/** True when the markup shows nothing: no text (no-break spaces count as none) and no media. */
export function isBlank(el: HtmlElement): boolean {
  if (/\S/.test(plainText(el)) || MEDIA.has(el.name)) return false;
  return findAll(el, (e) => MEDIA.has(e.name)).length === 0;
}
