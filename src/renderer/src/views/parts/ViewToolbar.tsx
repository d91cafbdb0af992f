import type { ReactNode } from 'react';
import { plural } from '../../format/formatValues';

/** The filter box most views put beside their title. */
export interface ToolbarFilter {
  value: string;
  onChange: (value: string) => void;
  placeholder: string;
  label: string;
}

/**
 * The bar at the top of every view: the title, an optional filter with the count it leaves
 * ("3 of 12 claims"), then the view's own controls pushed to the right.
 */
export function ViewToolbar(props: {
  title?: string;
  filter?: ToolbarFilter;
  count?: { shown: number; total: number; noun: string; isFiltered: boolean };
  lead?: ReactNode;
  children?: ReactNode;
}) {
  const { title, filter, count, lead, children } = props;
  return (
    <header className="view-toolbar">
      {title ? <h1>{title}</h1> : null}
      {lead}
      {filter ? (
        <input
          type="search"
          className="filter"
          placeholder={filter.placeholder}
          aria-label={filter.label}
          value={filter.value}
          onChange={(event) => filter.onChange(event.target.value)}
        />
      ) : null}
      {count ? (
        <span className="muted tabular" aria-live="polite" data-testid={`${count.noun}-count`}>
          {count.isFiltered ? `${count.shown} of ${plural(count.total, count.noun)}` : plural(count.total, count.noun)}
        </span>
      ) : null}
      {children ? <span className="toolbar-spacer" /> : null}
      {children}
    </header>
  );
}
