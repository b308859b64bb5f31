import { useId, type ReactNode } from 'react';

interface Props {
  label: string;
  hint?: string;
  invalid?: boolean;
  children: (props: { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string }) => ReactNode;
}

/** A label, its control and an optional hint, tied together by ids so each control has its accessible name. */
export function Field({ label, hint, invalid = false, children }: Props) {
  const id = useId();
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        ...(invalid && { 'aria-invalid': true as const }),
        ...(hint && { 'aria-describedby': `${id}-hint` }),
      })}
      {hint && (
        <span id={`${id}-hint`} className="muted form-hint">
          {hint}
        </span>
      )}
    </div>
  );
}
