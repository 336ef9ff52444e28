// The block editor saves HTML with each block marked by comments:
// `<!-- wp:name {"json":"attrs"} -->html<!-- /wp:name -->`, or `<!-- wp:name /-->` for a block
// whose HTML WordPress renders at view time. This reads those marks into a tree.

export interface ParsedBlock {
  /** As in the comment without "wp:": 'paragraph', 'core-embed/twitter', 'jetpack/slideshow'. */
  name: string;
  attrs: Record<string, unknown>;
  /** Inner HTML and inner blocks, in order. */
  children: BlockChild[];
  /** Everything between the opening and closing comments, inner block comments included. */
  source: string;
}

export type BlockChild = { kind: 'html'; html: string } | { kind: 'block'; block: ParsedBlock };

// The attributes are JSON; WordPress escapes "--" inside them, so "-->" cannot occur there.
const DELIMITER =
  /<!--\s+(\/)?wp:([a-z][a-z0-9_-]*(?:\/[a-z][a-z0-9_-]*)?)\s+(?:(\{[\s\S]*?\})\s+)?(\/)?-->/g;

/** Whether the content was written in the block editor. */
export const hasBlocks = (content: string): boolean => content.includes('<!-- wp:');

function parseAttrs(json: string | undefined): Record<string, unknown> {
  if (!json) return {};
  try {
    const value: unknown = JSON.parse(json);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

interface Frame {
  block: ParsedBlock;
  /** Where the block's inner source starts. */
  from: number;
}

/** Splits block-editor content into top-level HTML and blocks (nested blocks inside). */
export function parseBlocks(content: string): BlockChild[] {
  const top: BlockChild[] = [];
  const stack: Frame[] = [];
  const childrenHere = (): BlockChild[] => stack[stack.length - 1]?.block.children ?? top;
  let last = 0;
  const html = (to: number): void => {
    if (to > last) childrenHere().push({ kind: 'html', html: content.slice(last, to) });
  };
  const close = (frame: Frame, at: number): void => {
    frame.block.source = content.slice(frame.from, at);
  };

  for (const m of content.matchAll(DELIMITER)) {
    const [whole, closing, name = '', json, selfClosing] = m;
    const at = m.index;
    if (closing) {
      const open = stack.map((f) => f.block.name).lastIndexOf(name);
      // A closing comment without its opening one is left as a (harmless) HTML comment.
      if (open === -1) continue;
      html(at);
      // Blocks left open inside it end where it ends.
      while (stack.length > open) {
        const frame = stack.pop();
        if (frame) close(frame, at);
      }
      last = at + whole.length;
      continue;
    }
    html(at);
    const block: ParsedBlock = { name, attrs: parseAttrs(json), children: [], source: '' };
    childrenHere().push({ kind: 'block', block });
    last = at + whole.length;
    if (!selfClosing) stack.push({ block, from: last });
  }
  html(content.length);
  for (const frame of stack) close(frame, content.length);
  return top;
}

/** The block's HTML without the comments that mark its inner blocks. */
export const withoutBlockComments = (source: string): string => source.replace(DELIMITER, '');
