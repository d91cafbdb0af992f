import type { SourceInfo } from './useSourceInfo';

/** A source in a claim: its name and grade, with ✓ or ✕ so colour is never the only cue. */
export function SourceChip({ source, stance }: { source: SourceInfo | undefined; stance: 'supports' | 'contradicts' }) {
  const mark = stance === 'supports' ? '✓' : '✕';
  const label = source?.label ?? 'Unknown source';
  return (
    <span
      className={`source-chip is-${stance}`}
      title={`${stance === 'supports' ? 'Supports' : 'Contradicts'}: ${source?.title ?? label} · grade ${source?.grade ?? 'F'}`}
    >
      <span className="chip-mark" aria-hidden="true">
        {mark}
      </span>
      <span className="chip-label">{label}</span>
      <span className="chip-grade" aria-label={`grade ${source?.grade ?? 'F'}`}>
        {source?.grade ?? 'F'}
      </span>
    </span>
  );
}
