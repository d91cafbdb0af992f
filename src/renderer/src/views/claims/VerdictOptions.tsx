import { credibilityLabels } from './claimLabels';

/** The choices of a verdict drop-down: undecided, then the six Admiralty credibility grades. */
export function VerdictOptions() {
  return (
    <>
      <option value="">Not decided</option>
      {[1, 2, 3, 4, 5, 6].map((value) => (
        <option key={value} value={value}>
          {value} · {credibilityLabels[value]}
        </option>
      ))}
    </>
  );
}
