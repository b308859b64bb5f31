import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useVocabulary } from '../../lib/useVocabulary';
import { ReleaseInput, type ReleaseFields } from './ReleaseInput';
import { ReviewPanel } from './ReviewPanel';
import { draftVocabulary, useDrafting } from './useDrafting';
import { useDraftErrorText } from './useDraftErrorText';
import './drafting.css';

export interface DraftingProps {
  /** Hands a file to the import page: the same preview, transaction and undo as a file the analyst chose. */
  importFile: (file: File) => void;
  /** The import page is checking or writing a file. */
  busy: boolean;
}

const EMPTY: ReleaseFields = { text: '', releaseDate: '', issuer: '', url: '' };

/** "Draft from a press release" on /import: paste, draft (in a worker, offline), review, then import or export. */
export function DraftingSection({ importFile, busy }: DraftingProps) {
  const { t } = useTranslation('drafting');
  const [fields, setFields] = useState(EMPTY);
  const { stage, draft, update } = useDrafting();
  const vocab = useVocabulary();
  const errorText = useDraftErrorText();
  const run = () =>
    void draft({
      text: fields.text,
      ...(fields.releaseDate && { releaseDate: fields.releaseDate }),
      ...(fields.issuer.trim() && { issuer: fields.issuer.trim() }),
      ...(fields.url.trim() && { url: fields.url.trim() }),
      vocabulary: draftVocabulary(vocab),
    });

  return (
    <section className="drafting" aria-labelledby="drafting-heading">
      <h2 id="drafting-heading">{t('heading')}</h2>
      <p className="muted">{t('intro')}</p>
      <ReleaseInput value={fields} busy={stage.kind === 'drafting'} onChange={setFields} onDraft={run} />
      {stage.kind === 'drafting' && (
        <div role="status" className="drafting-progress">
          <p>{t('progress')}</p>
          <progress aria-label={t('progress')} />
        </div>
      )}
      {stage.kind === 'failed' && (
        <p role="alert" className="drafting-alert">
          {errorText(stage.error)}
        </p>
      )}
      {stage.kind === 'ready' && (
        <ReviewPanel
          result={stage.result}
          reviews={stage.reviews}
          release={fields}
          busy={busy}
          onUpdate={update}
          importFile={importFile}
        />
      )}
    </section>
  );
}
