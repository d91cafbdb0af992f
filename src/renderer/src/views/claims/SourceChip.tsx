import type { SourceInfo } from './useSourceInfo';

/**
 * A source in a claim: its name and grade, with ✓ or ✕ (drawn by the stylesheet) so colour is
 * never the only cue. Three elements a chip: a row can carry five of them, and every element is
 * paid for again on each scroll step.
 */
export function SourceChip({ source, stance }: { source: SourceInfo | undefined; stance: 'supports' | 'contradicts' }) {
  const label = source?.label ?? 'Unknown source';
  const grade = source?.grade ?? 'F';
  return (
    <span className={`source-chip is-${stance}`} title={`${stance === 'supports' ? 'Supports' : 'Contradicts'}: ${source?.title ?? label} · grade ${grade}`}>
      <span className="chip-label">{label}</span>
      <span className="chip-grade" aria-label={`grade ${grade}`}>
        {grade}
      </span>
    </span>
  );
}
