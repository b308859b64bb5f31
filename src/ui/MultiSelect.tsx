import { useId } from 'react';
import { useLang } from '../lib/useLang';
import { formatNumber } from './charts/captions';

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
  const { locale } = useLang();
  return (
    <details className="multiselect">
      <summary>
        {label}
        {selected.length > 0 && <span className="badge">{formatNumber(selected.length, locale)}</span>}
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
            {/* The space keeps the accessible name "Chile 9,792", not "Chile9,792". */}
            {o.count !== undefined && (
              <>
                {' '}
                <span className="muted count">{formatNumber(o.count, locale)}</span>
              </>
            )}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
