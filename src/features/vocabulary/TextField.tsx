import { useId } from 'react';

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  invalid?: boolean;
  required?: boolean;
  multiline?: boolean;
}

/** A labelled text control with an optional hint tied to it by id. */
export function TextField({ label, value, onChange, hint, invalid, required, multiline }: Props) {
  const id = useId();
  const common = {
    id,
    value,
    required,
    'aria-invalid': invalid || undefined,
    'aria-describedby': hint ? `${id}-hint` : undefined,
  };
  return (
    <div className="vocab-field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={2} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type="text" autoComplete="off" onChange={(e) => onChange(e.target.value)} />
      )}
      {hint && (
        <span id={`${id}-hint`} className="muted vocab-hint">
          {hint}
        </span>
      )}
    </div>
  );
}
