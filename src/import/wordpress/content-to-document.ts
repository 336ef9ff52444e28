// WordPress post content (content:encoded in an export) → a Dateline article document. Content
// from the block editor is read block by block; classic content gets WordPress's paragraph rules.
// Nothing the reader could see is dropped: what has no node is kept as raw HTML (sanitised when
// rendered) and reported in `warnings`, for the person running the import.
import { parseDocument, type ArticleDocument, type Block } from '../../domain/articles/document.ts';
import {
  hasBlocks,
  parseBlocks,
  withoutBlockComments,
  type BlockChild,
  type ParsedBlock,
} from './block-markup.ts';
import { isWebAddress } from './embeds.ts';
import { findAll, isBlank, parseHtml, plainText } from './html-tree.ts';
import {
  convertFragment,
  convertGallery,
  embedBlock,
  galleryImages,
  Warnings,
  type ConvertContext,
  type ImageRef,
  type ResolveImage,
} from './html-to-blocks.ts';

export type { ImageRef, ResolveImage };

export interface ContentToDocumentOptions {
  /**
   * The Dateline media id for an image of the old site, or null if the import has none (the
   * image is then kept as raw HTML, pointing at its old address).
   */
  resolveImage: ResolveImage;
}

export interface ConvertedContent {
  document: ArticleDocument;
  /** What could not be mapped exactly, for the person running the import. */
  warnings: string[];
}

/** Blocks whose saved HTML the HTML converter maps as it is. */
const HTML_BLOCKS = new Set([
  'paragraph',
  'heading',
  'list',
  'list-item',
  'quote',
  'pullquote',
  'image',
  'separator',
  'table',
  'code',
  'preformatted',
  'verse',
  'audio',
  'video',
  'buttons',
  'button',
  'shortcode',
  'freeform',
  'media-text',
]);

/** Layout blocks: their inner blocks are the content, one after another. */
const LAYOUT_BLOCKS = new Set(['group', 'columns', 'column', 'row', 'stack']);

/** Blocks that show nothing in an article. */
const SILENT_BLOCKS = new Set(['more', 'nextpage', 'spacer']);

const stringAttr = (block: ParsedBlock, name: string): string | undefined => {
  const value = block.attrs[name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
};

function convertChildren(children: BlockChild[], ctx: ConvertContext): Block[] {
  return children.flatMap((child) =>
    child.kind === 'block'
      ? convertBlock(child.block, ctx)
      : // HTML between blocks (the classic block) is not given paragraphs, as in WordPress.
        /\S/.test(child.html)
        ? convertFragment(child.html, 'html', ctx)
        : [],
  );
}

function convertBlock(block: ParsedBlock, ctx: ConvertContext): Block[] {
  const { name } = block;
  if (HTML_BLOCKS.has(name)) return convertFragment(block.source, 'html', ctx);
  if (SILENT_BLOCKS.has(name)) return [];
  if (LAYOUT_BLOCKS.has(name)) {
    // The wrapper is only layout, unless someone typed text into it.
    const wrapper = block.children.flatMap((c) => (c.kind === 'html' ? [c.html] : [])).join('');
    return isBlank(parseHtml(wrapper))
      ? convertChildren(block.children, ctx)
      : convertFragment(block.source, 'html', ctx);
  }
  if (name === 'html') {
    const html = withoutBlockComments(block.source).trim();
    return html ? [{ type: 'rawHtml', attrs: { html } }] : [];
  }
  if (name === 'gallery') return gallery(block, ctx);
  if (name === 'cover') return cover(block, ctx);
  if (name === 'file') return file(block, ctx);
  if (name === 'embed' || name.startsWith('core-embed/')) {
    const converted = embed(block);
    if (converted) return [converted];
  }
  return unknown(block, ctx);
}

function gallery(block: ParsedBlock, ctx: ConvertContext): Block[] {
  const html = withoutBlockComments(block.source);
  const tree = parseHtml(html);
  if (findAll(tree, (e) => e.name === 'img').length > 0) return convertGallery(html, ctx);
  // A gallery saved without its markup still names its images.
  const ids = Array.isArray(block.attrs.ids) ? block.attrs.ids.map(Number) : [];
  const valid = ids.filter((id) => Number.isInteger(id) && id > 0);
  if (valid.length > 0 && isBlank(tree)) return galleryImages(valid, ctx);
  if (valid.length === 0 && isBlank(tree)) {
    ctx.warnings.add('block wp:gallery without images left out');
    return [];
  }
  return [
    ...(valid.length > 0 ? galleryImages(valid, ctx) : []),
    ...convertFragment(html, 'html', ctx),
  ];
}

/** A cover: its text, after its background image when that is a picture in the library. */
function cover(block: ParsedBlock, ctx: ConvertContext): Block[] {
  const content = convertFragment(block.source, 'html', ctx);
  const url = stringAttr(block, 'url');
  // Newer covers hold an <img> or <video>, which the HTML conversion has already dealt with.
  const media = findAll(parseHtml(block.source), (e) => e.name === 'img' || e.name === 'video');
  if (!url || media.length > 0) return content;
  if (block.attrs.backgroundType === 'video') {
    ctx.warnings.add(`block wp:cover: background video ${url} left out`);
    return content;
  }
  const id = block.attrs.id;
  const attachmentId = typeof id === 'number' && Number.isInteger(id) ? id : null;
  const mediaId = ctx.resolveImage({ src: url, attachmentId, alt: '' });
  if (mediaId !== null && Number.isInteger(mediaId)) {
    return [{ type: 'image', attrs: { mediaId } }, ...content];
  }
  ctx.warnings.add(`block wp:cover: background image ${url} is not in the media library; left out`);
  return content;
}

/** A file download: its links, one after another. */
function file(block: ParsedBlock, ctx: ConvertContext): Block[] {
  const tree = parseHtml(block.source);
  const links = findAll(tree, (e) => e.name === 'a' && e.attrs.href !== undefined);
  // Only a block of nothing but links is read this way; the HTML conversion takes the rest.
  const outside = plainText(tree, (e) => links.includes(e));
  const media = findAll(tree, (e) => e.name === 'img' || e.name === 'object');
  const named = links.filter((a) => plainText(a) !== '');
  if (/\S/.test(outside) || media.length > 0 || named.length === 0) {
    return convertFragment(block.source, 'html', ctx);
  }
  const content = named.flatMap((a, i) => {
    const node = {
      type: 'text' as const,
      text: plainText(a),
      marks: [{ type: 'link' as const, attrs: { href: a.attrs.href ?? '' } }],
    };
    return i > 0 ? [{ type: 'text' as const, text: ' ' }, node] : [node];
  });
  return [{ type: 'paragraph', content }];
}

function embed(block: ParsedBlock): Block | null {
  const tree = parseHtml(block.source);
  const caption = findAll(tree, (e) => e.name === 'figcaption')[0];
  const shown = plainText(tree, (e) => e.name === 'figcaption').split(' ');
  const url = stringAttr(block, 'url') ?? shown.find(isWebAddress);
  // Saved embeds hold the address and a caption; anything more is not ours to drop.
  if (!url || shown.some((word) => word !== '' && !isWebAddress(word))) return null;
  const slug =
    stringAttr(block, 'providerNameSlug') ??
    (block.name.startsWith('core-embed/') ? block.name.slice('core-embed/'.length) : undefined);
  return embedBlock(url, caption ? plainText(caption) : undefined, slug);
}

function unknown(block: ParsedBlock, ctx: ConvertContext): Block[] {
  const html = withoutBlockComments(block.source).trim();
  if (isBlank(parseHtml(html))) {
    ctx.warnings.add(
      `block wp:${block.name} has no saved content (WordPress builds it on each view); left out`,
    );
    return [];
  }
  ctx.warnings.add(`block wp:${block.name} kept as raw HTML`);
  return [{ type: 'rawHtml', attrs: { html } }];
}

/**
 * Converts the content of a WordPress post or page into a Dateline document. The document always
 * passes `parseDocument`; `warnings` says what was kept as raw HTML or left out, and why.
 */
export function contentToDocument(
  content: string,
  options: ContentToDocumentOptions,
): ConvertedContent {
  const warnings = new Warnings();
  const ctx: ConvertContext = { resolveImage: options.resolveImage, warnings };
  const text = content.replace(/\r\n?/g, '\n');
  const blocks = hasBlocks(text)
    ? convertChildren(parseBlocks(text), ctx)
    : convertFragment(text, 'classic', ctx);
  // Checked rather than trusted: a document that fails here is a bug in this converter.
  const document = parseDocument({ type: 'doc', content: blocks });
  return { document, warnings: warnings.list() };
}
