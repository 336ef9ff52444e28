/** One stretch of a word-by-word comparison. */
export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

const tokens = (text: string) => text.match(/\s+|[^\s]+/g) ?? [];

/**
 * What changed from `before` to `after`, word by word (a longest-common-subsequence diff), for
 * comparing revisions. Quadratic, so long texts are compared paragraph by paragraph by callers.
 */
export function diffWords(before: string, after: string): DiffPart[] {
  const a = tokens(before);
  const b = tokens(after);
  // Common prefix and suffix first: most edits are small.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  const rows = midA.length + 1;
  const cols = midB.length + 1;
  const lcs = new Uint32Array(rows * cols);
  for (let i = midA.length - 1; i >= 0; i--)
    for (let j = midB.length - 1; j >= 0; j--)
      lcs[i * cols + j] =
        midA[i] === midB[j]
          ? lcs[(i + 1) * cols + j + 1]! + 1
          : Math.max(lcs[(i + 1) * cols + j]!, lcs[i * cols + j + 1]!);
  const parts: DiffPart[] = [];
  const push = (kind: DiffPart['kind'], text: string) => {
    const last = parts[parts.length - 1];
    if (last?.kind === kind) last.text += text;
    else parts.push({ kind, text });
  };
  push('same', a.slice(0, start).join(''));
  let i = 0;
  let j = 0;
  while (i < midA.length && j < midB.length) {
    if (midA[i] === midB[j]) {
      push('same', midA[i]!);
      i++;
      j++;
    } else if (lcs[(i + 1) * cols + j]! >= lcs[i * cols + j + 1]!) push('removed', midA[i++]!);
    else push('added', midB[j++]!);
  }
  while (i < midA.length) push('removed', midA[i++]!);
  while (j < midB.length) push('added', midB[j++]!);
  push('same', a.slice(endA).join(''));
  return parts.filter((p) => p.text !== '');
}
