import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { backupToJson, parseBackup, type Backup } from '../../db/backupFormat';
import type { RestorePlan } from '../../db/backup';
import { useApplyRestore, usePreviewRestore, useReadBackup } from '../../db/mutations';
import type { Problem } from '../../domain/formats/problems';
import { MAX_FILE_BYTES } from '../../domain/formats/problems';
import { tooLarge } from '../../domain/formats/importFile';
import { formatDateTime } from '../../domain/dates';
import { useLang } from '../../lib/useLang';
import { FileDrop } from './FileDrop';
import { ProblemList } from './ProblemList';
import { useWriteErrorText } from '../../lib/useWriteErrorText';
import { withNumbers } from '../../ui/charts/captions';
import { downloadText } from '../../lib/export/download';

type Stage =
  | { kind: 'idle' }
  | { kind: 'problems'; file: string; problems: Problem[] }
  | { kind: 'preview'; file: string; backup: Backup; plan: RestorePlan };

/** The whole database as one file, and back: restore replaces everything, after a preview, in one transaction. */
export function BackupPanel() {
  const { t } = useTranslation('import');
  const { locale } = useLang();
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [saved, setSaved] = useState<string | null>(null);
  const read = useReadBackup();
  const preview = usePreviewRestore();
  const restore = useApplyRestore();
  const errorText = useWriteErrorText();

  const save = async () => {
    const b = await read.mutateAsync();
    const name = `agenda-exterior-backup-${b.createdAt.slice(0, 10)}.json`;
    downloadText(backupToJson(b), name, 'application/json');
    setSaved(name);
  };

  const onFile = async (file: File) => {
    restore.reset();
    if (file.size > MAX_FILE_BYTES) {
      const r = tooLarge(file.name, file.size);
      if (!r.ok) setStage({ kind: 'problems', file: file.name, problems: r.problems });
      return;
    }
    const parsed = parseBackup(await file.text(), file.name);
    if (!parsed.ok) return setStage({ kind: 'problems', file: file.name, problems: parsed.problems });
    const plan = await preview.mutateAsync(parsed.backup);
    setStage({ kind: 'preview', file: file.name, backup: parsed.backup, plan });
  };

  const when = (iso: string) => formatDateTime(iso, locale);

  return (
    <section aria-labelledby="backup-heading" className="import-backup">
      <h2 id="backup-heading">{t('backup.heading')}</h2>
      <p className="muted">{t('backup.intro')}</p>
      <p>
        <button type="button" className="button-secondary" onClick={() => void save()} disabled={read.isPending}>
          {t('backup.download')}
        </button>
      </p>
      {saved && <p role="status">{t('backup.downloaded', { file: saved })}</p>}
      {read.isError && <p role="alert">{errorText(read.error)}</p>}
      <FileDrop
        label={t('backup.restoreLabel')}
        hint={t('backup.hint')}
        accept=".json,application/json"
        disabled={restore.isPending}
        onFile={(f) => void onFile(f)}
      />
      {stage.kind === 'problems' && <ProblemList file={stage.file} problems={stage.problems} />}
      {restore.isError && <p role="alert">{errorText(restore.error)}</p>}
      {restore.isSuccess && <p role="status">{withNumbers(t, locale)('backup.done', { ...restore.data })}</p>}
      {stage.kind === 'preview' && !restore.isSuccess && (
        <div className="import-preview">
          <p>
            {withNumbers(t, locale)('backup.preview', {
              file: stage.file,
              when: when(stage.backup.createdAt),
              created: stage.plan.created.length,
              changed: stage.plan.changed.length,
              removed: stage.plan.removed.length,
              unchanged: stage.plan.unchanged,
              historyNow: stage.plan.counts.history.now,
              historyBackup: stage.plan.counts.history.backup,
              briefingNow: stage.plan.counts.briefing.now,
              briefingBackup: stage.plan.counts.briefing.backup,
              settingsNow: stage.plan.counts.settings.now,
              settingsBackup: stage.plan.counts.settings.backup,
            })}
          </p>
          <p className="import-actions">
            <button
              type="button"
              className="button"
              disabled={restore.isPending}
              onClick={() => restore.mutate({ backup: stage.backup, note: stage.file })}
            >
              {t('backup.confirm')}
            </button>
            <button type="button" className="button-secondary" onClick={() => setStage({ kind: 'idle' })}>
              {t('preview.cancel')}
            </button>
          </p>
        </div>
      )}
    </section>
  );
}
