import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { MAX_FILE_BYTES } from '../../domain/formats/problems';
import { useKnownSources } from '../../db/mutations';
import { FileDrop } from './FileDrop';
import { ProblemList } from './ProblemList';
import { ImportPreview } from './ImportPreview';
import { ImportProgressBar } from './ImportProgressBar';
import { UndoLastImport } from './UndoLastImport';
import { BackupPanel } from './BackupPanel';
import { useImport } from './useImport';
import { useNumber } from './useNumber';
import { useWriteErrorText } from '../../lib/useWriteErrorText';
import './import.css';

/** What the import page lends a section mounted in it (drafting, wired in src/app): its file door. */
export interface ImportDoor {
  importFile: (file: File) => void;
  busy: boolean;
}

export default function ImportPage({ drafting }: { drafting?: (door: ImportDoor) => ReactNode } = {}) {
  const { t } = useTranslation('import');
  const { stage, choose, confirm, cancel } = useImport();
  const [extraFiles, setExtraFiles] = useState(0);
  // Enabled once the app has opened and seeded the database, so the import never races the first seeding.
  const ready = useKnownSources();
  const errorText = useWriteErrorText();
  const num = useNumber();
  // A file handed over from the drafting section below: its preview (above it) is brought into view.
  const [fromSection, setFromSection] = useState(false);
  useEffect(() => {
    if (!fromSection || stage.kind === 'checking') return;
    setFromSection(false);
    document.querySelector('.import-preview, .import-problems')?.scrollIntoView?.({ block: 'start' });
  }, [fromSection, stage.kind]);
  const door: ImportDoor = {
    importFile: (f) => {
      setFromSection(true);
      setExtraFiles(0);
      void choose(f);
    },
    busy: stage.kind === 'checking' || stage.kind === 'writing' || ready.isPending,
  };
  const { search } = useLocation();

  return (
    <section className="page import-page">
      <h1>{t('ImportPage.title')}</h1>
      <p className="lead">{t('ImportPage.intro')}</p>
      <p className="muted">{t('ImportPage.formats', { limit: MAX_FILE_BYTES / 1024 / 1024 })}</p>
      <p className="muted">{t('ImportPage.sourcesNote')}</p>
      <p>
        {t('ImportPage.typeIn')} <Link to={{ pathname: '/records/new', search }}>{t('ImportPage.newRecord')}</Link>
      </p>
      <p>
        <Link to={{ pathname: '/feeds', search }}>{t('ImportPage.feedsLink')}</Link>
      </p>
      <p>
        {t('ImportPage.vocabularyNote')}{' '}
        <Link to={{ pathname: '/vocabulary', search }}>{t('ImportPage.vocabularyLink')}</Link>
      </p>
      <FileDrop
        label={t('drop.label')}
        hint={t('drop.hint')}
        accept=".json,.csv,application/json,text/csv"
        disabled={stage.kind === 'checking' || stage.kind === 'writing' || ready.isPending}
        onFile={(f, n) => {
          setExtraFiles(n);
          void choose(f);
        }}
      />
      {extraFiles > 0 && <p className="notice">{t('drop.onlyOne')}</p>}
      {stage.kind === 'checking' && (
        <>
          <p role="status" aria-live="polite">
            {t('drop.reading', { file: stage.file })}
          </p>
          <ImportProgressBar file={stage.file} progress={stage.progress} start="read" />
          <p className="muted">{t('progress.working')}</p>
        </>
      )}
      {stage.kind === 'problems' && <ProblemList file={stage.file} problems={stage.problems} count={stage.count} />}
      {stage.kind === 'refused' && <p role="alert">{errorText(stage.error)}</p>}
      {stage.kind === 'preview' && stage.error !== undefined && <p role="alert">{errorText(stage.error)}</p>}
      {(stage.kind === 'preview' || stage.kind === 'writing') && (
        <ImportPreview
          file={stage.file}
          summary={stage.summary}
          writing={stage.kind === 'writing'}
          onConfirm={() => void confirm()}
          onCancel={cancel}
        />
      )}
      {stage.kind === 'writing' && (
        <>
          <ImportProgressBar file={stage.file} progress={stage.progress} start="write" />
          <p className="muted">{t('progress.writeNote')}</p>
        </>
      )}
      {stage.kind === 'done' && (
        <p role="status" className="import-done">
          {t('done.message', {
            file: stage.file,
            created: num(stage.outcome.created),
            updated: num(stage.outcome.updated),
            unchanged: num(stage.outcome.unchanged),
          })}
        </p>
      )}
      {drafting?.(door)}
      <UndoLastImport />
      <BackupPanel />
    </section>
  );
}
