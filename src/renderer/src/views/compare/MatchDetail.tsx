import { DiffedSentence } from './DiffedSentence';
import { matchLabelText } from './matchLabels';
import type { PairMatch } from './pairMatches';

/** What changed between a matched pair of sentences: the label, the score and both sides diffed. */
export function MatchDetail({ match, leftText, rightText }: { match: PairMatch; leftText: string; rightText: string }) {
  const changes = match.diff.filter((op) => op.op !== 'equal').length;
  return (
    <div className="match-detail">
      <span className={`match-chip is-${match.label}`}>{matchLabelText[match.label]}</span>
      <span className="muted tabular">
        score {match.score.toFixed(2)} · {changes === 0 ? 'no word changed' : `${changes} change${changes === 1 ? '' : 's'}`}
      </span>
      <p className="detail-line">
        <span className="detail-side">Left</span>
        <DiffedSentence text={leftText} match={match} side="a" />
      </p>
      <p className="detail-line">
        <span className="detail-side">Right</span>
        <DiffedSentence text={rightText} match={match} side="b" />
      </p>
    </div>
  );
}
