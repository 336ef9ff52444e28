// Turns one fragment of WordPress HTML into document blocks. Classic content (mode 'classic') has
// no <p> tags: WordPress makes paragraphs from blank lines and line breaks from single newlines
// when it shows the post, so the walker does the same with the text it meets outside block-level
// elements. Block-editor HTML (mode 'html') already has its paragraphs, and its newlines are
// plain whitespace. Whatever has no node in a Dateline document is kept as raw HTML, exactly as
// written, with a warning.
import type {
  Block,
  BulletList,
  ListItem,
  Mark,
  OrderedList,
  Paragraph,
  RawHtmlBlock,
} from '../../domain/articles/document.ts';
import { isWebAddress, providerName } from './embeds.ts';
import {
  findAll,
  isBlank,
  isElement,
  parseHtml,
  plainText,
  type HtmlElement,
  type HtmlNode,
} from './html-tree.ts';
import { InlineRun, withMark } from './inline-run.ts';
import {
  extractShortcodes,
  extractUrlLines,
  PLACEHOLDER,
  restoreShortcodes,
  type Shortcode,
} from './shortcodes.ts';

export interface ImageRef {
  src: string;
  /** From the image's `wp-image-N` class (or the caption or gallery naming the attachment). */
  attachmentId: number | null;
  alt: string;
}

/** Finds the Dateline media record for an image of the old site; null when there is none. */
export type ResolveImage = (ref: ImageRef) => number | null;

/** Warnings for the person running the import; the same one repeated is counted, not listed. */
export class Warnings {
  private readonly counts = new Map<string, number>();

  add(message: string): void {
    this.counts.set(message, (this.counts.get(message) ?? 0) + 1);
  }

  list(): string[] {
    return [...this.counts].map(([message, n]) => (n > 1 ? `${message} (${n} times)` : message));
  }
}

export interface ConvertContext {
  resolveImage: ResolveImage;
  warnings: Warnings;
}

export type Mode = 'classic' | 'html';

/** Elements with no node of their own, kept whole as raw HTML. */
const RAW = new Set([
  'table',
  'dl',
  'iframe',
  'video',
  'audio',
  'object',
  'embed',
  'applet',
  'form',
  'fieldset',
  'input',
  'select',
  'textarea',
  'button',
  'canvas',
  'svg',
  'math',
  'map',
  'details',
  'dialog',
  'marquee',
  'meter',
  'progress',
  'script',
  'style',
  'template',
  'noscript',
]);
/** Raw elements that are worth keeping even when they show no text. */
const RAW_WITHOUT_TEXT = new Set(['script', 'style', 'template', 'noscript']);

/** Elements that end the paragraph before them and start a new one after them. */
const BLOCK_CONTAINERS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'nav',
  'aside',
  'address',
  'center',
  'hgroup',
  'figcaption',
  'summary',
  'legend',
  'caption',
  'li',
  'dd',
  'dt',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
]);

/** Formatting with no mark whose loss can change what the text says (a correction, H₂O). */
const LOST_MEANING: Record<string, string> = {
  del: 'strikethrough',
  s: 'strikethrough',
  strike: 'strikethrough',
  sup: 'superscript',
  sub: 'subscript',
};

/** Elements that show nothing by themselves. */
const NOTHING = new Set(['wbr', 'source', 'track', 'col', 'colgroup', 'area', 'param', 'base']);

const HEADINGS: Record<string, 2 | 3 | 4> = { h1: 2, h2: 2, h3: 3, h4: 4, h5: 4, h6: 4 };

function markFor(el: HtmlElement): Mark | null {
  switch (el.name) {
    case 'b':
    case 'strong':
      return { type: 'bold' };
    case 'i':
    case 'em':
    case 'cite':
    case 'dfn':
    case 'var':
      return { type: 'italic' };
    case 'code':
    case 'kbd':
    case 'samp':
    case 'tt':
      return { type: 'code' };
    case 'a': {
      const href = el.attrs.href;
      if (href === undefined) return null;
      const title = el.attrs.title?.trim();
      return { type: 'link', attrs: title ? { href, title } : { href } };
    }
    default:
      return null;
  }
}

const isWhitespace = (node: HtmlNode): boolean =>
  node.kind === 'comment' || (node.kind === 'text' && !/\S/.test(node.text));

/** The last child that shows something: not whitespace, a comment or a line break. */
function lastShown(nodes: HtmlNode[]): HtmlNode | undefined {
  for (let i = nodes.length - 1; i >= 0; i--) {
    const node = nodes[i];
    if (node && !isWhitespace(node) && !isElement(node, 'br')) return node;
  }
  return undefined;
}

const attachmentIdIn = (value: string | undefined, pattern: RegExp): number | null => {
  const m = pattern.exec(value ?? '');
  return m?.[1] ? Number(m[1]) : null;
};

function describe(block: Block): string {
  switch (block.type) {
    case 'rawHtml':
      return 'markup without a Dateline equivalent';
    case 'horizontalRule':
      return 'a horizontal rule';
    case 'image':
      return 'an image';
    case 'embed':
      return 'an embed';
    case 'blockquote':
      return 'a quotation';
    case 'bulletList':
    case 'orderedList':
      return 'a list';
    default:
      return `a ${block.type}`;
  }
}

type SinkKind = 'root' | 'quote' | 'item';

/** Where the walker puts blocks: the document, a quotation or a list item. */
class Sink {
  readonly blocks: Block[] = [];
  readonly run = new InlineRun();
  /** Set while the walker is inside a heading (only the document holds headings). */
  heading: 2 | 3 | 4 | null = null;

  constructor(readonly kind: SinkKind) {}

  /** Ends the paragraph (or heading) being collected. */
  flush(): void {
    const content = this.run.take();
    if (!content) return;
    if (this.heading !== null) {
      this.blocks.push({ type: 'heading', attrs: { level: this.heading }, content });
      return;
    }
    const only = content.length === 1 ? content[0] : undefined;
    if (
      this.kind === 'root' &&
      only?.type === 'text' &&
      !only.marks &&
      isWebAddress(only.text.trim())
    ) {
      // A paragraph that is just an address: WordPress embeds it (oEmbed).
      this.blocks.push(embedBlock(only.text.trim()));
      return;
    }
    this.blocks.push({ type: 'paragraph', content });
  }

  push(...blocks: Block[]): void {
    this.flush();
    this.blocks.push(...blocks);
  }
}

/** Converts one fragment; `source` is the HTML as parsed, with shortcode placeholders. */
class FragmentConverter {
  /** Nodes already used elsewhere (a quotation's closing <cite> is its attribution). */
  private readonly skip = new Set<HtmlNode>();

  constructor(
    private readonly source: string,
    private readonly shortcodes: Shortcode[],
    private readonly mode: Mode,
    private readonly ctx: ConvertContext,
  ) {}

  convert(): Block[] {
    const sink = new Sink('root');
    this.walk(parseHtml(this.source).children, sink, []);
    sink.flush();
    return sink.blocks;
  }

  /** A gallery: each image with its own caption, then the gallery's caption. */
  convertGallery(): Block[] {
    const sink = new Sink('root');
    const visit = (node: HtmlNode): void => {
      if (node.kind === 'text') sink.run.text(node.text, []);
      if (node.kind !== 'element') return;
      if (node.name === 'figure' && findAll(node, (e) => e.name === 'img').length === 1) {
        this.figure(node, sink, []);
      } else if (node.name === 'img') {
        sink.push(this.image(node, null, node));
      } else if (node.name === 'figcaption') {
        sink.flush();
        this.walk(node.children, sink, []);
        sink.flush();
      } else {
        node.children.forEach(visit);
      }
    };
    parseHtml(this.source).children.forEach(visit);
    sink.flush();
    return sink.blocks;
  }

  private warn(message: string): void {
    this.ctx.warnings.add(message);
  }

  /** The element exactly as written (shortcodes put back), for a rawHtml node. */
  private raw(el: HtmlElement): RawHtmlBlock {
    const html = restoreShortcodes(this.source.slice(el.start, el.end + 1), this.shortcodes);
    return { type: 'rawHtml', attrs: { html: html.trim() } };
  }

  private walk(nodes: HtmlNode[], sink: Sink, marks: Mark[]): void {
    for (const node of nodes) {
      if (this.skip.has(node)) continue;
      if (node.kind === 'text') this.text(node.text, sink, marks);
      else if (node.kind === 'element') this.element(node, sink, marks);
      // <!--more--> and <!--nextpage--> split the post: at least they end a paragraph.
      else if (/^\s*(more|nextpage)\b/.test(node.text)) sink.flush();
    }
  }

  private text(text: string, sink: Sink, marks: Mark[]): void {
    if (this.mode === 'html') {
      sink.run.text(text, marks);
      return;
    }
    // Classic content: a blank line ends a paragraph, a single newline is a line break.
    text.split(/\n[ \t\r\f]*\n\s*/).forEach((paragraph, i) => {
      if (i > 0) sink.flush();
      paragraph.split('\n').forEach((line, j) => {
        if (j > 0) sink.run.hardBreak();
        sink.run.text(line, marks);
      });
    });
  }

  private element(el: HtmlElement, sink: Sink, marks: Mark[]): void {
    const mark = markFor(el);
    if (mark) {
      this.walk(el.children, sink, withMark(marks, mark));
      return;
    }
    const level = HEADINGS[el.name];
    if (level !== undefined) {
      sink.flush();
      if (sink.kind === 'root') {
        sink.heading = level;
        this.walk(el.children, sink, marks);
        sink.flush();
        sink.heading = null;
      } else {
        // Quotations and list items hold paragraphs only: a heading there becomes bold text.
        this.walk(el.children, sink, withMark(marks, { type: 'bold' }));
        sink.flush();
      }
      return;
    }
    switch (el.name) {
      case 'br':
        sink.run.hardBreak();
        return;
      case 'q':
        sink.run.text('“', marks);
        this.walk(el.children, sink, marks);
        sink.run.text('”', marks);
        return;
      case 'img':
        sink.push(this.image(el, null, el));
        return;
      case 'hr':
        sink.push({ type: 'horizontalRule' });
        return;
      case 'ul':
      case 'ol':
        sink.push(...this.list(el, marks));
        return;
      case 'blockquote':
        sink.push(...this.quote(el, marks));
        return;
      case 'figure':
        this.figure(el, sink, marks);
        return;
      case 'pre':
        // Preformatted text keeps its whitespace only as HTML; it is expected, so no warning.
        sink.flush();
        if (!isBlank(el)) sink.push(this.raw(el));
        return;
      case PLACEHOLDER:
        sink.push(...this.shortcode(el));
        return;
    }
    if (NOTHING.has(el.name)) return;
    if (RAW.has(el.name)) {
      sink.flush();
      const keep = RAW_WITHOUT_TEXT.has(el.name) ? el.children.length > 0 : !isBlank(el);
      if (keep) {
        this.warn(`<${el.name}> kept as raw HTML`);
        sink.push(this.raw(el));
      }
      return;
    }
    if (BLOCK_CONTAINERS.has(el.name)) {
      sink.flush();
      this.walk(el.children, sink, marks);
      sink.flush();
      return;
    }
    const lost = LOST_MEANING[el.name];
    if (lost && /\S/.test(plainText(el))) this.warn(`${lost} (<${el.name}>) shown as plain text`);
    // span, sub, sup, abbr, small, u, del, font and the like: their text, not their look.
    this.walk(el.children, sink, marks);
  }

  /** Converts `nodes` into a list item's or a quotation's own blocks. */
  private nested(kind: SinkKind, nodes: HtmlNode[], marks: Mark[]): Block[] {
    const sink = new Sink(kind);
    this.walk(nodes, sink, marks);
    sink.flush();
    return sink.blocks;
  }

  private list(el: HtmlElement, marks: Mark[]): Block[] {
    const items: ListItem[] = [];
    let misfit: Block | undefined;
    const itemContent = (nodes: HtmlNode[]): ListItem['content'] =>
      this.nested('item', nodes, marks).filter((b): b is ListItem['content'][number] => {
        if (b.type === 'paragraph' || b.type === 'bulletList' || b.type === 'orderedList')
          return true;
        misfit ??= b;
        return false;
      });
    for (const child of el.children) {
      if (isWhitespace(child)) continue;
      const previous = items[items.length - 1];
      if (isElement(child, 'li')) {
        items.push({ type: 'listItem', content: itemContent(child.children) });
      } else if (previous && (isElement(child, 'ul') || isElement(child, 'ol'))) {
        // A list written straight inside a list belongs to the item before it.
        previous.content.push(...itemContent([child]));
      } else {
        items.push({ type: 'listItem', content: itemContent([child]) });
      }
    }
    if (misfit) {
      this.warn(`a list holding ${describe(misfit)} kept as raw HTML`);
      return [this.raw(el)];
    }
    const content = items.filter((item) => item.content.length > 0);
    if (content.length === 0) return [];
    if (el.name === 'ul') return [{ type: 'bulletList', content } satisfies BulletList];
    if (el.attrs.reversed !== undefined) this.warn('reversed numbering of a list is not kept');
    const start = Number(el.attrs.start?.trim() || 1);
    return [
      {
        type: 'orderedList',
        ...(Number.isInteger(start) && start !== 1 ? { attrs: { start } } : {}),
        content,
      } satisfies OrderedList,
    ];
  }

  private quote(el: HtmlElement, marks: Mark[]): Block[] {
    // A <cite> closing the quotation (or its last paragraph), or a closing <footer>, names who
    // said it.
    let cite = lastShown(el.children);
    if (isElement(cite, 'p')) cite = lastShown(cite.children);
    let attribution: string | undefined;
    if (isElement(cite, 'cite') || isElement(cite, 'footer')) {
      attribution = plainText(cite).replace(/^[—–-]+\s*/, '') || undefined;
      this.skip.add(cite);
    }
    const paragraphs: Paragraph[] = [];
    for (const block of this.nested('quote', el.children, marks)) {
      if (block.type !== 'paragraph') {
        this.warn(`a quotation holding ${describe(block)} kept as raw HTML`);
        return [this.raw(el)];
      }
      paragraphs.push(block);
    }
    if (paragraphs.length === 0) {
      return attribution
        ? [{ type: 'paragraph', content: [{ type: 'text', text: attribution }] }]
        : [];
    }
    return [
      {
        type: 'blockquote',
        ...(attribution ? { attrs: { attribution } } : {}),
        content: paragraphs,
      },
    ];
  }

  private figure(el: HtmlElement, sink: Sink, marks: Mark[]): void {
    const caption = el.children.find((c) => isElement(c, 'figcaption'));
    const body: HtmlElement = { ...el, children: el.children.filter((c) => c !== caption) };
    const images = findAll(body, (e) => e.name === 'img');
    const others = findAll(body, (e) => RAW.has(e.name));
    const image = images[0];
    if (images.length === 1 && image && others.length === 0 && !/\S/.test(plainText(body))) {
      // Dateline's own pages write the credit apart: <span class="credit">(Name/Agency)</span>.
      const isCredit = (e: HtmlElement) => /(?:^|\s)credit(?:\s|$)/.test(e.attrs.class ?? '');
      const credit = caption
        ? findAll(caption as HtmlElement, isCredit)
            .map((e) => plainText(e).replace(/^\((.*)\)$/, '$1'))
            .join(' ')
        : '';
      const block = this.image(image, caption ? plainText(caption, isCredit) : null, el);
      sink.push(
        block.type === 'image' && credit ? { ...block, attrs: { ...block.attrs, credit } } : block,
      );
      return;
    }
    const shown = body.children.filter((c) => !isWhitespace(c));
    const only = shown.length === 1 ? shown[0] : undefined;
    if (isElement(only) && RAW.has(only.name)) {
      // A table, video or the like with its caption: kept together.
      this.warn(`<${only.name}> kept as raw HTML`);
      sink.push(this.raw(el));
      return;
    }
    if (caption && isElement(only, 'blockquote') && sink.kind === 'root') {
      // A quotation whose caption names who said it (HTML5's way, and Dateline's own pages').
      const quoted = this.quote(only, marks);
      const [block] = quoted;
      const attribution = plainText(caption).replace(/^[—–-]+\s*/, '');
      if (quoted.length === 1 && block?.type === 'blockquote' && !block.attrs && attribution) {
        sink.flush();
        sink.push({ ...block, attrs: { attribution } });
        return;
      }
    }
    sink.flush();
    this.walk(el.children, sink, marks);
    sink.flush();
  }

  /** An image node for `img`, or `fallback` as raw HTML when the image is not in the library. */
  private image(
    img: HtmlElement,
    caption: string | null,
    fallback: HtmlElement,
    attachmentHint: number | null = null,
  ): Block {
    const src = img.attrs.src ?? '';
    const attachmentId =
      attachmentIdIn(img.attrs.class, /(?:^|\s)wp-image-(\d+)(?:\s|$)/) ??
      attachmentIdIn(img.attrs['data-id'], /^\s*(\d+)\s*$/) ??
      attachmentHint;
    const mediaId = this.ctx.resolveImage({ src, attachmentId, alt: img.attrs.alt ?? '' });
    if (mediaId !== null && Number.isInteger(mediaId)) {
      return { type: 'image', attrs: { mediaId, ...(caption ? { caption } : {}) } };
    }
    this.warn(`image ${src || '(without src)'} is not in the media library; kept as raw HTML`);
    return this.raw(fallback);
  }

  private shortcode(el: HtmlElement): Block[] {
    const shortcode = this.shortcodes[Number(el.attrs['data-index'])];
    if (!shortcode) return [];
    switch (shortcode.name) {
      case 'caption':
      case 'wp_caption':
        return this.caption(shortcode);
      case 'gallery':
        return this.galleryShortcode(shortcode);
      case 'embed':
        return this.embedShortcode(shortcode);
      default:
        return this.mediaShortcode(shortcode);
    }
  }

  /** `[caption id="attachment_N" caption="…"]<a><img></a> Caption text[/caption]` */
  private caption(shortcode: Shortcode): Block[] {
    const inner = shortcode.content ?? '';
    const tree = parseHtml(inner);
    const img = findAll(tree, (e) => e.name === 'img')[0];
    if (!img) {
      this.warn('[caption] without an image: its text kept as text');
      return convertFragment(inner, this.mode, this.ctx);
    }
    // The image, or the link around it when that link holds nothing else.
    const wrapper =
      tree.children.find(
        (c): c is HtmlElement =>
          isElement(c, 'a') && findAll(c, (e) => e === img).length > 0 && plainText(c) === '',
      ) ?? img;
    const fromAttribute = shortcode.attrs.caption;
    const captionHtml =
      fromAttribute ?? (inner.slice(0, wrapper.start) + inner.slice(wrapper.end + 1)).trim();
    const caption = plainText(parseHtml(captionHtml));
    const hint = attachmentIdIn(shortcode.attrs.id, /attachment_(\d+)/);
    const block = this.image(img, caption, img, hint);
    if (block.type === 'image') return [block];
    const imgHtml = inner.slice(wrapper.start, wrapper.end + 1);
    const figcaption = captionHtml ? `<figcaption>${captionHtml}</figcaption>` : '';
    return [{ type: 'rawHtml', attrs: { html: `<figure>${imgHtml}${figcaption}</figure>` } }];
  }

  /** `[gallery ids="1,2,3"]`: one image per attachment the library has. */
  private galleryShortcode(shortcode: Shortcode): Block[] {
    const ids = (shortcode.attrs.ids ?? shortcode.attrs.include ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter((s) => /^\d+$/.test(s))
      .map(Number);
    if (ids.length === 0) {
      this.warn('[gallery] without ids shows the images attached to the post; add them by hand');
      return [];
    }
    return galleryImages(ids, this.ctx);
  }

  /** `[embed]https://…[/embed]` */
  private embedShortcode(shortcode: Shortcode): Block[] {
    const url = (shortcode.content ?? shortcode.attrs.src ?? shortcode.positional[0] ?? '').trim();
    if (isWebAddress(url)) return [embedBlock(url)];
    this.warn('[embed] without a web address kept as text');
    return [{ type: 'paragraph', content: [{ type: 'text', text: shortcode.source }] }];
  }

  /** `[audio src="…"]`, `[video mp4="…"]`: a link to the file, as there is no player node. */
  private mediaShortcode(shortcode: Shortcode): Block[] {
    const { attrs } = shortcode;
    const candidates = [
      attrs.src,
      ...[
        'mp3',
        'm4a',
        'ogg',
        'wav',
        'wma',
        'flac',
        'mp4',
        'm4v',
        'webm',
        'ogv',
        'wmv',
        'flv',
        'mov',
      ].map((format) => attrs[format]),
      ...shortcode.positional,
      shortcode.content ?? undefined,
    ];
    const url = candidates.map((c) => c?.trim() ?? '').find(isWebAddress);
    if (url) {
      this.warn(`[${shortcode.name}] shown as a link to its file`);
      return [embedBlock(url)];
    }
    this.warn(`[${shortcode.name}] without a file address kept as text`);
    return [{ type: 'paragraph', content: [{ type: 'text', text: shortcode.source }] }];
  }
}

export function embedBlock(url: string, title?: string, providerSlug?: string): Block {
  const provider = providerName(url, providerSlug);
  return {
    type: 'embed',
    attrs: { url, ...(title ? { title } : {}), ...(provider ? { provider } : {}) },
  };
}

/** Image nodes for attachment ids; warns about the ones the library does not have. */
export function galleryImages(ids: number[], ctx: ConvertContext): Block[] {
  const blocks: Block[] = [];
  const missing: number[] = [];
  for (const attachmentId of ids) {
    const mediaId = ctx.resolveImage({ src: '', attachmentId, alt: '' });
    if (mediaId !== null && Number.isInteger(mediaId)) {
      blocks.push({ type: 'image', attrs: { mediaId } });
    } else {
      missing.push(attachmentId);
    }
  }
  if (blocks.length === 0) {
    ctx.warnings.add(`gallery: none of its images (${ids.join(', ')}) is in the media library`);
  } else if (missing.length > 0) {
    ctx.warnings.add(
      `gallery: images ${missing.join(', ')} are not in the media library; left out`,
    );
  }
  return blocks;
}

/**
 * Converts a fragment of post HTML. Mapped shortcodes anywhere in it become their nodes; in
 * classic mode so do lines holding only a web address.
 */
export function convertFragment(html: string, mode: Mode, ctx: ConvertContext): Block[] {
  const extracted = extractShortcodes(html);
  for (const name of new Set(extracted.others)) {
    ctx.warnings.add(`shortcode [${name}] kept as text: Dateline has no equivalent`);
  }
  const { shortcodes } = extracted;
  const source = mode === 'classic' ? extractUrlLines(extracted.html, shortcodes) : extracted.html;
  return new FragmentConverter(source, shortcodes, mode, ctx).convert();
}

/** Converts the HTML of a block-editor gallery. */
export function convertGallery(html: string, ctx: ConvertContext): Block[] {
  return new FragmentConverter(html, [], 'html', ctx).convertGallery();
}
