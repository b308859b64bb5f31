import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ScrollRegion } from '../../ui/ScrollRegion';
import type { Span } from '../../domain/drafting';
import { piecesOf } from './evidence';

interface Props {
  text: string;
  spans: readonly Span[];
  /** What the marks are evidence for ("Draft 1 · Countries"), or null when no field is focused. */
  focus: string | null;
}

/**
 * The release as the engine read it, with the focused field's evidence marked. Plain text nodes and <mark>
 * elements only: a release holding HTML or a script shows it as characters.
 */
export function ReleaseText({ text, spans, focus }: Props) {
  const { t } = useTranslation('drafting');
  const pieces = useMemo(() => piecesOf(text, spans), [text, spans]);
  const box = useRef<HTMLDivElement>(null);
  // On a phone the text stays above the drafts while they scroll: the analyst may fold it away to see more of them.
  const [open, setOpen] = useState(true);
  const id = useId();
  useEffect(() => {
    // Brings the first mark into view inside the text box, not the page (the analyst stays on the field).
    const mark = box.current?.querySelector('mark');
    const el = box.current;
    if (mark instanceof HTMLElement && el) el.scrollTop = Math.max(0, mark.offsetTop - el.offsetTop - 40);
  }, [pieces]);
  return (
    <div className="release-panel">
      <div className="release-panel-head">
        <h3>{t('text.heading')}</h3>
        <button
          type="button"
          className="button-secondary"
          aria-expanded={open}
          aria-controls={id}
          onClick={() => setOpen((o) => !o)}
        >
          {open ? t('text.hide') : t('text.show')}
        </button>
      </div>
      <p className="muted" aria-live="polite">
        {focus ? t('text.evidenceFor', { field: focus, count: spans.length }) : t('text.hint')}
      </p>
      <div id={id} hidden={!open}>
        <ScrollRegion className="release-text" ref={box} label={t('text.heading')}>
          {pieces.map((p) => (p.marked ? <mark key={p.start}>{p.text}</mark> : <span key={p.start}>{p.text}</span>))}
        </ScrollRegion>
      </div>
    </div>
  );
}
