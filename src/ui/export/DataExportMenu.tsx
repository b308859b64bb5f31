import { useContext, useState } from 'react';
import { QueryClientContext } from '@tanstack/react-query';
import { useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { toExportRecord } from '../../domain/activity';
import { formatDay } from '../../domain/dates';
import { activitiesToCsv } from '../../domain/formats/csv';
import { activitiesToJson } from '../../domain/formats/json';
import { carriedBy } from '../../domain/formats/carried';
import { localeOf } from '../../domain/labels';
import { bundleReadme, zipTextFiles } from '../../lib/export/bundle';
import { citeSources, sourceIdsOf } from '../../lib/export/context';
import { downloadBlob, downloadText } from '../../lib/export/download';
import { exportFileName, localIsoDate } from '../../lib/export/fileName';
import { useLang } from '../../lib/useLang';
import { resolveExportContext } from './exportContext';
import { EXPORT_NS } from './i18n';
import { MenuButton } from './MenuButton';

const FORMATS = ['csv', 'json', 'zip'] as const;
type DataFormat = (typeof FORMATS)[number];

/**
 * "Download data": the activities that pass the current filters (or those of `search`) as CSV, JSON, or a .zip of
 * both with a README.
 * The files are written by src/domain/formats, the same code that reads them back on /import.
 */
export function DataExportMenu({ search: given }: { search?: string | undefined }) {
  const { t } = useTranslation(EXPORT_NS);
  const { lang } = useLang();
  const client = useContext(QueryClientContext);
  const location = useLocation();
  const { pathname } = location;
  // A page may export under other filters than its URL's (the month page: the URL's with the month as the dates).
  const search = given ?? location.search;
  const [status, setStatus] = useState('');

  const run = async (format: DataFormat) => {
    setStatus(t('status.working'));
    try {
      const now = new Date();
      const { filters, shown, sources, vocab, context } = await resolveExportContext(
        t('data.button'),
        { pathname, search },
        lang,
        t,
        client,
        now,
      );
      // With each record's `updatedAt`, which an import in another browser keeps.
      const records = shown.map(toExportRecord);
      const name = (ext: string) => exportFileName('activities', filters, now, ext);
      const csv = () => activitiesToCsv(records);
      const json = () => activitiesToJson(records, carriedBy(records, vocab, sources));
      let file = name(format);
      if (format === 'csv') downloadText(csv(), file, 'text/csv;charset=utf-8');
      else if (format === 'json') downloadText(json(), file, 'application/json');
      else {
        const readme = bundleReadme(t, {
          count: records.length,
          filters: context.filters,
          sources: citeSources(sources, sourceIdsOf(shown), lang),
          exportDate: formatDay(localIsoDate(now), localeOf(lang)),
          permalink: context.permalink,
          csvName: name('csv'),
          jsonName: name('json'),
        });
        const zip = zipTextFiles([
          { name: name('csv'), text: csv() },
          { name: name('json'), text: json() },
          { name: 'README.txt', text: readme },
        ]);
        file = name('zip');
        downloadBlob(new Blob([zip.slice().buffer], { type: 'application/zip' }), file);
      }
      setStatus(t('status.done', { file }));
    } catch (e) {
      setStatus(t('status.failed', { message: e instanceof Error ? e.message : String(e) }));
    }
  };

  return (
    <div className="data-export">
      <MenuButton
        label={t('data.button')}
        choices={FORMATS.map((id) => ({ id, label: t(id === 'zip' ? 'data.bundle' : `data.${id}`) }))}
        onChoose={(f) => void run(f)}
      />
      <span aria-live="polite" className="figure-tools-status">
        {status}
      </span>
    </div>
  );
}
