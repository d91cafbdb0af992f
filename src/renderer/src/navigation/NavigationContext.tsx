import { createContext, useContext, useMemo, useReducer, type ReactNode } from 'react';
import type { ViewId } from './views';

/** What the analyst is looking at; selecting something anywhere selects it everywhere. */
export interface NavigationState {
  view: ViewId;
  sourceId: number | null;
  sentenceId: number | null;
  /** Bumped on every request to focus a view's main control (⌘K twice refocuses search). */
  focusRequest: number;
}

type Action =
  | { type: 'show-view'; view: ViewId }
  | { type: 'select-source'; sourceId: number | null }
  | { type: 'select-sentence'; sentenceId: number | null }
  | { type: 'open-source'; sourceId: number; sentenceId?: number | null };

function reduce(state: NavigationState, action: Action): NavigationState {
  switch (action.type) {
    case 'show-view':
      return { ...state, view: action.view, focusRequest: state.focusRequest + 1 };
    case 'select-source':
      return state.sourceId === action.sourceId ? state : { ...state, sourceId: action.sourceId, sentenceId: null };
    case 'select-sentence':
      return { ...state, sentenceId: action.sentenceId };
    case 'open-source':
      return {
        ...state,
        view: 'reader',
        sourceId: action.sourceId,
        sentenceId: action.sentenceId ?? null,
        focusRequest: state.focusRequest + 1,
      };
  }
}

interface Navigation extends NavigationState {
  showView(view: ViewId): void;
  selectSource(sourceId: number | null): void;
  selectSentence(sentenceId: number | null): void;
  openSource(sourceId: number, sentenceId?: number | null): void;
}

const NavigationContext = createContext<Navigation | null>(null);

export function NavigationProvider({ children }: { children: ReactNode }) {
  const [state, dispatch] = useReducer(reduce, { view: 'library', sourceId: null, sentenceId: null, focusRequest: 0 });
  const value = useMemo<Navigation>(
    () => ({
      ...state,
      showView: (view) => dispatch({ type: 'show-view', view }),
      selectSource: (sourceId) => dispatch({ type: 'select-source', sourceId }),
      selectSentence: (sentenceId) => dispatch({ type: 'select-sentence', sentenceId }),
      openSource: (sourceId, sentenceId) => dispatch({ type: 'open-source', sourceId, sentenceId: sentenceId ?? null }),
    }),
    [state],
  );
  return <NavigationContext.Provider value={value}>{children}</NavigationContext.Provider>;
}

export function useNavigation(): Navigation {
  const navigation = useContext(NavigationContext);
  if (!navigation) throw new Error('useNavigation must be used inside NavigationProvider.');
  return navigation;
}
