import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { MetadataField as FieldName, SourceDetail } from '../../../shared/domain';
import { callBridge } from '../bridge/callBridge';
import { queryKeys } from '../bridge/queries';
import { formatPublished, kindLabels } from '../format/formatValues';
import { FieldError } from '../views/parts/ErrorNotice';

const fieldLabels: Record<FieldName, string> = {
  title: 'Title',
  outlet: 'Outlet',
  byline: 'Byline',
  publishedAt: 'Published',
  kind: 'Kind',
  language: 'Language',
};

const kinds = ['press-release', 'wire', 'news-article', 'unknown'] as const;

/** One field: its value, where the value came from, and an editor that logs to the audit trail. */
export function MetadataField({ source, field }: { source: SourceDetail; field: FieldName }) {
  const queryClient = useQueryClient();
  const inputId = useId();
  const provenance = source.provenance[field];
  const value = field === 'kind' ? source.kind : (provenance?.value ?? (source[field] as string | null));
  const [draft, setDraft] = useState<string | null>(null);
  const update = useMutation({
    mutationFn: (next: string | null) => callBridge('sources:update-metadata', { id: source.id, field, value: next }),
    onSuccess: (updated) => {
      queryClient.setQueryData(queryKeys.source(source.id), updated);
      setDraft(null);
      void queryClient.invalidateQueries({ queryKey: queryKeys.sources });
      void queryClient.invalidateQueries({ queryKey: queryKeys.audit });
    },
  });

  const isEditing = draft !== null;
  const save = (event?: FormEvent) => {
    event?.preventDefault();
    if (draft === null) return;
    update.mutate(draft.trim() === '' ? null : draft);
  };
  const cancel = () => {
    setDraft(null);
    update.reset();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      cancel();
      event.preventDefault();
      event.stopPropagation();
    }
  };

  const shown = field === 'publishedAt' ? formatPublished(value) : field === 'kind' ? (kindLabels[value ?? ''] ?? value) : value;
  return (
    <div className="field" data-field={field}>
      <dt>
        <label htmlFor={inputId}>{fieldLabels[field]}</label>
      </dt>
      <dd>
        {isEditing ? (
          <form className="field-editor" onSubmit={save} onKeyDown={onKeyDown}>
            {field === 'kind' ? (
              <select id={inputId} value={draft} onChange={(event) => setDraft(event.target.value)} autoFocus>
                {kinds.map((kind) => (
                  <option key={kind} value={kind}>
                    {kindLabels[kind]}
                  </option>
                ))}
              </select>
            ) : (
              <input
                id={inputId}
                type="text"
                value={draft}
                onChange={(event) => setDraft(event.target.value)}
                placeholder={field === 'publishedAt' ? 'YYYY-MM-DD' : undefined}
                autoFocus
              />
            )}
            <div className="field-actions">
              <button type="submit" className="button is-primary is-small" disabled={update.isPending}>
                Save
              </button>
              <button type="button" className="button is-small" onClick={cancel}>
                Cancel
              </button>
            </div>
            <FieldError of={update} />
          </form>
        ) : (
          <div className="field-value">
            <span className={value ? undefined : 'muted'}>{value ? shown : 'not found'}</span>
            <button
              type="button"
              id={inputId}
              className="button is-small is-quiet"
              aria-label={`Edit ${fieldLabels[field].toLowerCase()}`}
              onClick={() => setDraft(value ?? (field === 'kind' ? 'unknown' : ''))}
            >
              Edit
            </button>
          </div>
        )}
        {provenance ? (
          <p className="provenance">
            {provenance.origin === 'analyst' ? 'set by the analyst' : `from ${provenance.origin}`}
            {provenance.isInferred ? <span className="badge">inferred</span> : null}
          </p>
        ) : null}
      </dd>
    </div>
  );
}
