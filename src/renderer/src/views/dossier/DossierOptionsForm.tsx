import type { DossierFilter, DossierOptionsInput, PaperSize } from '../../../../shared/dossier';
import type { SourceSummary } from '../../../../shared/domain';
import { credibilityLabels } from '../claims/claimLabels';

/** The options the form edits: every field present, so each control is controlled. */
export interface DossierChoices {
  filter: DossierFilter;
  tags: string[];
  verdicts: number[];
  /** Null includes every source, including ones imported later. */
  sourceIds: number[] | null;
  includeAppendix: boolean;
  paper: PaperSize;
  analystName: string;
}

export const initialChoices: DossierChoices = {
  filter: 'all',
  tags: [],
  verdicts: [],
  sourceIds: null,
  includeAppendix: false,
  paper: 'a4',
  analystName: '',
};

export function toDossierOptions(choices: DossierChoices): DossierOptionsInput {
  return { ...choices, analystName: choices.analystName.trim() || null };
}

const filterLabels: Record<DossierFilter, string> = {
  all: 'All claims',
  contested: 'Contested claims',
  flagged: 'Flagged claims',
};

function toggled<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((item) => item !== value) : [...list, value];
}

interface Props {
  choices: DossierChoices;
  onChange(choices: DossierChoices): void;
  tags: readonly string[];
  sources: readonly SourceSummary[];
}

/** What goes into the dossier. Every change re-renders the preview. */
export function DossierOptionsForm({ choices, onChange, tags, sources }: Props) {
  const set = (patch: Partial<DossierChoices>) => onChange({ ...choices, ...patch });
  const allSourceIds = sources.map((source) => source.id);
  const includedSources = choices.sourceIds ?? allSourceIds;
  const toggleSource = (id: number) => {
    const next = toggled(includedSources, id);
    set({ sourceIds: next.length === allSourceIds.length ? null : next });
  };

  return (
    <form className="dossier-options" aria-label="Dossier options" onSubmit={(event) => event.preventDefault()}>
      <fieldset>
        <legend>Claims</legend>
        {(Object.keys(filterLabels) as DossierFilter[]).map((filter) => (
          <label key={filter} className="dossier-choice">
            <input type="radio" name="dossier-filter" value={filter} checked={choices.filter === filter} onChange={() => set({ filter })} />
            {filterLabels[filter]}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>Verdicts</legend>
        <p className="dossier-hint">None ticked keeps every verdict.</p>
        {Object.entries(credibilityLabels).map(([value, label]) => {
          const verdict = Number(value);
          return (
            <label key={value} className="dossier-choice">
              <input type="checkbox" checked={choices.verdicts.includes(verdict)} onChange={() => set({ verdicts: toggled(choices.verdicts, verdict) })} />
              <span className="tabular">{value}</span> {label}
            </label>
          );
        })}
      </fieldset>

      <fieldset>
        <legend>Tags</legend>
        {tags.length === 0 ? (
          <p className="dossier-hint">No claim is tagged yet.</p>
        ) : (
          <>
            <p className="dossier-hint">None ticked keeps every tag.</p>
            {tags.map((tag) => (
              <label key={tag} className="dossier-choice">
                <input type="checkbox" checked={choices.tags.includes(tag)} onChange={() => set({ tags: toggled(choices.tags, tag) })} />
                {tag}
              </label>
            ))}
          </>
        )}
      </fieldset>

      <fieldset>
        <legend>Sources</legend>
        {sources.map((source) => (
          <label key={source.id} className="dossier-choice">
            <input type="checkbox" checked={includedSources.includes(source.id)} onChange={() => toggleSource(source.id)} />
            <span className="dossier-source-label">
              <span className="tabular">S{source.id}</span> {source.outlet ?? source.title}
            </span>
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>Layout</legend>
        <label className="dossier-choice">
          <input type="checkbox" checked={choices.includeAppendix} onChange={() => set({ includeAppendix: !choices.includeAppendix })} />
          Append each source’s full text
        </label>
        <label className="dossier-field">
          Paper
          <select value={choices.paper} onChange={(event) => set({ paper: event.target.value === 'letter' ? 'letter' : 'a4' })}>
            <option value="a4">A4</option>
            <option value="letter">US Letter</option>
          </select>
        </label>
        <label className="dossier-field">
          Analyst name
          <input type="text" value={choices.analystName} maxLength={200} placeholder="Shown on the cover" onChange={(event) => set({ analystName: event.target.value })} />
        </label>
      </fieldset>
    </form>
  );
}
