import { useTranslation } from 'react-i18next';
import type { ActorRow, PlaceRow } from './reviewState';
import type { EditorProps } from './ValueEditors';

type Rows<K extends 'places' | 'actors'> = K extends 'places' ? PlaceRow : ActorRow;
const COLUMNS = {
  places: ['name', 'country', 'lat', 'lon'],
  actors: ['name', 'roleEs', 'roleEn', 'country'],
} as const;
const EMPTY = {
  places: { name: '', country: '', lat: '', lon: '' },
  actors: { name: '', roleEs: '', roleEn: '', country: '' },
};

/**
 * Places and participants, a row each. The engine leaves out what the text does not say (coordinates, a
 * participant's country): the analyst fills it in or removes the row; the record's checks say what is missing.
 */
export function RowsEditor<K extends 'places' | 'actors'>({ review, onEdit, field }: EditorProps & { field: K }) {
  const { t } = useTranslation('drafting');
  const rows = review[field] as Rows<K>[];
  const set = (next: Rows<K>[]) => onEdit({ [field]: next });
  return (
    <div className="draft-rows">
      {rows.length === 0 && <p className="muted">{t('edit.none')}</p>}
      {rows.map((row, i) => {
        const n = i + 1;
        const rowName = t(`edit.${field}Row`, { n, name: row.name || '—' });
        return (
          <div key={i} role="group" aria-label={rowName} className="draft-row">
            {COLUMNS[field].map((col) => (
              <label key={col}>
                {t(`edit.col.${col}`)}
                <input
                  type="text"
                  inputMode={col === 'lat' || col === 'lon' ? 'decimal' : undefined}
                  value={(row as unknown as Record<string, string>)[col]}
                  onChange={(e) => set(rows.map((r, j) => (j === i ? { ...r, [col]: e.target.value } : r)))}
                />
              </label>
            ))}
            <button
              type="button"
              className="button-secondary"
              onClick={() => set(rows.filter((_, j) => j !== i))}
              aria-label={t('edit.removeRow', { row: rowName })}
            >
              {t('edit.remove')}
            </button>
          </div>
        );
      })}
      <button type="button" className="button-secondary" onClick={() => set([...rows, { ...EMPTY[field] } as Rows<K>])}>
        {t(`edit.add.${field}`)}
      </button>
    </div>
  );
}
