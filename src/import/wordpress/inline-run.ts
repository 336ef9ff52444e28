// Collects the inline content of one paragraph or heading as the walker meets it, then settles its
// whitespace the way a browser lays it out: runs of spaces collapse to one, spaces at the start and
// end of a line disappear, and line breaks at the edges of a paragraph show nothing.
import type { Inline, Mark } from '../../domain/articles/document.ts';

type Piece = { text: string; marks: Mark[] } | 'break';

const sameMarks = (a: Mark[] | undefined, b: Mark[] | undefined): boolean =>
  JSON.stringify(a ?? []) === JSON.stringify(b ?? []);

/** `marks` plus `mark`; an inner link replaces an outer one, other repeats add nothing. */
export function withMark(marks: Mark[], mark: Mark): Mark[] {
  if (mark.type === 'link') return [...marks.filter((m) => m.type !== 'link'), mark];
  return marks.some((m) => m.type === mark.type) ? marks : [...marks, mark];
}

export class InlineRun {
  private pieces: Piece[] = [];

  get isEmpty(): boolean {
    return this.pieces.length === 0;
  }

  text(text: string, marks: Mark[]): void {
    if (text !== '') this.pieces.push({ text, marks });
  }

  hardBreak(): void {
    this.pieces.push('break');
  }

  /** The settled inline nodes, or null when they would show nothing; empties the run. */
  take(): Inline[] | null {
    const pieces = this.pieces;
    this.pieces = [];
    const out: Inline[] = [];
    const trimEnd = (): void => {
      for (let last = out[out.length - 1]; last?.type === 'text'; last = out[out.length - 1]) {
        last.text = last.text.replace(/ +$/, '');
        if (last.text !== '') return;
        out.pop();
      }
    };
    let lineStart = true;
    for (const piece of pieces) {
      if (piece === 'break') {
        trimEnd();
        out.push({ type: 'hardBreak' });
        lineStart = true;
        continue;
      }
      // No-break spaces (U+00A0) are not collapsible, as in a browser.
      let text = piece.text.replace(/[ \t\n\r\f]+/g, ' ');
      const prev = out[out.length - 1];
      if (lineStart || (prev?.type === 'text' && prev.text.endsWith(' '))) {
        text = text.replace(/^ /, '');
      }
      if (text === '') continue;
      lineStart = false;
      if (prev?.type === 'text' && sameMarks(prev.marks, piece.marks)) {
        prev.text += text;
      } else {
        out.push(
          piece.marks.length > 0
            ? { type: 'text', text, marks: piece.marks.map((m) => ({ ...m })) }
            : { type: 'text', text },
        );
      }
    }
    trimEnd();
    while (out[out.length - 1]?.type === 'hardBreak') {
      out.pop();
      trimEnd();
    }
    while (out[0]?.type === 'hardBreak') out.shift();
    return out.some((n) => n.type === 'text' && /\S/.test(n.text)) ? out : null;
  }
}
