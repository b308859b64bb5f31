import { useMemo } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Activity } from '../../domain/activity';
import { valueLabel } from '../../domain/labels';
import { useLang } from '../../lib/useLang';
import { withNumbers } from '../../ui/charts/captions';
import { RecordsBody } from './RecordsBody';
import { SORT_KEYS, parseSort, sortActivities, type SortKey } from './sortActivities';
import { useVocabulary } from '../../lib/useVocabulary';
import { useToday } from '../../lib/useToday';
import './records.css';
import { ScrollRegion } from '../../ui/ScrollRegion';

/** The sortable records table. Sorting lives in the URL too (`sort`, `dir`), so a shared link keeps it. */
export function RecordsTable({ activities }: { activities: readonly Activity[] }) {
  const { t: rawT } = useTranslation('records');
  const tc = useTranslation().t;
  const today = useToday();
  const { lang, locale } = useLang();
  const vocab = useVocabulary();
  const t = withNumbers(rawT, locale);
  const { search } = useLocation();
  const [params, setParams] = useSearchParams();
  const { key, dir } = parseSort(params);
  const rows = useMemo(
    () =>
      sortActivities(activities, key, dir, {
        lang,
        label: (p, id) => valueLabel(p, id, lang, vocab),
        statusLabel: (s) => tc(`status.${s}`),
        today,
      }),
    [activities, key, dir, lang, vocab, tc, today],
  );

  const sortBy = (k: SortKey) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      const cur = parseSort(prev);
      next.set('sort', k);
      next.set('dir', cur.key === k ? (cur.dir === 'asc' ? 'desc' : 'asc') : k === 'date' ? 'desc' : 'asc');
      return next;
    });

  const header = (k: SortKey) => (
    <th key={k} scope="col" aria-sort={key === k ? (dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <button type="button" className="sort-button" onClick={() => sortBy(k)}>
        {t(`col.${k}`)}
        <span aria-hidden="true">{key === k ? (dir === 'asc' ? ' ▲' : ' ▼') : ' ↕'}</span>
      </button>
    </th>
  );

  return (
    <ScrollRegion className="table-wrap" label={t('caption', { count: rows.length })}>
      <table className="records-table">
        <caption className="visually-hidden">{t('caption', { count: rows.length })}</caption>
        <thead>
          <tr>{SORT_KEYS.map(header)}</tr>
        </thead>
        <RecordsBody rows={rows} lang={lang} search={search} />
      </table>
    </ScrollRegion>
  );
}
