/** One run of a word diff between a reference text and another: kept, only in the other, or only in the reference. */
export interface DiffPart {
  text: string;
  kind: 'same' | 'inserted' | 'deleted';
}

const comparable = (word: string) => word.toLowerCase().replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/[.,;:!?"]+$/g, '');

/**
 * Word-level longest-common-subsequence diff, enough for the short spans of one claim's mentions.
 * Curly and straight quotes and trailing punctuation compare equal, so only real wording differs.
 */
export function diffWords(reference: string, other: string): DiffPart[] {
  const a = reference.split(/\s+/).filter(Boolean);
  const b = other.split(/\s+/).filter(Boolean);
  // Long spans (whole paragraphs) would make the table quadratic; show them without a diff.
  if (a.length * b.length > 40_000) return [{ text: other, kind: 'same' }];
  const lengths: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i -= 1) {
    const row = lengths[i] ?? [];
    const below = lengths[i + 1] ?? [];
    for (let j = b.length - 1; j >= 0; j -= 1) {
      row[j] = comparable(a[i] ?? '') === comparable(b[j] ?? '') ? (below[j + 1] ?? 0) + 1 : Math.max(below[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const parts: DiffPart[] = [];
  const push = (text: string, kind: DiffPart['kind']) => {
    const last = parts.at(-1);
    if (last && last.kind === kind) last.text += ` ${text}`;
    else parts.push({ text, kind });
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && comparable(a[i] ?? '') === comparable(b[j] ?? '')) {
      push(b[j] ?? '', 'same');
      i += 1;
      j += 1;
    } else if (j < b.length && (i >= a.length || (lengths[i]?.[j + 1] ?? 0) >= (lengths[i + 1]?.[j] ?? 0))) {
      push(b[j] ?? '', 'inserted');
      j += 1;
    } else {
      push(a[i] ?? '', 'deleted');
      i += 1;
    }
  }
  return parts;
}
