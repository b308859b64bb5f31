import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { ActivityFile } from '../../domain/activity';
import type { ImportPlan } from '../../domain/formats/diff';
import { MAX_FILE_BYTES, type Problem } from '../../domain/formats/problems';
import { useApplyImport, useKnownSources, usePreviewImport } from '../../db/mutations';
import type { ImportOutcome } from '../../db/writes';
import { FileDrop } from './FileDrop';
import { ProblemList } from './ProblemList';
import { ImportPreview } from './ImportPreview';
import { UndoLastImport } from './UndoLastImport';
import { BackupPanel } from './BackupPanel';
import { readImportFile } from './readImportFile';
import { useWriteErrorText } from './useWriteErrorText';
import './import.css';

type Stage =
  | { kind: 'idle' }
  | { kind: 'reading'; file: string }
  | { kind: 'problems'; file: string; problems: Problem[] }
  | { kind: 'preview'; file: string; records: ActivityFile[]; plan: ImportPlan }
  | { kind: 'done'; file: string; outcome: ImportOutcome };

export default function ImportPage() {
  const { t } = useTranslation('import');
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [extraFiles, setExtraFiles] = useState(0);
  const sources = useKnownSources();
  const preview = usePreviewImport();
  const apply = useApplyImport();
  const errorText = useWriteErrorText();
  const { search } = useLocation();

  const onFile = async (file: File, others: number) => {
    setExtraFiles(others);
    apply.reset();
    setStage({ kind: 'reading', file: file.name });
    try {
      const result = await readImportFile(file, { sources: sources.data ?? [] });
      if (!result.ok) return setStage({ kind: 'problems', file: file.name, problems: result.problems });
      const plan = await preview.mutateAsync(result.records);
      setStage({ kind: 'preview', file: file.name, records: result.records, plan });
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      setStage({
        kind: 'problems',
        file: file.name,
        problems: [{ file: file.name, field: '(file)', code: 'invalid', params: { value: detail } }],
      });
    }
  };

  const confirm = (file: string, records: ActivityFile[]) =>
    apply.mutate({ records, note: file }, { onSuccess: (outcome) => setStage({ kind: 'done', file, outcome }) });

  return (
    <section className="page import-page">
      <h1>{t('ImportPage.title')}</h1>
      <p className="lead">{t('ImportPage.intro')}</p>
      <p className="muted">{t('ImportPage.formats', { limit: MAX_FILE_BYTES / 1024 / 1024 })}</p>
      <p className="muted">{t('ImportPage.sourcesNote')}</p>
      <p>
        {t('ImportPage.typeIn')} <Link to={{ pathname: '/records/new', search }}>{t('ImportPage.newRecord')}</Link>
      </p>
      <FileDrop
        label={t('drop.label')}
        hint={t('drop.hint')}
        accept=".json,.csv,application/json,text/csv"
        disabled={stage.kind === 'reading' || apply.isPending || sources.isPending}
        onFile={(f, n) => void onFile(f, n)}
      />
      {extraFiles > 0 && <p className="notice">{t('drop.onlyOne')}</p>}
      {stage.kind === 'reading' && (
        <p role="status" aria-live="polite">
          {t('drop.reading', { file: stage.file })}
        </p>
      )}
      {stage.kind === 'problems' && <ProblemList file={stage.file} problems={stage.problems} />}
      {apply.isError && <p role="alert">{errorText(apply.error)}</p>}
      {stage.kind === 'preview' && (
        <ImportPreview
          file={stage.file}
          plan={stage.plan}
          writing={apply.isPending}
          onConfirm={() => confirm(stage.file, stage.records)}
          onCancel={() => setStage({ kind: 'idle' })}
        />
      )}
      {stage.kind === 'done' && (
        <p role="status" className="import-done">
          {t('done.message', { file: stage.file, ...stage.outcome })}
        </p>
      )}
      <UndoLastImport />
      <BackupPanel />
    </section>
  );
}
