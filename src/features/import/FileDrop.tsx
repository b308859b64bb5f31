import { useId, useState, type DragEvent } from 'react';

interface Props {
  label: string;
  hint: string;
  accept: string;
  disabled?: boolean;
  onFile: (file: File, others: number) => void;
}

/**
 * A native file input (keyboard and screen readers work as they do everywhere) inside a zone that also takes a
 * dropped file. The input keeps its own label so its accessible name is exactly `label`.
 */
export function FileDrop({ label, hint, accept, disabled = false, onFile }: Props) {
  const id = useId();
  const [over, setOver] = useState(false);
  const take = (files: FileList | null) => {
    const first = files?.[0];
    if (first) onFile(first, (files?.length ?? 1) - 1);
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
      <label htmlFor={id} className="file-drop-label">
        {label}
      </label>
      <input
        id={id}
        type="file"
        accept={accept}
        disabled={disabled}
        onChange={(e) => {
          take(e.currentTarget.files);
          e.currentTarget.value = ''; // choosing the same file again (after fixing it) fires again
        }}
      />
      <span className="muted">{hint}</span>
    </div>
  );
}
