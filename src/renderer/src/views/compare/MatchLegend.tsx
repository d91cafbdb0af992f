import { matchLabelHint, matchLabelText } from './matchLabels';

const entries = ['verbatim', 'near', 'substituted', 'paraphrase', 'unique'] as const;

/** What each marking means, in words, so colour is never the only cue. */
export function MatchLegend() {
  return (
    <footer className="match-legend" aria-label="Legend">
      {entries.map((label) => (
        <span key={label} className="legend-entry" title={matchLabelHint[label]}>
          <span className={`legend-swatch match is-${label}`} aria-hidden="true">
            Ab
          </span>
          {matchLabelText[label]}
        </span>
      ))}
      <span className="legend-entry">
        <del className="diff-del">struck</del> only on the left
      </span>
      <span className="legend-entry">
        <ins className="diff-ins">underlined</ins> only on the right
      </span>
    </footer>
  );
}
