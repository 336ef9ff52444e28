import { randomBytes } from 'node:crypto';
import { Fragment, h, type ComponentChildren, type JSX } from 'preact';
import { renderToString } from 'preact-render-to-string';

/** The lists met while a document is being encoded; null otherwise (`Apart` renders inline). */
let apart: ComponentChildren[][] | null = null;
/** Stands where a list rendered apart goes. Random per process, so no text can forge it. */
const MARKER_TEXT = `dateline-apart-${randomBytes(9).toString('hex')}`;
const MARKER = `<!--${MARKER_TEXT}-->`;

/**
 * Long lists (comments) as their own small strings when a page is encoded. The HTML is the same
 * as rendering them inline; what changes is memory: one string of a 200 KB page lands in V8's
 * large-object space, and flattening and encoding it took more time than rendering it (see
 * docs/decisions/0016-page-encoding.md). Children must not need a preact context from above.
 */
export function Apart({ children }: { children: ComponentChildren[] }): JSX.Element {
  if (!apart) return h(Fragment, null, children);
  apart.push(children);
  // The key keeps the renderer from unwrapping the fragment (and losing the comment).
  return h(Fragment, { key: MARKER_TEXT, UNSTABLE_comment: MARKER_TEXT } as never);
}

/** Renders `node`, its `Apart` lists spliced in, into `out` as UTF-8 pieces. */
function encodeInto(node: ComponentChildren, out: Buffer[], prefix = ''): void {
  const outer = apart;
  const lists: ComponentChildren[][] = [];
  apart = lists;
  let html: string;
  try {
    html = prefix + renderToString(h(Fragment, null, node));
  } finally {
    apart = outer;
  }
  let at = 0;
  for (const list of lists) {
    const marker = html.indexOf(MARKER, at);
    if (marker < 0) throw new Error('A list rendered apart lost its place in the page');
    out.push(Buffer.from(html.slice(at, marker)));
    for (const child of list) encodeInto(child, out);
    at = marker + MARKER.length;
  }
  out.push(Buffer.from(at === 0 ? html : html.slice(at)));
}

/** A whole HTML document as UTF-8. Preact escapes every text and attribute value it renders. */
export function renderDocument(page: JSX.Element): Buffer {
  const out: Buffer[] = [];
  encodeInto(page, out, '<!doctype html>');
  return out.length === 1 ? out[0]! : Buffer.concat(out);
}

export const renderFragment = (node: JSX.Element): string => renderToString(node);
