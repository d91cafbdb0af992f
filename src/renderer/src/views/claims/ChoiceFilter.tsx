interface ChoiceFilterProps {
  label: string;
  value: string;
  /** What the empty choice reads: "All", or "Nothing" for grouping. */
  emptyLabel: string;
  /** [value, label] pairs, in the order shown. */
  choices: readonly (readonly [string, string])[];
  onChange: (value: string) => void;
}

/** One labelled drop-down of the claim filter bar; the empty value means no filter. */
export function ChoiceFilter({ label, value, emptyLabel, choices, onChange }: ChoiceFilterProps) {
  return (
    <label>
      {label}
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{emptyLabel}</option>
        {choices.map(([choice, text]) => (
          <option key={choice} value={choice}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}
