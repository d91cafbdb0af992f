import { useRef, type KeyboardEvent } from 'react';
import { useCaseInfo } from '../bridge/queries';
import { useNavigation } from '../navigation/NavigationContext';
import { shortcutLabel, views } from '../navigation/views';

export function Sidebar() {
  const { view, showView } = useNavigation();
  const caseInfo = useCaseInfo();
  const listRef = useRef<HTMLUListElement>(null);

  // ↑↓ move between views, as in any list.
  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const buttons = [...(listRef.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = buttons[(index + (event.key === 'ArrowDown' ? 1 : buttons.length - 1)) % buttons.length];
    next?.focus();
    event.preventDefault();
  };

  return (
    <nav className="sidebar" aria-label="Views">
      <div className="case-name" title={caseInfo.data?.path}>
        <span className="case-label">Case</span>
        <span className="case-title">{caseInfo.data?.name ?? '…'}</span>
      </div>
      <ul ref={listRef} onKeyDown={onKeyDown}>
        {views.map((entry) => (
          <li key={entry.id}>
            <button
              type="button"
              className="nav-item"
              aria-current={view === entry.id ? 'page' : undefined}
              aria-keyshortcuts={`${shortcutLabel(entry.shortcutKey).replace('⌘', 'Meta+')}`}
              onClick={() => showView(entry.id)}
            >
              <span>{entry.label}</span>
              <kbd>{shortcutLabel(entry.shortcutKey)}</kbd>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
