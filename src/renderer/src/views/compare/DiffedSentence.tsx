import type { ReactNode } from 'react';
import type { PairMatch } from './pairMatches';

/**
 * A sentence with the word diff laid over it: on the left side the words the right lacks are
 * struck through; on the right the words the left lacks are underlined.
 */
export function DiffedSentence({ text, match, side }: { text: string; match: PairMatch | undefined; side: 'a' | 'b' }) {
  if (!match) return text;
  const marked = match.diff
    .filter((op) => (side === 'a' ? op.op === 'delete' || op.op === 'substitute' : op.op === 'insert' || op.op === 'substitute'))
    .map((op) => op[side])
    .filter((span): span is { start: number; end: number } => span !== null)
    .sort((left, right) => left.start - right.start);
  if (marked.length === 0) return text;
  const parts: ReactNode[] = [];
  let at = 0;
  for (const span of marked) {
    const start = Math.max(at, span.start);
    if (start >= span.end) continue;
    if (start > at) parts.push(text.slice(at, start));
    const words = text.slice(start, span.end);
    parts.push(
      side === 'a' ? (
        <del key={start} className="diff-del">
          {words}
        </del>
      ) : (
        <ins key={start} className="diff-ins">
          {words}
        </ins>
      ),
    );
    at = span.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}
