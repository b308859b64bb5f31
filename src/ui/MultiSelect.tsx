import { useId } from 'react';

export interface Option {
  value: string;
  label: string;
  count?: number;
}

interface Props {
  label: string;
  options: readonly Option[];
  selected: readonly string[];
  onToggle: (value: string) => void;
  emptyText: string;
}

/**
 * A disclosure with a list of checkboxes: native elements, so keyboard and screen readers work without ARIA
 * patches. The summary shows how many values are chosen.
 */
export function MultiSelect({ label, options, selected, onToggle, emptyText }: Props) {
  const id = useId();
  return (
    <details className="multiselect">
      <summary>
        {label}
        {selected.length > 0 && <span className="badge">{selected.length}</span>}
      </summary>
      <fieldset className="multiselect-panel" aria-labelledby={`${id}-legend`}>
        <legend id={`${id}-legend`} className="visually-hidden">
          {label}
        </legend>
        {options.length === 0 && <p className="muted">{emptyText}</p>}
        {options.map((o) => (
          <label key={o.value} className="multiselect-option">
            <input type="checkbox" checked={selected.includes(o.value)} onChange={() => onToggle(o.value)} />
            <span>{o.label}</span>
            {o.count !== undefined && <span className="muted count">{o.count}</span>}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
