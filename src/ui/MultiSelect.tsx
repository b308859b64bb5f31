import { useEffect, useId, useRef, useState } from 'react';
import { useLang } from '../lib/useLang';
import { formatNumber } from './charts/captions';
import { useDismiss } from './useDismiss';

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
  /** Open state, held by the parent so that only one list is open at a time. */
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/**
 * A disclosure with a list of checkboxes: native elements, so keyboard and screen readers work without ARIA
 * patches. The summary shows how many values are chosen. It closes as a popup should (WAI-ARIA disclosure
 * practice): Escape (focus back on the summary), a click outside, or focus moving elsewhere.
 */
export function MultiSelect({ label, options, selected, onToggle, emptyText, open, onOpenChange }: Props) {
  const id = useId();
  const { locale } = useLang();
  const root = useRef<HTMLDetailsElement>(null);
  const summary = useRef<HTMLElement>(null);
  useDismiss(root, open, () => onOpenChange(false), summary);
  // The URL (and so `selected`) changes inside a transition that may wait for the views to render; the box shows
  // the analyst's click at once and follows the URL whenever it does change.
  const [shown, setShown] = useState(selected);
  useEffect(() => setShown(selected), [selected]);
  return (
    <details ref={root} className="multiselect" open={open}>
      <summary
        ref={summary}
        onClick={(e) => {
          // The parent decides (so opening one list closes another); the browser's own toggle would race it.
          e.preventDefault();
          onOpenChange(!open);
        }}
      >
        {label}
        {shown.length > 0 && <span className="badge">{formatNumber(shown.length, locale)}</span>}
      </summary>
      {/* Drawn only while open: a closed list shows nothing, and four lists of up to 150 options each would
          otherwise be rendered, and re-rendered on every count change, on every page. */}
      {open && (
        <fieldset className="multiselect-panel" aria-labelledby={`${id}-legend`}>
          <legend id={`${id}-legend`} className="visually-hidden">
            {label}
          </legend>
          {options.length === 0 && <p className="muted">{emptyText}</p>}
          {options.map((o) => (
            <label key={o.value} className="multiselect-option">
              <input
                type="checkbox"
                checked={shown.includes(o.value)}
                onChange={() => {
                  setShown((s) => (s.includes(o.value) ? s.filter((v) => v !== o.value) : [...s, o.value]));
                  onToggle(o.value);
                }}
              />
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
      )}
    </details>
  );
}
