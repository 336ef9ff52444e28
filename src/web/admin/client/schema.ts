// The editor's schema: exactly the nodes and marks of the stored article document, so nothing the
// writer does can produce a body `parseDocument` refuses. StarterKit supplies paragraphs, headings
// (2–4 only), lists, marks, history and the cursor helpers; its extras are switched off; block
// quotes, list items, photos, embeds and imported HTML are defined here.
import { Node, wrappingInputRule, type Extensions } from '@tiptap/core';
import Link from '@tiptap/extension-link';
import StarterKit from '@tiptap/starter-kit';
import { parseInert } from './inert-html.ts';
import { ImageView, QuoteView } from './node-views.ts';
import { isAllowedLink } from './urls.ts';

const data = (el: HTMLElement, name: string): string | null => el.getAttribute(`data-${name}`);

/** A quotation: paragraphs only, with an optional attribution edited beneath it. */
export const Blockquote = Node.create({
  name: 'blockquote',
  group: 'block',
  content: 'paragraph+',
  defining: true,
  addAttributes() {
    return {
      attribution: {
        default: null,
        parseHTML: (el) => data(el, 'attribution'),
        renderHTML: (attrs) =>
          attrs.attribution ? { 'data-attribution': attrs.attribution as string } : {},
      },
    };
  },
  parseHTML: () => [{ tag: 'blockquote' }],
  renderHTML: ({ HTMLAttributes }) => ['blockquote', HTMLAttributes, 0],
  addNodeView: () => (props) => new QuoteView(props.node, props.view, props.getPos),
  addKeyboardShortcuts() {
    return { 'Mod-Shift-b': () => this.editor.commands.toggleWrap(this.name) };
  },
  addInputRules() {
    return [wrappingInputRule({ find: /^\s*>\s$/, type: this.type })];
  },
});

/** A list item holds a paragraph, then more paragraphs or nested lists: nothing else. */
export const ListItem = Node.create({
  name: 'listItem',
  content: 'paragraph (paragraph | bulletList | orderedList)*',
  defining: true,
  parseHTML: () => [{ tag: 'li' }],
  renderHTML: ({ HTMLAttributes }) => ['li', HTMLAttributes, 0],
  addKeyboardShortcuts() {
    return {
      Enter: () => this.editor.commands.splitListItem(this.name),
      // Outside a list these return false, so Tab still moves focus on: the editor is no trap.
      Tab: () => this.editor.commands.sinkListItem(this.name),
      'Shift-Tab': () => this.editor.commands.liftListItem(this.name),
    };
  },
});

/** A photo from the media library; caption and credit here override the record's. */
export const Image = Node.create({
  name: 'image',
  group: 'block',
  atom: true,
  draggable: true,
  selectable: true,
  addAttributes() {
    return {
      mediaId: { default: null, rendered: false },
      caption: { default: null, rendered: false },
      credit: { default: null, rendered: false },
    };
  },
  parseHTML: () => [
    {
      tag: 'figure[data-media-id]',
      getAttrs: (el) => {
        const mediaId = Number(data(el, 'media-id'));
        if (!Number.isInteger(mediaId) || mediaId <= 0) return false;
        return { mediaId, caption: data(el, 'caption'), credit: data(el, 'credit') };
      },
    },
  ],
  // Used for copying: enough for parseHTML above to rebuild the node on paste.
  renderHTML: ({ node }) => [
    'figure',
    {
      'data-media-id': String(node.attrs.mediaId),
      ...(node.attrs.caption ? { 'data-caption': node.attrs.caption as string } : {}),
      ...(node.attrs.credit ? { 'data-credit': node.attrs.credit as string } : {}),
    },
  ],
  addNodeView: () => (props) => new ImageView(props.node, props.view, props.getPos),
});

/** A social post, video or the like: stored as its address and shown as a link card. */
export const Embed = Node.create({
  name: 'embed',
  group: 'block',
  atom: true,
  draggable: true,
  selectable: true,
  addAttributes() {
    return {
      url: { default: null, rendered: false },
      title: { default: null, rendered: false },
      provider: { default: null, rendered: false },
    };
  },
  parseHTML: () => [
    {
      tag: 'div[data-embed-url]',
      getAttrs: (el) => ({
        url: data(el, 'embed-url'),
        title: data(el, 'embed-title'),
        provider: data(el, 'embed-provider'),
      }),
    },
  ],
  renderHTML: ({ node }) => {
    const { url, title, provider } = node.attrs as Record<string, string | null>;
    const kind = provider ? `Embed · ${provider}` : 'Embed';
    return [
      'div',
      {
        class: 'embed editor-embed',
        'data-embed-url': url ?? '',
        ...(title ? { 'data-embed-title': title } : {}),
        ...(provider ? { 'data-embed-provider': provider } : {}),
      },
      ['span', { class: 'editor-embed-kind' }, kind],
      ['span', { class: 'editor-embed-title' }, title || url || ''],
      ...(title ? [['span', { class: 'editor-embed-url' }, url ?? '']] : []),
    ];
  },
});

/** Markup an import could not map. Kept byte for byte; never shown as HTML in the editor. */
export const RawHtml = Node.create({
  name: 'rawHtml',
  group: 'block',
  atom: true,
  draggable: true,
  selectable: true,
  addAttributes() {
    return { html: { default: '', rendered: false } };
  },
  parseHTML: () => [
    { tag: 'div[data-raw-html]', getAttrs: (el) => ({ html: data(el, 'raw-html') ?? '' }) },
  ],
  renderHTML: ({ node }) => [
    'div',
    { class: 'editor-raw', 'data-raw-html': node.attrs.html as string },
    ['span', { class: 'editor-raw-label' }, 'Imported HTML — kept as it was'],
    ['span', { class: 'editor-raw-text' }, excerpt(node.attrs.html as string)],
  ],
});

/** The words of imported markup, for recognising the block; parsed inertly, nothing loads. */
function excerpt(html: string): string {
  const body = parseInert(html).body;
  // Cells, paragraphs and line breaks separate words even where the markup has no space.
  for (const el of Array.from(
    body.querySelectorAll('td, th, p, div, li, br, h1, h2, h3, h4, h5, h6'),
  ))
    el.after(' ');
  const text = (body.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (!text) return 'No text: markup only.';
  return text.length > 160 ? `${text.slice(0, 159)}…` : text;
}

export function editorExtensions(): Extensions {
  return [
    StarterKit.configure({
      heading: { levels: [2, 3, 4] },
      // Not in the article document: switched off so the editor cannot make them.
      strike: false,
      underline: false,
      codeBlock: false,
      // Replaced by the stricter versions above, and by Link configured below.
      blockquote: false,
      listItem: false,
      link: false,
    }),
    Blockquote,
    ListItem,
    Image,
    Embed,
    RawHtml,
    Link.configure({
      openOnClick: false,
      autolink: false,
      linkOnPaste: true,
      defaultProtocol: 'https',
      HTMLAttributes: { target: null, rel: null, class: null },
      isAllowedUri: (url) => isAllowedLink(url),
    }),
  ];
}
