// A small XML writer for feeds and sitemaps. Every text and attribute value is escaped, and
// characters XML 1.0 forbids (most control characters, lone surrogates) are dropped, so no
// headline or comment can make a feed unreadable.

export type XmlChild = XmlElement | string | number | null | undefined | false;

export interface XmlElement {
  name: string;
  attrs: Record<string, string | number | undefined>;
  children: XmlChild[];
}

export const el = (
  name: string,
  attrs: Record<string, string | number | undefined> = {},
  ...children: (XmlChild | XmlChild[])[]
): XmlElement => ({ name, attrs, children: children.flat() });

// Allowed: tab, newline, carriage return, U+0020–U+D7FF, U+E000–U+FFFD, and astral characters
// as whole surrogate pairs.
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export const xmlText = (value: string): string =>
  value.replace(FORBIDDEN, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const xmlAttr = (value: string): string =>
  xmlText(value)
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');

function write(node: XmlChild, out: string[]): void {
  if (node === null || node === undefined || node === false) return;
  if (typeof node !== 'object') {
    out.push(xmlText(String(node)));
    return;
  }
  out.push(`<${node.name}`);
  for (const [key, value] of Object.entries(node.attrs))
    if (value !== undefined) out.push(` ${key}="${xmlAttr(String(value))}"`);
  if (node.children.length === 0) {
    out.push('/>');
    return;
  }
  out.push('>');
  for (const child of node.children) write(child, out);
  out.push(`</${node.name}>`);
}

export function renderXml(root: XmlElement, stylesheet?: string): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>\n'];
  if (stylesheet) out.push(`<?xml-stylesheet type="text/xsl" href="${xmlAttr(stylesheet)}"?>\n`);
  write(root, out);
  return out.join('');
}
