// How photos and block quotes look and behave inside the editor. Both carry small text fields
// (caption, credit, attribution) that are ordinary form controls rather than editable document
// text: ProseMirror is told to leave their events and DOM changes alone, and each edit is written
// back to the node's attributes as a transaction, so it reaches the saved JSON and undo history.
import type { Node as PMNode } from '@tiptap/pm/model';
import type { EditorView, NodeView, ViewMutationRecord } from '@tiptap/pm/view';
import { h, keepEnterFromSubmitting, uid } from './dom.ts';
import { mediaById, onMediaKnown } from './media-cache.ts';

type GetPos = () => number | undefined;

const stored = (value: string): string | null => (value.trim() === '' ? null : value);

/** Writes one attribute of the node at `getPos()`; an empty value is stored as no value. */
function setAttr(
  view: EditorView,
  getPos: GetPos,
  name: string,
  value: string | null,
  history: boolean,
): void {
  const pos = getPos();
  if (pos === undefined) return;
  const node = view.state.doc.nodeAt(pos);
  if (!node || node.attrs[name] === value) return;
  const tr = view.state.tr.setNodeAttribute(pos, name, value);
  view.dispatch(history ? tr : tr.setMeta('addToHistory', false));
}

/**
 * Ties a text field to a node attribute. Each keystroke updates the document (so #body_json is
 * always current) outside the undo history; leaving the field records the whole edit as one undo
 * step, instead of one per character.
 */
function bindAttribute(
  field: HTMLInputElement | HTMLTextAreaElement,
  view: EditorView,
  getPos: GetPos,
  name: string,
): void {
  let before: string | null = null;
  const current = () => {
    const pos = getPos();
    const node = pos === undefined ? null : view.state.doc.nodeAt(pos);
    return (node?.attrs[name] as string | null | undefined) ?? null;
  };
  field.addEventListener('focus', () => (before = current()));
  field.addEventListener('input', () => setAttr(view, getPos, name, stored(field.value), false));
  field.addEventListener('change', () => {
    const after = stored(field.value);
    if (after === before) return;
    setAttr(view, getPos, name, before, false);
    setAttr(view, getPos, name, after, true);
    before = after;
  });
}

/** Keeps a field showing the node's value without disturbing someone typing in it. */
function show(field: HTMLInputElement | HTMLTextAreaElement, value: unknown): void {
  const text = typeof value === 'string' ? value : '';
  if (field.value !== text && document.activeElement !== field) field.value = text;
}

/** A one-line text area that grows with its text (captions and attributions run long; Enter never
 * adds a line). */
function captionField(attrs: Record<string, string>): HTMLTextAreaElement {
  const field = h('textarea', { rows: 1, spellcheck: 'true', ...attrs });
  keepEnterFromSubmitting(field);
  field.addEventListener('input', () => {
    if (/[\r\n]/.test(field.value)) field.value = field.value.replace(/[\r\n]+/g, ' ');
  });
  return field;
}

export class ImageView implements NodeView {
  dom: HTMLElement;
  private picture: HTMLElement;
  private fields: HTMLElement;
  private caption: HTMLTextAreaElement;
  private credit: HTMLInputElement;
  private shownThumb: string | null = null;
  private unsubscribe: () => void;

  constructor(
    private node: PMNode,
    private view: EditorView,
    private getPos: GetPos,
  ) {
    const captionId = uid('caption');
    const creditId = uid('credit');
    this.caption = captionField({ id: captionId, placeholder: 'The library’s caption' });
    this.credit = h('input', { type: 'text', id: creditId, placeholder: 'The library’s credit' });
    keepEnterFromSubmitting(this.credit);
    this.picture = h('div', { class: 'editor-figure-picture' });
    this.fields = h(
      'figcaption',
      { class: 'editor-figure-fields' },
      h('label', { for: captionId }, 'Caption'),
      this.caption,
      h('label', { for: creditId }, 'Credit'),
      this.credit,
    );
    this.dom = h('figure', { class: 'editor-figure body-image' }, this.picture, this.fields);
    bindAttribute(this.caption, this.view, this.getPos, 'caption');
    bindAttribute(this.credit, this.view, this.getPos, 'credit');
    this.unsubscribe = onMediaKnown(() => this.render());
    this.render();
  }

  private render(): void {
    const id = this.node.attrs.mediaId as number;
    const media = mediaById(id);
    show(this.caption, this.node.attrs.caption);
    show(this.credit, this.node.attrs.credit);
    this.caption.placeholder = media?.caption || 'Caption';
    this.credit.placeholder = media?.credit || 'Credit';
    const thumb = media?.thumb ?? null;
    if (thumb === this.shownThumb && this.picture.firstChild) return;
    this.shownThumb = thumb;
    this.picture.replaceChildren(
      thumb
        ? h('img', {
            src: thumb,
            alt: media?.alt ?? '',
            width: media?.width || undefined,
            height: media?.height || undefined,
            draggable: 'false',
          })
        : h('span', { class: 'editor-figure-missing' }, `Photo ${id} from the media library`),
    );
  }

  update(node: PMNode): boolean {
    if (node.type !== this.node.type) return false;
    this.node = node;
    this.render();
    return true;
  }

  stopEvent(event: Event): boolean {
    return event.target instanceof globalThis.Node && this.fields.contains(event.target);
  }

  ignoreMutation(): boolean {
    return true;
  }

  destroy(): void {
    this.unsubscribe();
  }
}

export class QuoteView implements NodeView {
  dom: HTMLElement;
  contentDOM: HTMLElement;
  private footer: HTMLElement;
  private attribution: HTMLTextAreaElement;

  constructor(
    private node: PMNode,
    private view: EditorView,
    private getPos: GetPos,
  ) {
    const id = uid('attribution');
    this.attribution = captionField({
      id,
      class: 'editor-quote-attribution',
      placeholder: 'Who said it (optional)',
    });
    bindAttribute(this.attribution, this.view, this.getPos, 'attribution');
    this.contentDOM = h('blockquote');
    this.footer = h(
      'figcaption',
      { class: 'editor-quote-footer', contenteditable: 'false' },
      h('label', { for: id, class: 'visually-hidden' }, 'Quote attribution'),
      this.attribution,
    );
    this.dom = h('figure', { class: 'editor-quote' }, this.contentDOM, this.footer);
    show(this.attribution, node.attrs.attribution);
  }

  update(node: PMNode): boolean {
    if (node.type !== this.node.type) return false;
    this.node = node;
    show(this.attribution, node.attrs.attribution);
    return true;
  }

  stopEvent(event: Event): boolean {
    return event.target instanceof globalThis.Node && this.footer.contains(event.target);
  }

  /** Changes in the quoted text are ProseMirror's to read; the attribution field's are ours. */
  ignoreMutation(mutation: ViewMutationRecord): boolean {
    if (mutation.type === 'selection') return false;
    return !this.contentDOM.contains(mutation.target);
  }
}
