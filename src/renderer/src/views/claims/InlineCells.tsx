import { useState, type KeyboardEvent } from 'react';
import type { ClaimRow } from './claimLabels';
import { credibilityLabels } from './claimLabels';
import type { ClaimTableMeta } from './claimTableMeta';
import { VerdictOptions } from './VerdictOptions';

const stopRowKeys = (event: KeyboardEvent) => {
  // Arrow keys and Enter belong to the control while it has focus, not to the row.
  if (event.key !== 'Escape') event.stopPropagation();
};

/**
 * The analyst's verdict, on the Admiralty scale, chosen right in the row. Only the active row
 * holds the real control: a select per row is what made scrolling slow. Elsewhere the value
 * reads the same, and a click makes the row active with the control focused.
 * Row elements are recycled from claim to claim while scrolling, so what the cell remembers is
 * tied to the claim it was for, and drops away when the row shows another.
 */
export function VerdictCell({ claim, meta }: { claim: ClaimRow; meta: ClaimTableMeta }) {
  const [openingFor, setOpeningFor] = useState<string | null>(null);
  const isOpening = openingFor === claim.id;
  const setIsOpening = (value: boolean) => setOpeningFor(value ? claim.id : null);
  const verdict = claim.judgement.verdict;
  if (meta.activeClaimId !== claim.id) {
    return (
      <span className={`cell-select-text ${verdict === null ? 'is-empty' : ''}`} onClick={() => setIsOpening(true)}>
        {verdict === null ? 'Not decided' : `${verdict} · ${credibilityLabels[verdict]}`}
      </span>
    );
  }
  return (
    <select
      className="cell-select"
      aria-label={`Verdict for “${claim.text.slice(0, 60)}”`}
      value={verdict ?? ''}
      autoFocus={isOpening}
      onBlur={() => setIsOpening(false)}
      onKeyDown={stopRowKeys}
      onClick={(event) => event.stopPropagation()}
      onChange={(event) => meta.judge({ claimId: claim.id, verdict: event.target.value === '' ? null : Number(event.target.value) })}
    >
      <VerdictOptions />
    </select>
  );
}

function TextCellValue({ claim, field, current }: { claim: ClaimRow; field: 'tags' | 'note'; current: string }) {
  if (field === 'tags' && claim.judgement.tags.length > 0) {
    // Keyed by place, so a recycled row reuses its tag elements for the next claim's tags.
    return claim.judgement.tags.map((tag, index) => (
      <span key={index} className="tag">
        {tag}
      </span>
    ));
  }
  // Empty reads as a muted "+" (the stylesheet greys an empty cell): one text node either way.
  return current || '+';
}

/**
 * Tags or a note: reads as text, becomes a field on click or Enter, saves on Enter or leaving.
 * Only the active row has the button that opens the field; elsewhere a click opens it directly.
 */
export function TextCell({ claim, field, meta }: { claim: ClaimRow; field: 'tags' | 'note'; meta: ClaimTableMeta }) {
  const current = field === 'tags' ? claim.judgement.tags.join(', ') : claim.judgement.note;
  // The draft belongs to one claim (see VerdictCell): a recycled row does not show it for another.
  const [edit, setEdit] = useState<{ claimId: string; draft: string } | null>(null);
  const draft = edit?.claimId === claim.id ? edit.draft : null;
  const setDraft = (value: string | null) => setEdit(value === null ? null : { claimId: claim.id, draft: value });
  const label = field === 'tags' ? 'Tags' : 'Note';

  const save = () => {
    if (draft === null) return;
    if (draft !== current) {
      if (field === 'tags') {
        const tags = [...new Set(draft.split(',').map((tag) => tag.trim()).filter(Boolean))];
        meta.judge({ claimId: claim.id, tags });
      } else meta.judge({ claimId: claim.id, note: draft });
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
  if (meta.activeClaimId !== claim.id) {
    // The click goes on to the row, which becomes active while the field opens.
    return (
      <span className={`cell-edit ${current ? '' : 'is-empty'}`} title={current || undefined} onClick={() => setDraft(current)}>
        <TextCellValue claim={claim} field={field} current={current} />
      </span>
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
      <TextCellValue claim={claim} field={field} current={current} />
    </button>
  );
}
