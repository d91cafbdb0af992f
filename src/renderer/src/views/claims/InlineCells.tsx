import { useState, type KeyboardEvent } from 'react';
import type { ClaimRow } from './claimLabels';
import { credibilityLabels } from './claimLabels';
import { useDeskMutation } from './useDeskMutations';

const stopRowKeys = (event: KeyboardEvent) => {
  // Arrow keys and Enter belong to the control while it has focus, not to the row.
  if (event.key !== 'Escape') event.stopPropagation();
};

/** The analyst's verdict, on the Admiralty scale, chosen right in the row. */
export function VerdictCell({ claim }: { claim: ClaimRow }) {
  const judge = useDeskMutation('claims:judge');
  const verdict = claim.judgement.verdict;
  return (
    <select
      className="cell-select"
      aria-label={`Verdict for “${claim.text.slice(0, 60)}”`}
      value={verdict ?? ''}
      onKeyDown={stopRowKeys}
      onClick={(event) => event.stopPropagation()}
      onChange={(event) =>
        judge.mutate({ claimId: claim.id, verdict: event.target.value === '' ? null : Number(event.target.value) })
      }
    >
      <option value="">Not decided</option>
      {[1, 2, 3, 4, 5, 6].map((value) => (
        <option key={value} value={value}>
          {value} · {credibilityLabels[value]}
        </option>
      ))}
    </select>
  );
}

/** Tags or a note: reads as text, becomes a field on click or Enter, saves on Enter or leaving. */
export function TextCell({ claim, field }: { claim: ClaimRow; field: 'tags' | 'note' }) {
  const judge = useDeskMutation('claims:judge');
  const current = field === 'tags' ? claim.judgement.tags.join(', ') : claim.judgement.note;
  const [draft, setDraft] = useState<string | null>(null);
  const label = field === 'tags' ? 'Tags' : 'Note';

  const save = () => {
    if (draft === null) return;
    if (draft !== current) {
      if (field === 'tags') {
        const tags = [...new Set(draft.split(',').map((tag) => tag.trim()).filter(Boolean))];
        judge.mutate({ claimId: claim.id, tags });
      } else judge.mutate({ claimId: claim.id, note: draft });
    }
    setDraft(null);
  };

  if (draft !== null) {
    return (
      <input
        type="text"
        className="cell-input"
        aria-label={`${label} for “${claim.text.slice(0, 60)}”`}
        value={draft}
        placeholder={field === 'tags' ? 'comma, separated' : 'Note'}
        autoFocus
        onClick={(event) => event.stopPropagation()}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={save}
        onKeyDown={(event) => {
          event.stopPropagation();
          if (event.key === 'Enter') save();
          if (event.key === 'Escape') setDraft(null);
        }}
      />
    );
  }
  return (
    <button
      type="button"
      className={`cell-edit ${current ? '' : 'is-empty'}`}
      aria-label={`Edit ${label.toLowerCase()} for “${claim.text.slice(0, 60)}”`}
      title={current || `Add ${label.toLowerCase()}`}
      onKeyDown={stopRowKeys}
      onClick={(event) => {
        event.stopPropagation();
        setDraft(current);
      }}
    >
      {field === 'tags' && claim.judgement.tags.length > 0
        ? claim.judgement.tags.map((tag) => (
            <span key={tag} className="tag">
              {tag}
            </span>
          ))
        : current || <span className="muted">+</span>}
    </button>
  );
}
