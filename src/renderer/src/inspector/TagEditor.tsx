import { useId, useState } from 'react';
import { useCodebook } from '../bridge/queries';

/** Tags as chips with a field that adds one on Enter; suggestions come from the case's codebook. */
export function TagEditor({ tags, onChange, label }: { tags: readonly string[]; onChange: (tags: string[]) => void; label: string }) {
  const inputId = useId();
  const listId = useId();
  const codebook = useCodebook().data ?? [];
  const [draft, setDraft] = useState('');
  const add = () => {
    const tag = draft.trim();
    if (tag && !tags.includes(tag)) onChange([...tags, tag]);
    setDraft('');
  };
  return (
    <div>
      {tags.length > 0 ? (
        <div className="tag-editor-chips">
          {tags.map((tag) => (
            <span key={tag} className="tag">
              {tag}
              <button type="button" className="tag-remove" aria-label={`Remove tag ${tag}`} onClick={() => onChange(tags.filter((other) => other !== tag))}>
                ×
              </button>
            </span>
          ))}
        </div>
      ) : null}
      <label htmlFor={inputId} className="visually-hidden">
        {label}
      </label>
      <input
        id={inputId}
        type="text"
        list={listId}
        value={draft}
        placeholder="Add a tag, Enter"
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            add();
            event.preventDefault();
          }
        }}
        onBlur={add}
      />
      <datalist id={listId}>
        {codebook.map((tag) => (
          <option key={tag} value={tag} />
        ))}
      </datalist>
    </div>
  );
}
