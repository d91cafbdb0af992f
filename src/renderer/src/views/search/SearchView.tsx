import { useDeferredValue, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { SearchHit } from '../../../../shared/domain';
import { useCaseInfo, useSearch } from '../../bridge/queries';
import { plural } from '../../format/formatValues';
import { useNavigation } from '../../navigation/NavigationContext';
import { ErrorNotice } from '../parts/ErrorNotice';

export function SearchView() {
  const { openSource, focusRequest } = useNavigation();
  const [query, setQuery] = useState(() => sessionStorage.getItem('search-query') ?? '');
  const deferredQuery = useDeferredValue(query.trim());
  const hits = useSearch(deferredQuery);
  const caseInfo = useCaseInfo().data;
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLOListElement>(null);

  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, [focusRequest]);

  useEffect(() => sessionStorage.setItem('search-query', query), [query]);

  const focusHit = (index: number) => listRef.current?.querySelectorAll<HTMLElement>('.search-hit')[index]?.focus();

  const onInputKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      focusHit(0);
      event.preventDefault();
    } else if (event.key === 'Enter') {
      const first = hits.data?.[0];
      if (first) openSource(first.sourceId, first.sentenceId);
    } else if (event.key === 'Escape') {
      setQuery('');
    }
  };

  const onHitKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    if (event.key === 'ArrowDown') focusHit(index + 1);
    else if (event.key === 'ArrowUp') {
      if (index === 0) inputRef.current?.focus();
      else focusHit(index - 1);
    } else return;
    event.preventDefault();
  };

  const results = hits.data ?? [];
  return (
    <div className="search">
      <header className="view-toolbar">
        <h1>Search</h1>
        <input
          ref={inputRef}
          type="search"
          className="search-input"
          placeholder="Search every sentence of the case…"
          aria-label="Search the case"
          aria-controls="search-results"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={onInputKeyDown}
        />
        <span className="muted tabular" aria-live="polite">
          {deferredQuery && hits.isSuccess ? plural(results.length, 'sentence') : ''}
        </span>
      </header>
      <ErrorNotice of={hits}>The search failed.</ErrorNotice>
      {!deferredQuery ? (
        <div className="empty-state">
          <p>
            Type words to find every sentence that contains them across{' '}
            {caseInfo ? plural(caseInfo.sources, 'source') : 'the case'}. The last word also matches its beginnings.
          </p>
        </div>
      ) : hits.isSuccess && results.length === 0 ? (
        <div className="empty-state">
          <p>No sentence contains “{deferredQuery}”.</p>
        </div>
      ) : (
        <ol id="search-results" ref={listRef} className="search-results" aria-label="Search results">
          {results.map((hit, index) => (
            <li key={hit.sentenceId}>
              <button
                type="button"
                className="search-hit"
                onClick={() => openSource(hit.sourceId, hit.sentenceId)}
                onKeyDown={(event) => onHitKeyDown(event, index)}
              >
                <span className="hit-source">{hit.sourceTitle}</span>
                <Snippet hit={hit} />
              </button>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

/** Matches are marked from the parts the Workbench returned; the text is never parsed as HTML. */
function Snippet({ hit }: { hit: SearchHit }) {
  return (
    <span className="hit-snippet">
      {hit.snippet.map((part, index) => (part.isMatch ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}
    </span>
  );
}
