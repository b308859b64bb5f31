import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityFile } from '../../domain/activity';
import { activitiesToJson } from '../../domain/formats/json';
import { NO_ADDITIONS } from '../../domain/vocabulary';
import { downloadText } from '../../lib/export/download';
import { draftsFileFor } from './draftsExport';
import { releaseSource, sourceIdFor, type ReleaseForm } from './releaseSource';
import type { Checked } from './reviewRecord';
import type { ReviewDraft } from './reviewState';
import type { Drafted } from './useDrafting';

interface Props {
  result: Drafted;
  reviews: ReviewDraft[];
  checks: Checked[];
  release: ReleaseForm;
  busy: boolean;
  importFile: (file: File) => void;
}

const httpUrl = (s: string) => /^https?:\/\/\S+$/i.test(s.trim());

/**
 * Export the drafts as they stand (to share them or finish another day), or send the accepted ones to the import
 * preview as a JSON file that carries the pasted release: the release and the records are written together, and
 * only when the analyst confirms the preview.
 */
export function ReviewActions({ result, reviews, checks, release, busy, importFile }: Props) {
  const { t } = useTranslation('drafting');
  const [message, setMessage] = useState<string | null>(null);
  const accepted = reviews.flatMap((r, i) => (r.decision === 'accepted' ? [i] : []));

  const exportDrafts = () => {
    const engine = result.file;
    const releaseInfo = {
      ...engine.release,
      ...(release.issuer.trim() && { issuer: release.issuer.trim() }),
      ...(httpUrl(release.url) && { url: release.url.trim() }),
    };
    const out = draftsFileFor({ ...engine, release: releaseInfo }, reviews, sourceIdFor(result));
    if (!out.ok) return setMessage(t('export.failed', { issues: out.issues.slice(0, 3).join('; ') }));
    setMessage(null);
    downloadText(JSON.stringify(out.file, null, 2) + '\n', `drafts-${engine.release.date}.json`, 'application/json');
  };

  const importAccepted = () => {
    if (accepted.length === 0) return setMessage(t('import.noneAccepted'));
    const blocked = accepted.filter((i) => !checks[i]?.ok).map((i) => i + 1);
    if (blocked.length > 0)
      return setMessage(t('import.fixFirst', { count: blocked.length, drafts: blocked.join(', ') }));
    const source = releaseSource(result, release);
    if (!source.ok) return setMessage(t('import.needsUrl'));
    const records = accepted.flatMap((i) => {
      const c = checks[i];
      return c?.ok ? [c.record] : [];
    }) satisfies ActivityFile[];
    setMessage(null);
    const json = activitiesToJson(records, { vocabulary: NO_ADDITIONS, sources: [source.source] });
    const name = t('import.fileName', { citation: source.source.citation.slice(0, 80) });
    importFile(new File([json], name, { type: 'application/json' }));
  };

  return (
    <div className="drafting-actions">
      <p className="muted">{t('import.note', { count: accepted.length })}</p>
      <p className="import-actions">
        <button type="button" className="button" onClick={importAccepted} disabled={busy}>
          {t('import.button')}
        </button>
        <button type="button" className="button-secondary" onClick={exportDrafts}>
          {t('export.button')}
        </button>
      </p>
      {message && (
        <p role="alert" className="drafting-alert">
          {message}
        </p>
      )}
    </div>
  );
}
