import { Link, useLocation, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Activity } from '../../domain/activity';
import { valueLabel } from '../../domain/labels';
import { useLang } from '../../lib/useLang';
import { DateWithPrecision } from '../../ui/DateWithPrecision';
import { SORT_KEYS, parseSort, sortActivities, type SortKey } from './sortActivities';

/** The sortable records table. Sorting lives in the URL too (`sort`, `dir`), so a shared link keeps it. */
export function RecordsTable({ activities }: { activities: readonly Activity[] }) {
  const { t } = useTranslation('records');
  const tc = useTranslation().t;
  const { lang } = useLang();
  const { search } = useLocation();
  const [params, setParams] = useSearchParams();
  const { key, dir } = parseSort(params);
  const rows = sortActivities(activities, key, dir, lang, (id) => valueLabel('type', id, lang));

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
    <div className="table-wrap">
      <table className="records-table">
        <caption className="visually-hidden">{t('caption', { count: rows.length })}</caption>
        <thead>
          <tr>
            {SORT_KEYS.slice(0, 2).map(header)}
            {header('type')}
            {header('countries')}
            <th scope="col">{t('col.themes')}</th>
            {header('status')}
          </tr>
        </thead>
        <tbody>
          {rows.map((a) => (
            <tr key={a.id}>
              <td className="nowrap">
                <DateWithPrecision activity={a} />
              </td>
              <td>
                <Link to={{ pathname: `/records/${a.id}`, search }}>{a.title[lang]}</Link>
                {a.origin === 'analyst' && <span className="tag tag-analyst">{t('analyst')}</span>}
              </td>
              <td>{valueLabel('type', a.type, lang)}</td>
              <td>{a.countries.map((c) => valueLabel('country', c, lang)).join(', ') || '—'}</td>
              <td>{a.themes.map((th) => valueLabel('theme', th, lang)).join(', ')}</td>
              <td>
                <span className={`status status-${a.status}`}>{tc(`status.${a.status}`)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
