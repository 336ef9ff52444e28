// WordPress shortcodes ([caption]…[/caption], [gallery ids="1,2"], …) are expanded by PHP when a
// page is shown, so the export holds them as text. The ones we can map are cut out of the HTML
// before it is parsed and replaced by a placeholder element; the placeholder stands where the
// shortcode's output would, and turns back into the original text wherever markup is kept raw.

export interface Shortcode {
  name: string;
  /** Named attributes as written (entities not decoded). */
  attrs: Record<string, string>;
  /** Unnamed values, e.g. the address in `[audio https://…]`. */
  positional: string[];
  /** What stands between `[name]` and `[/name]`; null for a shortcode without a closing tag. */
  content: string | null;
  /** The shortcode as written, to put back where it cannot be mapped. */
  source: string;
}

/** The shortcodes the converter turns into document nodes. */
export const MAPPED_SHORTCODES = new Set([
  'caption',
  'wp_caption',
  'gallery',
  'embed',
  'audio',
  'video',
]);

export const PLACEHOLDER = 'wp-shortcode';
const placeholder = (index: number): string =>
  `<${PLACEHOLDER} data-index="${index}"></${PLACEHOLDER}>`;
const PLACEHOLDER_PATTERN = new RegExp(
  `<${PLACEHOLDER} data-index="(\\d+)"></${PLACEHOLDER}>`,
  'g',
);

// `[name attrs]`, `[name attrs /]`, and `[[name]]` (written to show the shortcode as text).
// Attribute text cannot hold brackets, as in WordPress.
const OPENING = /\[(\[?)([A-Za-z][\w-]*)(?![\w-])([^[\]]*?)(\/?)\](\]?)/g;

const ATTRIBUTE =
  /([\w-]+)\s*=\s*"([^"]*)"|([\w-]+)\s*=\s*'([^']*)'|([\w-]+)\s*=\s*([^\s'"]+)|"([^"]*)"|'([^']*)'|(\S+)/g;

function parseAttributes(text: string): Pick<Shortcode, 'attrs' | 'positional'> {
  const attrs: Record<string, string> = {};
  const positional: string[] = [];
  for (const m of text.matchAll(ATTRIBUTE)) {
    const name = m[1] ?? m[3] ?? m[5];
    if (name !== undefined) attrs[name.toLowerCase()] = m[2] ?? m[4] ?? m[6] ?? '';
    else positional.push(m[7] ?? m[8] ?? m[9] ?? '');
  }
  return { attrs, positional };
}

export interface ExtractedShortcodes {
  /** The HTML with every mapped shortcode replaced by a placeholder element. */
  html: string;
  shortcodes: Shortcode[];
  /** Names of other shortcodes, left in the text. */
  others: string[];
}

/**
 * Replaces the mapped shortcodes with placeholders. Bracketed text that is only probably a
 * shortcode of some plugin (`[contact-form-7 id="4"]`, `[toc_list]…[/toc_list]`) is left as text and
 * reported; bracketed prose such as "[sic]" or "[simple boat]" is not reported.
 */
export function extractShortcodes(html: string): ExtractedShortcodes {
  const shortcodes: Shortcode[] = [];
  const others: string[] = [];
  let out = '';
  let copied = 0;
  OPENING.lastIndex = 0;
  for (let m = OPENING.exec(html); m; m = OPENING.exec(html)) {
    const [whole, openEscape = '', name = '', attrText = '', selfClosing, closeEscape = ''] = m;
    const closer = `[/${name}]`;
    if (!MAPPED_SHORTCODES.has(name)) {
      const closes = html.includes(closer, m.index + whole.length);
      if (closes || selfClosing || attrText.includes('=') || /[_-]/.test(name)) others.push(name);
      continue;
    }
    if (openEscape && closeEscape) {
      // [[gallery]] shows "[gallery]" as text.
      out += html.slice(copied, m.index) + whole.slice(1, -1);
      copied = m.index + whole.length;
      continue;
    }
    let end = m.index + whole.length - closeEscape.length;
    let content: string | null = null;
    if (!selfClosing) {
      const close = html.indexOf(closer, end);
      if (close !== -1) {
        content = html.slice(end, close);
        end = close + closer.length;
      }
    }
    out += html.slice(copied, m.index + openEscape.length) + placeholder(shortcodes.length);
    shortcodes.push({
      name,
      ...parseAttributes(attrText),
      content,
      source: html.slice(m.index + openEscape.length, end),
    });
    copied = end;
    OPENING.lastIndex = end;
  }
  return { html: out + html.slice(copied), shortcodes, others };
}

// A web address alone on its line: WordPress shows it as an embedded player or card (oEmbed).
const URL_LINE = /^[ \t]*(https?:\/\/[^\s<>"]+)[ \t]*$/gm;

/**
 * Classic content only: turns lines holding nothing but a web address into `embed` placeholders,
 * numbered after `shortcodes` (which it extends). Preformatted text is left alone.
 */
export function extractUrlLines(html: string, shortcodes: Shortcode[]): string {
  return html
    .split(/(<pre[\s>][\s\S]*?<\/pre>)/i)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(URL_LINE, (line: string, url: string) => {
            shortcodes.push({
              name: 'embed',
              attrs: {},
              positional: [],
              content: url,
              source: line,
            });
            return placeholder(shortcodes.length - 1);
          }),
    )
    .join('');
}

/** Puts the original shortcode text back in place of placeholders. */
export function restoreShortcodes(html: string, shortcodes: Shortcode[]): string {
  return html.replace(
    PLACEHOLDER_PATTERN,
    (whole, index: string) => shortcodes[Number(index)]?.source ?? whole,
  );
}
