// Word lists are matched on "skeletons": text reduced so that spellings meant to slip past a
// filter look the same as the word ("fr€e m0ney", "ＦＲＥＥ", "frее" with Cyrillic е all become
// "free money"). NFKC unifies compatibility forms, case is folded, accents and other marks are
// dropped, invisible characters removed, and letters that look alike are mapped to one.

const LOOKALIKES: Record<string, string> = {
  // Digits and symbols standing in for letters.
  '0': 'o',
  '1': 'l',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  '9': 'g',
  '@': 'a',
  $: 's',
  '€': 'e',
  '£': 'l',
  '¢': 'c',
  '|': 'l',
  '!': 'l',
  // i, l and 1 are one shape.
  i: 'l',
  ı: 'l',
  // Cyrillic and Greek letters that look Latin.
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'l',
  ј: 'j',
  ѕ: 's',
  α: 'a',
  β: 'b',
  ε: 'e',
  η: 'n',
  ι: 'l',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
};

// Zero-width spaces and joiners, soft hyphens, word joiners: invisible, used to split words.
const INVISIBLE = /[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]/g;

export function skeleton(text: string): string {
  const folded = text
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(INVISIBLE, '');
  let out = '';
  for (const ch of folded) out += LOOKALIKES[ch] ?? ch;
  return out.replace(/\s+/g, ' ');
}
