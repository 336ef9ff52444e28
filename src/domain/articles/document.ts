// The article body is a structured document (TipTap/ProseMirror-shaped JSON). It is the source of
// truth: the editor edits it, the importer produces it, search and feeds read its text, and the
// server renders it to HTML on every view. Rendered HTML is never stored in its place.

export type Mark =
  | { type: 'bold' }
  | { type: 'italic' }
  | { type: 'code' }
  | { type: 'link'; attrs: { href: string; title?: string } };

export type Inline = { type: 'text'; text: string; marks?: Mark[] } | { type: 'hardBreak' };

export interface Paragraph {
  type: 'paragraph';
  content?: Inline[];
}
export interface Heading {
  type: 'heading';
  attrs: { level: 2 | 3 | 4 };
  content?: Inline[];
}
export interface Blockquote {
  type: 'blockquote';
  attrs?: { attribution?: string };
  content: Paragraph[];
}
export interface ListItem {
  type: 'listItem';
  content: (Paragraph | BulletList | OrderedList)[];
}
export interface BulletList {
  type: 'bulletList';
  content: ListItem[];
}
export interface OrderedList {
  type: 'orderedList';
  attrs?: { start?: number };
  content: ListItem[];
}
/** An inline image refers to a media record; caption/credit here override the record's. */
export interface ImageBlock {
  type: 'image';
  attrs: { mediaId: number; caption?: string; credit?: string };
}
/** Social posts, video and the like are shown as links: no third-party script runs on the page. */
export interface EmbedBlock {
  type: 'embed';
  attrs: { url: string; title?: string; provider?: string };
}
/** Imported markup we cannot map; sanitised on render. */
export interface RawHtmlBlock {
  type: 'rawHtml';
  attrs: { html: string };
}
export interface HorizontalRule {
  type: 'horizontalRule';
}

export type Block =
  | Paragraph
  | Heading
  | Blockquote
  | BulletList
  | OrderedList
  | ImageBlock
  | EmbedBlock
  | RawHtmlBlock
  | HorizontalRule;

export interface ArticleDocument {
  type: 'doc';
  content: Block[];
}

export class InvalidDocumentError extends Error {
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(`${message} at ${path}`);
    this.name = 'InvalidDocumentError';
  }
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function fail(message: string, path: string): never {
  throw new InvalidDocumentError(message, path);
}

function checkInline(node: unknown, path: string): void {
  if (!isObject(node)) fail('inline node must be an object', path);
  if (node.type === 'hardBreak') return;
  if (node.type !== 'text') fail(`unknown inline node "${String(node.type)}"`, path);
  if (typeof node.text !== 'string' || node.text === '')
    fail('text must be a non-empty string', path);
  if (node.marks === undefined) return;
  if (!Array.isArray(node.marks)) fail('marks must be a list', path);
  node.marks.forEach((mark: unknown, i) => {
    const at = `${path}.marks[${i}]`;
    if (!isObject(mark)) fail('mark must be an object', at);
    if (mark.type === 'link') {
      if (!isObject(mark.attrs) || typeof mark.attrs.href !== 'string') fail('link needs href', at);
    } else if (!['bold', 'italic', 'code'].includes(String(mark.type))) {
      fail(`unknown mark "${String(mark.type)}"`, at);
    }
  });
}

function checkInlineContent(node: Record<string, unknown>, path: string): void {
  if (node.content === undefined) return;
  if (!Array.isArray(node.content)) fail('content must be a list', path);
  node.content.forEach((child: unknown, i) => checkInline(child, `${path}.content[${i}]`));
}

function checkList(node: Record<string, unknown>, path: string): void {
  if (!Array.isArray(node.content) || node.content.length === 0) fail('list needs items', path);
  node.content.forEach((item: unknown, i) => {
    const at = `${path}.content[${i}]`;
    if (!isObject(item) || item.type !== 'listItem') fail('list holds listItem nodes', at);
    if (!Array.isArray(item.content)) fail('listItem needs content', at);
    item.content.forEach((child: unknown, j) => {
      const childAt = `${at}.content[${j}]`;
      if (!isObject(child)) fail('node must be an object', childAt);
      if (child.type === 'paragraph') checkInlineContent(child, childAt);
      else if (child.type === 'bulletList' || child.type === 'orderedList')
        checkList(child, childAt);
      else fail(`listItem cannot hold "${String(child.type)}"`, childAt);
    });
  });
}

function checkBlock(node: unknown, path: string): void {
  if (!isObject(node)) fail('block must be an object', path);
  const attrs = node.attrs;
  switch (node.type) {
    case 'paragraph':
      return checkInlineContent(node, path);
    case 'heading':
      if (!isObject(attrs) || ![2, 3, 4].includes(attrs.level as number))
        fail('heading level must be 2, 3 or 4', path);
      return checkInlineContent(node, path);
    case 'blockquote':
      if (!Array.isArray(node.content) || node.content.length === 0) fail('empty blockquote', path);
      if (
        attrs !== undefined &&
        (!isObject(attrs) || !['string', 'undefined'].includes(typeof attrs.attribution))
      )
        fail('attribution must be text', path);
      node.content.forEach((child: unknown, i) => {
        const at = `${path}.content[${i}]`;
        if (!isObject(child) || child.type !== 'paragraph') fail('blockquote holds paragraphs', at);
        checkInlineContent(child, at);
      });
      return;
    case 'bulletList':
    case 'orderedList':
      return checkList(node, path);
    case 'image':
      if (!isObject(attrs) || !Number.isInteger(attrs.mediaId)) fail('image needs a mediaId', path);
      return;
    case 'embed':
      if (!isObject(attrs) || typeof attrs.url !== 'string') fail('embed needs a url', path);
      return;
    case 'rawHtml':
      if (!isObject(attrs) || typeof attrs.html !== 'string') fail('rawHtml needs html', path);
      return;
    case 'horizontalRule':
      return;
    default:
      fail(`unknown block "${String(node.type)}"`, path);
  }
}

/** Checks an untrusted value (from the editor, an import or the database) is a document. */
export function parseDocument(value: unknown): ArticleDocument {
  if (!isObject(value) || value.type !== 'doc' || !Array.isArray(value.content))
    fail('document must be {type: "doc", content: [...]}', '$');
  value.content.forEach((block: unknown, i) => checkBlock(block, `$.content[${i}]`));
  return value as unknown as ArticleDocument;
}

/** The plain text of inline content, for search, summaries and word counts. */
export function inlineText(content: Inline[] | undefined): string {
  return (content ?? []).map((n) => (n.type === 'text' ? n.text : '\n')).join('');
}

/** Media records the document refers to, in order of appearance. */
export function mediaIdsIn(doc: ArticleDocument): number[] {
  return doc.content.flatMap((b) => (b.type === 'image' ? [b.attrs.mediaId] : []));
}

// Builders: short to write by hand (demo content, tests), and they produce valid nodes.
type InlineInput = string | Inline;
const toInline = (parts: InlineInput[]): Inline[] =>
  parts.filter((p) => p !== '').map((p) => (typeof p === 'string' ? { type: 'text', text: p } : p));

export const doc = (...content: Block[]): ArticleDocument => ({ type: 'doc', content });
export const p = (...parts: InlineInput[]): Paragraph => ({
  type: 'paragraph',
  content: toInline(parts),
});
export const h2 = (text: string): Heading => ({
  type: 'heading',
  attrs: { level: 2 },
  content: toInline([text]),
});
export const h3 = (text: string): Heading => ({
  type: 'heading',
  attrs: { level: 3 },
  content: toInline([text]),
});
export const bold = (text: string): Inline => ({ type: 'text', text, marks: [{ type: 'bold' }] });
export const italic = (text: string): Inline => ({
  type: 'text',
  text,
  marks: [{ type: 'italic' }],
});
export const link = (text: string, href: string): Inline => ({
  type: 'text',
  text,
  marks: [{ type: 'link', attrs: { href } }],
});
export const quote = (paragraphs: string[], attribution?: string): Blockquote => ({
  type: 'blockquote',
  ...(attribution ? { attrs: { attribution } } : {}),
  content: paragraphs.map((t) => p(t)),
});
export const bullets = (...items: InlineInput[][]): BulletList => ({
  type: 'bulletList',
  content: items.map((parts) => ({ type: 'listItem', content: [p(...parts)] })),
});
export const numbered = (...items: InlineInput[][]): OrderedList => ({
  type: 'orderedList',
  content: items.map((parts) => ({ type: 'listItem', content: [p(...parts)] })),
});
export const image = (mediaId: number, caption?: string, credit?: string): ImageBlock => ({
  type: 'image',
  attrs: { mediaId, ...(caption ? { caption } : {}), ...(credit ? { credit } : {}) },
});
export const embed = (url: string, title?: string, provider?: string): EmbedBlock => ({
  type: 'embed',
  attrs: { url, ...(title ? { title } : {}), ...(provider ? { provider } : {}) },
});

/** All the words of a document as plain text, a block a line: for search and summaries. */
export function documentText(doc: ArticleDocument): string {
  const lines: string[] = [];
  const listText = (items: ListItem[]) => {
    for (const item of items)
      for (const child of item.content)
        if (child.type === 'paragraph') lines.push(inlineText(child.content));
        else listText(child.content);
  };
  for (const block of doc.content) {
    switch (block.type) {
      case 'paragraph':
      case 'heading':
        lines.push(inlineText(block.content));
        break;
      case 'blockquote':
        for (const p of block.content) lines.push(inlineText(p.content));
        if (block.attrs?.attribution) lines.push(block.attrs.attribution);
        break;
      case 'bulletList':
      case 'orderedList':
        listText(block.content);
        break;
      case 'image':
        lines.push([block.attrs.caption, block.attrs.credit].filter(Boolean).join(' '));
        break;
      case 'embed':
        lines.push(block.attrs.title ?? '');
        break;
      case 'rawHtml':
        lines.push(
          block.attrs.html
            .replace(/<[^>]*>/g, ' ')
            .replace(/&nbsp;/g, ' ')
            .replace(/&amp;/g, '&')
            .replace(/&lt;/g, '<')
            .replace(/&gt;/g, '>')
            .replace(/&quot;/g, '"')
            .replace(/&#0?39;/g, "'"),
        );
        break;
      case 'horizontalRule':
        break;
    }
  }
  return lines
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
