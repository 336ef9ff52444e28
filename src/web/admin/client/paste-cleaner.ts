// Pasted HTML from word processors (Microsoft Word, Google Docs, LibreOffice) and web pages,
// reduced to the few elements the article document has, before ProseMirror reads it. The schema
// would drop unknown elements anyway, but not their effects: Google Docs marks bold with a style
// on a span and wraps everything in a bold-looking <b> that is not bold; Word writes lists as
// paragraphs with `mso-list` styles and bullet characters; all of them add empty paragraphs.
// The HTML is parsed inertly: nothing in it loads, runs or applies a style.
import { INERT_STYLE, parseInert, withoutInlineStyles } from './inert-html.ts';
import { isAllowedLink } from './urls.ts';

const DROP = new Set([
  'HEAD', 'META', 'STYLE', 'SCRIPT', 'TITLE', 'LINK', 'BASE', 'XML', 'TEMPLATE', 'NOSCRIPT',
  'IFRAME', 'FRAME', 'OBJECT', 'EMBED', 'APPLET', 'IMG', 'PICTURE', 'SOURCE', 'SVG', 'MATH',
  'VIDEO', 'AUDIO', 'CANVAS', 'MAP', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'OPTION', 'DIALOG',
]); // prettier-ignore
const INLINE_KEPT = new Set(['STRONG', 'B', 'EM', 'I', 'CODE', 'A', 'BR']);
const BLOCKS = new Set(['P', 'H2', 'H3', 'H4', 'BLOCKQUOTE', 'UL', 'OL', 'LI', 'HR']);
const RENAMED: Record<string, string> = { H1: 'H2', H5: 'H4', H6: 'H4', TT: 'CODE', KBD: 'CODE' };
/** Block containers: a paragraph when they hold only text, otherwise just their contents. */
const CONTAINERS = new Set([
  'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'CENTER', 'ADDRESS',
  'FIGURE', 'FIGCAPTION', 'PRE', 'FORM', 'FIELDSET', 'LEGEND', 'DETAILS', 'SUMMARY', 'TABLE',
  'CAPTION', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'TD', 'TH', 'DL', 'DT', 'DD',
]); // prettier-ignore
const BLANK = /^[\s\u00a0\u200b\ufeff]*$/;

function styleOf(el: Element, property: string): string {
  // Read from the attribute text: the declarations matter, not whether the page would apply them.
  const match = new RegExp(`(?:^|;)\\s*${property}\\s*:\\s*([^;]+)`, 'i').exec(
    el.getAttribute(INERT_STYLE) ?? '',
  );
  return match ? match[1]!.trim().toLowerCase() : '';
}

const boldByStyle = (weight: string) => /^(bold|bolder|[6-9]00)\b/.test(weight);
const italicByStyle = (style: string) => /^(italic|oblique)\b/.test(style);

/** Replaces `el` with a new element of `tag` (or with its bare contents when tag is null). */
function replaceWith(el: Element, tag: string | null): Element | null {
  const doc = el.ownerDocument;
  if (tag === null) {
    el.replaceWith(...Array.from(el.childNodes));
    return null;
  }
  const next = doc.createElement(tag);
  next.append(...Array.from(el.childNodes));
  el.replaceWith(next);
  return next;
}

/** Wraps an element's contents in <strong>/<em>, for formatting given as styles. */
function wrapContents(el: Element, tag: 'strong' | 'em'): void {
  const wrapper = el.ownerDocument.createElement(tag);
  wrapper.append(...Array.from(el.childNodes));
  el.append(wrapper);
}

const isBlank = (el: Element) => BLANK.test(el.textContent ?? '') && !el.querySelector('hr');

/** Word's "lists": paragraphs styled `mso-list: l0 level2 lfo1` with the marker as text. */
function convertWordLists(root: Element): void {
  const isWordItem = (el: Element | null): el is Element =>
    !!el &&
    el.tagName === 'P' &&
    (/mso-list\s*:\s*l\d/i.test(el.getAttribute(INERT_STYLE) ?? '') ||
      /^MsoListParagraph/i.test(el.getAttribute('class') ?? ''));
  for (const first of Array.from(root.querySelectorAll('p'))) {
    if (!first.isConnected || !isWordItem(first) || isWordItem(first.previousElementSibling))
      continue;
    const run: Element[] = [];
    for (let el: Element | null = first; isWordItem(el); el = el.nextElementSibling) run.push(el);
    const doc = root.ownerDocument;
    const stack: { level: number; list: Element }[] = [];
    const roots: Element[] = [];
    for (const p of run) {
      const level = Number(/level(\d+)/i.exec(p.getAttribute(INERT_STYLE) ?? '')?.[1] ?? 1);
      const marker = Array.from(p.querySelectorAll(`[${INERT_STYLE}]`)).find((s) =>
        /mso-list\s*:\s*ignore/i.test(s.getAttribute(INERT_STYLE) ?? ''),
      );
      const markerText = (marker?.textContent ?? '').replace(/[\s\u00a0]+/g, '');
      marker?.remove();
      // "1." "a)" "iv." are numbered; "·" "o" "§" "•" (Symbol/Wingdings bullets) are not.
      const tag = /^\(?([0-9]+|[a-z]{1,4})[.)]$/i.test(markerText) ? 'OL' : 'UL';
      while (stack.length && stack[stack.length - 1]!.level > level) stack.pop();
      let current = stack[stack.length - 1];
      if (current && current.level === level && current.list.tagName !== tag) {
        stack.pop();
        current = stack[stack.length - 1];
      }
      if (!current || current.level < level) {
        const list = doc.createElement(tag);
        if (current) {
          const host =
            current.list.lastElementChild ?? current.list.appendChild(doc.createElement('li'));
          host.append(list);
        } else roots.push(list);
        current = { level, list };
        stack.push(current);
      }
      const item = doc.createElement('li');
      item.append(...Array.from(p.childNodes));
      current.list.append(item);
    }
    first.before(...roots);
    for (const p of run) p.remove();
  }
}

function cleanElement(el: Element): void {
  const tag = el.tagName.toUpperCase();
  if (DROP.has(tag) || tag === 'O:P' || tag.startsWith('V:')) {
    el.remove();
    return;
  }
  // Formatting given as a style, read before attributes go.
  const bold = boldByStyle(styleOf(el, 'font-weight'));
  const notBold = /^(normal|[1-4]00)\b/.test(styleOf(el, 'font-weight'));
  const italic = italicByStyle(styleOf(el, 'font-style'));
  const notItalic = styleOf(el, 'font-style') === 'normal';
  const href = el.getAttribute('href');
  const start = Number(el.getAttribute('start'));

  cleanChildren(el);
  for (const name of el.getAttributeNames()) el.removeAttribute(name);

  let kept: Element | null;
  const renamed = RENAMED[tag];
  if (renamed) kept = replaceWith(el, renamed);
  else if ((tag === 'B' || tag === 'STRONG') && notBold) kept = replaceWith(el, null);
  else if ((tag === 'I' || tag === 'EM') && notItalic) kept = replaceWith(el, null);
  else if (tag === 'A') {
    if (href && isAllowedLink(href)) {
      el.setAttribute('href', href.trim());
      kept = el;
    } else kept = replaceWith(el, null);
  } else if (INLINE_KEPT.has(tag) || BLOCKS.has(tag)) kept = el;
  else if (CONTAINERS.has(tag)) {
    const holdsBlocks = Array.from(el.children).some((c) => BLOCKS.has(c.tagName));
    kept = holdsBlocks ? replaceWith(el, null) : replaceWith(el, 'p');
  } else {
    // span, font, u, s, sup and anything unknown: keep the words, lose the element.
    if (bold || italic) {
      const wrapper = el.ownerDocument.createElement(bold ? 'strong' : 'em');
      wrapper.append(...Array.from(el.childNodes));
      if (bold && italic) wrapContents(wrapper, 'em');
      el.replaceWith(wrapper);
    } else replaceWith(el, null);
    return;
  }
  if (!kept) return;
  const keptTag = kept.tagName;
  if (keptTag === 'OL' && Number.isInteger(start) && start > 1)
    kept.setAttribute('start', String(start));
  if (['P', 'LI', 'BLOCKQUOTE'].includes(keptTag)) {
    if (bold) wrapContents(kept, 'strong');
    if (italic) wrapContents(kept, 'em');
  }
  if (keptTag === 'UL' || keptTag === 'OL') fixListChildren(kept);
  // A trailing <br> in a block is an empty line Google Docs and Word leave behind.
  while (BLOCKS.has(keptTag) && kept.lastChild?.nodeName === 'BR') kept.lastChild.remove();
  if (['P', 'H2', 'H3', 'H4', 'LI', 'BLOCKQUOTE'].includes(keptTag) && isBlank(kept)) kept.remove();
  else if ((keptTag === 'UL' || keptTag === 'OL') && !kept.querySelector('li')) kept.remove();
}

/** Google Docs nests a sub-list directly in its parent list; it belongs in the item above it. */
function fixListChildren(list: Element): void {
  for (const child of Array.from(list.children)) {
    if (child.tagName !== 'UL' && child.tagName !== 'OL') continue;
    const previous = child.previousElementSibling;
    if (previous?.tagName === 'LI') previous.append(child);
    else {
      const item = list.ownerDocument.createElement('li');
      child.replaceWith(item);
      item.append(child);
    }
  }
}

function cleanChildren(parent: Element): void {
  for (const node of Array.from(parent.childNodes)) {
    if (node.nodeType === Node.ELEMENT_NODE) cleanElement(node as Element);
    else if (node.nodeType !== Node.TEXT_NODE) node.remove(); // comments, <![if …]>, <?xml?>
  }
}

/** The pasted HTML reduced to paragraphs, subheads, quotes, lists, bold, italic, code and links. */
export function cleanPastedHtml(html: string): string {
  // ProseMirror's own clipboard (copying within the editor) is already in our schema's terms and
  // carries how the slice was cut; cleaning would lose that.
  if (/data-pm-slice/.test(html)) return withoutInlineStyles(html);
  const body = parseInert(html).body;
  convertWordLists(body);
  cleanChildren(body);
  // Line breaks left between blocks would become empty paragraphs.
  for (const br of Array.from(body.querySelectorAll('br')))
    if (['BODY', 'UL', 'OL', 'BLOCKQUOTE'].includes(br.parentElement?.tagName ?? '')) br.remove();
  return body.innerHTML;
}
