// Search compares words folded: lower-case, accents and other marks removed, compatibility forms
// unified ("Málaga" = "malaga", "Ｆｅｒｒｙ" = "ferry", "Πειραιά" = "πειραια"). The same folding is
// applied to what is indexed and to what readers type, on every database.

export const foldText = (text: string): string =>
  text.normalize('NFKD').replace(/\p{M}/gu, '').normalize('NFC').toLowerCase();

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

export interface SnippetTerm {
  /** Folded words; several for a phrase. */
  words: string[];
  prefix: boolean;
}

export interface SnippetPart {
  text: string;
  match: boolean;
}

/**
 * The stretch of `text` around the first matches of the terms, about `size` words, with each
 * matching word marked; the start of the text when nothing matches. The text is the article's
 * own, accents and all.
 */
export function makeSnippet(text: string, terms: SnippetTerm[], size = 30): SnippetPart[] {
  const words = [...text.matchAll(WORD)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    folded: foldText(m[0]),
  }));
  if (words.length === 0) return [];
  const hit = new Array<boolean>(words.length).fill(false);
  const wordMatches = (folded: string, want: string, prefix: boolean) =>
    prefix ? folded.startsWith(want) : folded === want;
  for (const term of terms) {
    const n = term.words.length;
    for (let i = 0; i + n <= words.length; i++) {
      const all = term.words.every((w, k) =>
        wordMatches(words[i + k]!.folded, w, term.prefix && k === n - 1),
      );
      if (all) for (let k = 0; k < n; k++) hit[i + k] = true;
    }
  }
  const first = hit.indexOf(true);
  const from =
    first < 0 ? 0 : Math.max(0, Math.min(first - Math.floor(size / 3), words.length - size));
  const to = Math.min(words.length, from + size);
  const parts: SnippetPart[] = [];
  const push = (part: string, match: boolean) => {
    if (!part) return;
    const last = parts[parts.length - 1];
    if (last && last.match === match) last.text += part;
    else parts.push({ text: part, match });
  };
  if (from > 0) push('… ', false);
  let cursor = words[from]!.start;
  for (let i = from; i < to; i++) {
    const w = words[i]!;
    // The space inside a matched phrase belongs to the match.
    const gap = text.slice(cursor, w.start).replace(/\s+/g, ' ');
    push(gap, i > from && hit[i]! && hit[i - 1]! && gap === ' ');
    push(text.slice(w.start, w.end), hit[i]!);
    cursor = w.end;
  }
  const tail = to < words.length ? ' …' : text.slice(cursor).replace(/\s+/g, ' ').trimEnd();
  push(tail, false);
  return parts;
}
