// What a reader types into the search box, made into terms every search engine we use can take
// safely: words (letters, digits, marks in any script), quoted phrases, and a prefix match on the
// last word so results come as you type. Nothing a reader types can become query syntax.

import { foldText } from './search-text.ts';

export interface SearchTerm {
  /** Folded words (see search-text.ts), space-separated when a phrase. */
  text: string;
  phrase: boolean;
  /** Match words starting with `text` (the last word of the query, unless followed by a space). */
  prefix: boolean;
}

export const SEARCH_LIMITS = { queryLength: 200, terms: 10 } as const;

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const CHUNK = /["“”„«»]([^"“”„«»]*)["“”„«»]?|([^\s"“”„«»]+)/gu;

export function parseSearchQuery(query: string): SearchTerm[] {
  const input = query.normalize('NFKC').slice(0, SEARCH_LIMITS.queryLength);
  const terms: SearchTerm[] = [];
  const seen = new Set<string>();
  const add = (text: string, phrase: boolean) => {
    const key = `${phrase}:${text}`;
    if (!seen.has(key) && terms.length < SEARCH_LIMITS.terms) {
      seen.add(key);
      terms.push({ text, phrase, prefix: false });
    }
  };
  for (const match of input.matchAll(CHUNK)) {
    const quoted = match[1];
    const words = foldText(quoted ?? match[2] ?? '').match(WORD) ?? [];
    if (quoted !== undefined && words.length > 1) add(words.join(' '), true);
    else for (const word of words) add(word, false);
  }
  const last = terms[terms.length - 1];
  if (last && !last.phrase && /[\p{L}\p{N}\p{M}]$/u.test(input)) last.prefix = true;
  return terms;
}
