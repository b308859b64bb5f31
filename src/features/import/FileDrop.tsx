import { useId, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  label: string;
  hint: string;
  accept: string;
  disabled?: boolean;
  onFile: (file: File, others: number) => void;
}

/**
 * A file input inside a zone that also takes a dropped file. The native input keeps its label (its accessible name
 * is exactly `label`) but is not shown: its button and "No file chosen" are drawn by the browser in the browser's
 * language, whatever the page's. A button of ours, in the page's language, opens it, from the keyboard too.
 */
export function FileDrop({ label, hint, accept, disabled = false, onFile }: Props) {
  const { t } = useTranslation('import');
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const [chosen, setChosen] = useState<string | null>(null);
  const take = (files: FileList | null) => {
    const first = files?.[0];
    if (!first) return;
    setChosen(first.name);
    onFile(first, (files?.length ?? 1) - 1);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    if (!disabled) take(e.dataTransfer.files);
  };
  return (
    <div
      className={`file-drop${over ? ' file-drop-over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <label htmlFor={id} id={`${id}-label`} className="file-drop-label">
        {label}
      </label>
      <input
        ref={input}
        id={id}
        type="file"
        className="file-drop-input"
        tabIndex={-1}
        accept={accept}
        disabled={disabled}
        onChange={(e) => {
          take(e.currentTarget.files);
          e.currentTarget.value = ''; // choosing the same file again (after fixing it) fires again
        }}
      />
      <button
        type="button"
        className="button-secondary"
        disabled={disabled}
        aria-describedby={`${id}-label`}
        onClick={() => input.current?.click()}
      >
        {t('drop.choose')}
      </button>
      <span className="file-drop-chosen">{chosen ?? t('drop.none')}</span>
      <span className="muted">{hint}</span>
    </div>
  );
}
