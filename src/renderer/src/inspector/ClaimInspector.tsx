import { useId, useState } from 'react';
import { Confidence } from '../../../shared/judgements';
import { kindLabels, statusLabels, type ClaimMentionRow, type ClaimRow } from '../views/claims/claimLabels';
import { selectClaim } from '../views/claims/deskSelection';
import { useDeskMutation } from '../views/claims/useDeskMutations';
import { useSourceInfo } from '../views/claims/useSourceInfo';
import { GradeSelect } from './GradeField';
import { TagEditor } from './TagEditor';
import { FieldError } from '../views/parts/ErrorNotice';
import { VerdictOptions } from '../views/claims/VerdictOptions';

const mentionKey = (mention: ClaimMentionRow) => `${mention.source}:${mention.start}:${mention.end}`;

/** The analyst's fields for one claim: verdict, confidence, flag, tags, note; mentions to split or correct; grades. */
export function ClaimInspector({ claim }: { claim: ClaimRow }) {
  const ids = { verdict: useId(), confidence: useId(), note: useId(), flag: useId() };
  const judge = useDeskMutation('claims:judge');
  const split = useDeskMutation('claims:split');
  const sources = useSourceInfo();
  const [noteDraft, setNoteDraft] = useState<string | null>(null);
  const [picked, setPicked] = useState<string[]>([]);
  const note = noteDraft ?? claim.judgement.note;
  const sourceIds = [...new Set(claim.mentions.map((mention) => mention.source))];

  const saveNote = () => {
    if (noteDraft !== null && noteDraft !== claim.judgement.note) judge.mutate({ claimId: claim.id, note: noteDraft });
    setNoteDraft(null);
  };
  const splitPicked = () => {
    const mentions = claim.mentions.filter((mention) => picked.includes(mentionKey(mention)));
    split.mutate(
      { claimId: claim.id, mentions: mentions.map((mention) => ({ sourceId: mention.source, start: mention.start, end: mention.end })) },
      {
        onSuccess: ({ newClaimId }) => {
          setPicked([]);
          selectClaim(newClaimId);
        },
      },
    );
  };

  return (
    <div className="claim-inspector" key={claim.id}>
      <h2 className="inspector-heading">Claim</h2>
      <p className="muted">
        {kindLabels[claim.kind]} · {statusLabels[claim.status]} · {claim.supporting} supporting, {claim.independentOrigins} independent{' '}
        {claim.independentOrigins === 1 ? 'origin' : 'origins'}
      </p>
      <section className="inspector-section" aria-label="Verdict">
        <h3>Verdict</h3>
        <p className="provenance">
          Engine proposes {claim.credibility.proposed}: {claim.credibility.reason}
        </p>
        <div className="desk-field">
          <label htmlFor={ids.verdict}>Verdict</label>
          <select
            id={ids.verdict}
            value={claim.judgement.verdict ?? ''}
            onChange={(event) => judge.mutate({ claimId: claim.id, verdict: event.target.value === '' ? null : Number(event.target.value) })}
          >
            <VerdictOptions />
          </select>
        </div>
        <div className="desk-field">
          <label htmlFor={ids.confidence}>Confidence</label>
          <select
            id={ids.confidence}
            value={claim.judgement.confidence ?? ''}
            onChange={(event) => judge.mutate({ claimId: claim.id, confidence: event.target.value === '' ? null : Confidence.parse(event.target.value) })}
          >
            <option value="">Not set</option>
            {Confidence.options.map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        </div>
        <div className="desk-field">
          <label htmlFor={ids.flag}>Flagged</label>
          <input id={ids.flag} type="checkbox" checked={claim.judgement.isFlagged} onChange={(event) => judge.mutate({ claimId: claim.id, isFlagged: event.target.checked })} />
        </div>
        <div className="desk-field">
          <span className="label">Tags</span>
          <TagEditor tags={claim.judgement.tags} label="Add a tag to the claim" onChange={(tags) => judge.mutate({ claimId: claim.id, tags })} />
        </div>
        <label htmlFor={ids.note} className="muted">
          Note
        </label>
        <textarea id={ids.note} value={note} onChange={(event) => setNoteDraft(event.target.value)} onBlur={saveNote} placeholder="Why you judge it so…" />
        <div className="desk-actions">
          <button type="button" className="button is-small is-primary" disabled={noteDraft === null || noteDraft === claim.judgement.note} onClick={saveNote}>
            Save note
          </button>
        </div>
        <FieldError of={judge} />
      </section>

      <section className="inspector-section" aria-label="Mentions">
        <h3>Mentions ({claim.mentions.length})</h3>
        <ul className="mention-list">
          {claim.mentions.map((mention) => (
            <MentionItem
              key={mentionKey(mention)}
              claim={claim}
              mention={mention}
              sourceLabel={sources.get(mention.source)?.label ?? `Source ${mention.source}`}
              isPicked={picked.includes(mentionKey(mention))}
              onPick={(isPicked) => setPicked((current) => (isPicked ? [...current, mentionKey(mention)] : current.filter((key) => key !== mentionKey(mention))))}
            />
          ))}
        </ul>
        <div className="desk-actions">
          <button
            type="button"
            className="button is-small"
            disabled={picked.length === 0 || picked.length === claim.mentions.length || split.isPending}
            title="Move the ticked mentions into a claim of their own"
            onClick={splitPicked}
          >
            Split {picked.length > 0 ? `${picked.length} ${picked.length === 1 ? 'mention' : 'mentions'}` : 'mentions'} into a new claim
          </button>
        </div>
        <FieldError of={split} />
      </section>

      <section className="inspector-section" aria-label="Source grades">
        <h3>Sources</h3>
        <ul className="grade-list">
          {sourceIds.map((id) => (
            <li key={id}>
              <span title={sources.get(id)?.title}>{sources.get(id)?.label ?? `Source ${id}`}</span>
              <GradeSelect sourceId={id} label={`Reliability grade of ${sources.get(id)?.label ?? `source ${id}`}`} />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

function MentionItem(props: { claim: ClaimRow; mention: ClaimMentionRow; sourceLabel: string; isPicked: boolean; onPick: (isPicked: boolean) => void }) {
  const { claim, mention, sourceLabel, isPicked, onPick } = props;
  const correct = useDeskMutation('claims:correct-mention');
  const [isCorrecting, setIsCorrecting] = useState(false);
  const [field, setField] = useState<'speaker' | 'value' | 'stance'>(claim.kind === 'quote' ? 'speaker' : 'value');
  const [value, setValue] = useState('');
  const fieldId = useId();
  const valueId = useId();
  const submit = (clear: boolean) => {
    correct.mutate(
      { sourceId: mention.source, start: mention.start, end: mention.end, field, value: clear ? null : value.trim() || null },
      { onSuccess: () => setIsCorrecting(false) },
    );
  };
  return (
    <li data-mention={mentionKey(mention)}>
      <div className="mention-line">
        <input type="checkbox" aria-label={`Pick the mention in ${sourceLabel} for a split`} checked={isPicked} onChange={(event) => onPick(event.target.checked)} />
        <div>
          <span className={`stance-chip is-${mention.stance}`}>{mention.stance === 'supports' ? '✓' : '✕'}</span> <strong>{sourceLabel}</strong>
          <div className="mention-quote">“{mention.text}”</div>
          {mention.reason ? <div className="mention-reason">{mention.reason}</div> : null}
          <button type="button" className="button is-small is-quiet" onClick={() => setIsCorrecting((open) => !open)} aria-expanded={isCorrecting}>
            Correct…
          </button>
        </div>
      </div>
      {isCorrecting ? (
        <form
          className="correction-form"
          onSubmit={(event) => {
            event.preventDefault();
            submit(false);
          }}
        >
          <label htmlFor={fieldId}>Field</label>
          <select id={fieldId} value={field} onChange={(event) => setField(event.target.value as typeof field)}>
            <option value="speaker">Speaker</option>
            <option value="value">Value</option>
            <option value="stance">Stance</option>
          </select>
          <label htmlFor={valueId}>Reads</label>
          {field === 'stance' ? (
            <select id={valueId} value={value} onChange={(event) => setValue(event.target.value)}>
              <option value="">Choose…</option>
              <option value="supports">supports</option>
              <option value="contradicts">contradicts</option>
            </select>
          ) : (
            <input id={valueId} type="text" value={value} onChange={(event) => setValue(event.target.value)} placeholder={field === 'speaker' ? 'e.g. Jane Doe' : 'e.g. 30 countries'} />
          )}
          <span />
          <span className="desk-actions">
            <button type="submit" className="button is-small is-primary" disabled={correct.isPending || value.trim() === ''}>
              Save correction
            </button>
            <button type="button" className="button is-small" onClick={() => submit(true)}>
              Restore engine's reading
            </button>
          </span>
          <FieldError of={correct} />
        </form>
      ) : null}
    </li>
  );
}
