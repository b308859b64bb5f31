import { useEffect, useRef, useState, type InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../domain/dates';
import { addDays, parseDay } from '../domain/parseDate';
import { useLang } from '../lib/useLang';

type Passed = Pick<InputHTMLAttributes<HTMLInputElement>, 'id' | 'aria-describedby' | 'aria-label' | 'required'> & {
  'aria-invalid'?: true;
};

interface Props extends Passed {
  /** YYYY-MM-DD, or '' for none. */
  value: string;
  /** Called with YYYY-MM-DD once the text names a real day, or '' once it is emptied. */
  onChange: (day: string) => void;
}

/**
 * A date typed and shown in the page's language ("9 dic. 2025" / "9 Dec 2025", the app's one date style), instead
 * of the browser's date input, which shows mm/dd/yyyy whatever the page's language and takes four tab stops.
 * One tab stop: the text box. The calendar button beside it is for the pointer (tabIndex -1): it opens the
 * browser's own date picker through a hidden native input; from the keyboard, the arrow keys move a day.
 */
export function DateField({ value, onChange, ...passed }: Props) {
  const { t } = useTranslation('ui');
  const { locale } = useLang();
  const shown = value ? formatDay(value, locale) : '';
  const [text, setText] = useState(shown);
  const [editing, setEditing] = useState(false);
  const picker = useRef<HTMLInputElement>(null);
  // A value set from elsewhere (the URL, a chip, a reset) or a language switch replaces the text, except mid-typing.
  useEffect(() => {
    if (!editing) setText(shown);
  }, [shown, editing]);
  const bad = text.trim() !== '' && parseDay(text) === null;
  const commit = (next: string) => {
    setText(next);
    if (next.trim() === '') return value !== '' && onChange('');
    const day = parseDay(next);
    if (day && day !== value) onChange(day);
  };
  return (
    <span className="date-field">
      <input
        {...passed}
        type="text"
        inputMode="text"
        autoComplete="off"
        placeholder={t('date.placeholder')}
        value={text}
        aria-invalid={passed['aria-invalid'] ?? (bad || undefined)}
        onFocus={() => setEditing(true)}
        onBlur={() => {
          setEditing(false);
          if (!bad) setText(shown);
        }}
        onChange={(e) => commit(e.target.value)}
        onKeyDown={(e) => {
          if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') return;
          e.preventDefault();
          const base = parseDay(text) ?? (value || new Date().toISOString().slice(0, 10));
          const next = addDays(base, e.key === 'ArrowUp' ? 1 : -1);
          onChange(next);
          setText(formatDay(next, locale));
        }}
      />
      <button
        type="button"
        className="date-field-calendar"
        tabIndex={-1}
        aria-label={t('date.calendar')}
        onClick={() => picker.current?.showPicker?.()}
      >
        <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16">
          <rect x="1.5" y="3" width="13" height="11.5" rx="1.5" fill="none" stroke="currentColor" />
          <path d="M1.5 6.5h13M5 1.5v3M11 1.5v3" stroke="currentColor" fill="none" />
        </svg>
      </button>
      <input
        ref={picker}
        type="date"
        className="date-field-picker"
        tabIndex={-1}
        aria-hidden="true"
        value={value}
        onChange={(e) => {
          onChange(e.target.value);
          setText(e.target.value ? formatDay(e.target.value, locale) : '');
        }}
      />
    </span>
  );
}
