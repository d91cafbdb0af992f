/** One sentence of a CoNLL-2003 file: its tokens and their IOB tags (IOB1 or IOB2). */
export interface ConllSentence {
  tokens: string[];
  tags: string[];
}

/** Reads CoNLL-2003 text (token, POS, chunk, NER per line; blank line between sentences). */
export function parseConll(text: string): ConllSentence[] {
  const sentences: ConllSentence[] = [];
  let current: ConllSentence = { tokens: [], tags: [] };
  const flush = (): void => {
    if (current.tokens.length > 0) sentences.push(current);
    current = { tokens: [], tags: [] };
  };
  for (const line of text.split(/\r?\n/)) {
    const fields = line.trim().split(/\s+/);
    const token = fields[0];
    if (!token || token === '-DOCSTART-') {
      flush();
      continue;
    }
    current.tokens.push(token);
    current.tags.push(fields.at(-1) ?? 'O');
  }
  flush();
  return sentences;
}

export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';
export const entityTypes: readonly EntityType[] = ['PER', 'ORG', 'LOC', 'MISC'];

/** A run of tokens `[start, end)` recognised as one entity. */
export interface EntitySpan {
  start: number;
  end: number;
  type: EntityType;
}

/** Entity spans of a tag sequence; an I- tag after O or another type opens a span (IOB1-safe). */
export function spansFromTags(tags: readonly string[]): EntitySpan[] {
  const spans: EntitySpan[] = [];
  let open: EntitySpan | undefined;
  tags.forEach((tag, index) => {
    const [prefix, type] = tag.split('-') as [string, EntityType | undefined];
    const continues = prefix === 'I' && open !== undefined && open.type === type;
    if (continues && open) {
      open.end = index + 1;
      return;
    }
    if (open) spans.push(open);
    open = type && (prefix === 'B' || prefix === 'I') ? { start: index, end: index + 1, type } : undefined;
  });
  if (open) spans.push(open);
  return spans;
}
