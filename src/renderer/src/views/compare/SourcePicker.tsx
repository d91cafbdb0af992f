import type { SourceSummary } from '../../../../shared/domain';

interface Props {
  id: string;
  label: string;
  sources: readonly SourceSummary[];
  value: number | null;
  onChange(id: number): void;
}

export function SourcePicker({ id, label, sources, value, onChange }: Props) {
  return (
    <span className="picker">
      <label htmlFor={id} className="picker-label">
        {label}
      </label>
      <select id={id} className="source-select" value={value ?? ''} onChange={(event) => onChange(Number(event.target.value))}>
        {sources.map((source) => (
          <option key={source.id} value={source.id}>
            {optionText(source)}
          </option>
        ))}
      </select>
    </span>
  );
}

function optionText(source: SourceSummary): string {
  const text = source.outlet ? `#${source.id} ${source.outlet} — ${source.title}` : `#${source.id} ${source.title}`;
  return text.length > 70 ? `${text.slice(0, 69).trimEnd()}…` : text;
}
