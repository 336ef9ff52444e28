// Tables from the old site are kept as raw HTML. Their header cells rarely say what they head,
// which screen readers need (WCAG H63); the import writes in the obvious answer: a header in
// <thead>, or in a row of headers, heads its column; a header starting a row of data, its row.
import type { ArticleDocument, Block } from '../../domain/articles/document.ts';
import { findAll, parseHtml, type HtmlElement } from './html-tree.ts';

function scopeOf(th: HtmlElement, row: HtmlElement | undefined, inHead: boolean): 'col' | 'row' {
  if (inHead || !row) return 'col';
  const cells = row.children.filter(
    (c): c is HtmlElement => c.kind === 'element' && (c.name === 'td' || c.name === 'th'),
  );
  return cells[0] === th && cells.some((c) => c.name === 'td') ? 'row' : 'col';
}

/** `html` with a `scope` on every table header cell that has none. */
export function withHeaderScopes(html: string): string {
  if (!/<th[\s>]/i.test(html)) return html;
  const tree = parseHtml(html);
  const inserts: { at: number; text: string }[] = [];
  for (const table of findAll(tree, (e) => e.name === 'table')) {
    for (const row of findAll(table, (e) => e.name === 'tr')) {
      const inHead = findAll(table, (e) => e.name === 'thead').some(
        (head) => row.start > head.start && row.end <= head.end,
      );
      for (const cell of row.children) {
        if (cell.kind !== 'element' || cell.name !== 'th' || cell.attrs.scope !== undefined)
          continue;
        // After "<th": the source position of the tag, so the rest is kept as written.
        inserts.push({ at: cell.start + 3, text: ` scope="${scopeOf(cell, row, inHead)}"` });
      }
    }
  }
  let out = html;
  for (const { at, text } of inserts.sort((a, b) => b.at - a.at))
    out = out.slice(0, at) + text + out.slice(at);
  return out;
}

/** The document with header scopes written into its raw HTML blocks. */
export function documentWithHeaderScopes(doc: ArticleDocument): ArticleDocument {
  const content = doc.content.map((block): Block =>
    block.type === 'rawHtml'
      ? { type: 'rawHtml', attrs: { html: withHeaderScopes(block.attrs.html) } }
      : block,
  );
  return { type: 'doc', content };
}
