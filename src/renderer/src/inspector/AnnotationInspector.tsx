import { useId, useState } from 'react';
import type { Annotation } from '../../../shared/judgements';
import { useClaims } from '../bridge/queries';
import { selectAnnotation } from '../views/claims/deskSelection';
import { useDeskMutation } from '../views/claims/useDeskMutations';
import { TagEditor } from './TagEditor';
import { FieldError } from '../views/parts/ErrorNotice';

/** A highlighted passage: its note, tags and the claim it bears on. */
export function AnnotationInspector({ annotation }: { annotation: Annotation }) {
  const noteId = useId();
  const claimId = useId();
  const update = useDeskMutation('annotations:update');
  const remove = useDeskMutation('annotations:delete');
  const claims = useClaims().data?.claims ?? [];
  const [noteDraft, setNoteDraft] = useState<string | null>(null);
  const note = noteDraft ?? annotation.note;
  const saveNote = () => {
    if (noteDraft !== null && noteDraft !== annotation.note) update.mutate({ id: annotation.id, note: noteDraft });
    setNoteDraft(null);
  };
  // The claims whose mentions overlap the passage come first: they are the likely links.
  const overlapping = new Set(
    claims
      .filter((claim) => claim.mentions.some((mention) => mention.source === annotation.sourceId && mention.start < annotation.end && annotation.start < mention.end))
      .map((claim) => claim.id),
  );
  const ordered = [...claims].sort((a, b) => Number(overlapping.has(b.id)) - Number(overlapping.has(a.id)));
  return (
    <section className="inspector-section" aria-label="Highlight" key={annotation.id}>
      <h3>Highlight</h3>
      <blockquote className="mention-quote">“{annotation.quote}”</blockquote>
      {annotation.isOrphaned ? <p className="field-error">This passage is no longer found in the source.</p> : null}
      <label htmlFor={noteId} className="muted">
        Note
      </label>
      <textarea id={noteId} value={note} onChange={(event) => setNoteDraft(event.target.value)} onBlur={saveNote} placeholder="What this passage tells you…" />
      <div className="desk-actions">
        <button type="button" className="button is-small is-primary" disabled={noteDraft === null || noteDraft === annotation.note} onClick={saveNote}>
          Save note
        </button>
      </div>
      <div className="desk-field">
        <span className="label">Tags</span>
        <TagEditor tags={annotation.tags} label="Add a tag to the highlight" onChange={(tags) => update.mutate({ id: annotation.id, tags })} />
      </div>
      <div className="desk-field">
        <label htmlFor={claimId}>Claim</label>
        <select id={claimId} value={annotation.claimId ?? ''} onChange={(event) => update.mutate({ id: annotation.id, claimId: event.target.value || null })}>
          <option value="">Not linked</option>
          {ordered.map((claim) => (
            <option key={claim.id} value={claim.id}>
              {overlapping.has(claim.id) ? '● ' : ''}
              {claim.text.length > 70 ? `${claim.text.slice(0, 69)}…` : claim.text}
            </option>
          ))}
        </select>
      </div>
      <div className="desk-actions">
        <button
          type="button"
          className="button is-small is-danger"
          onClick={() => remove.mutate({ id: annotation.id }, { onSuccess: () => selectAnnotation(null) })}
        >
          Remove highlight
        </button>
      </div>
      <FieldError of={update} />
      <FieldError of={remove} />
    </section>
  );
}
