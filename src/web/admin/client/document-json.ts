// TipTap's JSON, brought back to the stored article document's exact shape. The editor's schema
// already allows only our nodes and marks, but TipTap adds attributes of its own (a link's target
// and rel, an ordered list's type, nulls for unset attributes) and a trailing empty paragraph;
// this drops them so what the form sends is what `parseDocument` describes.
import type { JSONContent } from '@tiptap/core';
import type {
  ArticleDocument,
  Block,
  BulletList,
  Inline,
  ListItem,
  Mark,
  OrderedList,
  Paragraph,
} from '../../../domain/articles/document.ts';

/** A string worth keeping: unset, null and blank attributes are left out rather than stored. */
const present = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined;

function marksOf(marks: JSONContent['marks']): Mark[] {
  const out: Mark[] = [];
  for (const mark of marks ?? []) {
    if (mark.type === 'bold' || mark.type === 'italic' || mark.type === 'code') {
      out.push({ type: mark.type });
    } else if (mark.type === 'link' && present(mark.attrs?.href)) {
      const title = present(mark.attrs?.title);
      out.push({
        type: 'link',
        attrs: { href: mark.attrs!.href as string, ...(title && { title }) },
      });
    }
  }
  return out;
}

function inlineOf(content: JSONContent[] | undefined): Inline[] {
  const out: Inline[] = [];
  for (const node of content ?? []) {
    if (node.type === 'hardBreak') out.push({ type: 'hardBreak' });
    else if (node.type === 'text' && node.text) {
      const marks = marksOf(node.marks);
      out.push({ type: 'text', text: node.text, ...(marks.length && { marks }) });
    }
  }
  return out;
}

function paragraphOf(node: JSONContent): Paragraph {
  const content = inlineOf(node.content);
  return { type: 'paragraph', ...(content.length && { content }) };
}

function listOf(node: JSONContent): BulletList | OrderedList | null {
  const items: ListItem[] = [];
  for (const item of node.content ?? []) {
    if (item.type !== 'listItem') continue;
    const children: ListItem['content'] = [];
    for (const child of item.content ?? []) {
      if (child.type === 'paragraph') children.push(paragraphOf(child));
      else if (child.type === 'bulletList' || child.type === 'orderedList') {
        const list = listOf(child);
        if (list) children.push(list);
      }
    }
    items.push({ type: 'listItem', content: children });
  }
  if (items.length === 0) return null;
  if (node.type === 'bulletList') return { type: 'bulletList', content: items };
  const start = node.attrs?.start;
  return {
    type: 'orderedList',
    ...(Number.isInteger(start) && start !== 1 && { attrs: { start: start as number } }),
    content: items,
  };
}

function blockOf(node: JSONContent): Block | null {
  const attrs = node.attrs ?? {};
  switch (node.type) {
    case 'paragraph':
      return paragraphOf(node);
    case 'heading': {
      const level = [2, 3, 4].includes(attrs.level) ? (attrs.level as 2 | 3 | 4) : 2;
      const content = inlineOf(node.content);
      return { type: 'heading', attrs: { level }, ...(content.length && { content }) };
    }
    case 'blockquote': {
      const content = (node.content ?? []).filter((c) => c.type === 'paragraph').map(paragraphOf);
      if (content.length === 0) return null;
      const attribution = present(attrs.attribution);
      return { type: 'blockquote', ...(attribution && { attrs: { attribution } }), content };
    }
    case 'bulletList':
    case 'orderedList':
      return listOf(node);
    case 'image': {
      if (!Number.isInteger(attrs.mediaId)) return null;
      const caption = present(attrs.caption);
      const credit = present(attrs.credit);
      return {
        type: 'image',
        attrs: {
          mediaId: attrs.mediaId as number,
          ...(caption && { caption }),
          ...(credit && { credit }),
        },
      };
    }
    case 'embed': {
      const url = present(attrs.url);
      if (!url) return null;
      const title = present(attrs.title);
      const provider = present(attrs.provider);
      return {
        type: 'embed',
        attrs: { url, ...(title && { title }), ...(provider && { provider }) },
      };
    }
    case 'rawHtml':
      return typeof attrs.html === 'string'
        ? { type: 'rawHtml', attrs: { html: attrs.html } }
        : null;
    case 'horizontalRule':
      return { type: 'horizontalRule' };
    default:
      return null;
  }
}

const isEmptyParagraph = (block: Block | undefined): boolean =>
  block?.type === 'paragraph' && !block.content?.length;

/** The stored document for what the editor holds. */
export function toArticleDocument(json: JSONContent): ArticleDocument {
  const content = (json.content ?? []).map(blockOf).filter((b): b is Block => b !== null);
  // The editor always keeps an empty paragraph at the end to type into; it is not part of the story.
  while (isEmptyParagraph(content[content.length - 1])) content.pop();
  return { type: 'doc', content };
}

/** What the editor needs to open a stored document: ProseMirror wants at least one block. */
export function toEditorContent(doc: ArticleDocument): JSONContent {
  return doc.content.length
    ? (doc as JSONContent)
    : { type: 'doc', content: [{ type: 'paragraph' }] };
}
