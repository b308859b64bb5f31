import { useTranslation } from 'react-i18next';
import { emptyActor, emptyPlace, emptySource, type Draft } from './draft';
import { Field } from './Field';
import { useOptions } from './useOptions';

type Rows = 'places' | 'actors' | 'additionalSources';
const ROW_LABEL = { places: 'place', actors: 'actor', additionalSources: 'additionalSource' } as const;
const ADD_LABEL = { places: 'addPlace', actors: 'addActor', additionalSources: 'addSource' } as const;
const EMPTY = { places: emptyPlace, actors: emptyActor, additionalSources: emptySource } as const;
/** Each row's inputs: [draft key, label key, JSON path inside the row, kind]. */
const COLUMNS = {
  places: [
    ['name', 'name', 'name', 'text'],
    ['country', 'country', 'country', 'country'],
    ['lat', 'lat', 'lat', 'number'],
    ['lon', 'lon', 'lon', 'number'],
  ],
  actors: [
    ['name', 'name', 'name', 'text'],
    ['roleEs', 'roleEs', 'role.es', 'text'],
    ['roleEn', 'roleEn', 'role.en', 'text'],
    ['country', 'country', 'country', 'country'],
  ],
  additionalSources: [
    ['url', 'url', 'url', 'url'],
    ['publisher', 'publisher', 'publisher', 'text'],
    ['date', 'sourceDate', 'date', 'date'],
    ['supportsEs', 'supportsEs', 'supports.es', 'text'],
    ['supportsEn', 'supportsEn', 'supports.en', 'text'],
  ],
} as const;

/** Places, participants and additional sources as simple repeatable rows: add, fill in, remove. */
export function RowLists({
  draft: d,
  set,
  invalid,
}: {
  draft: Draft;
  set: (patch: Partial<Draft>) => void;
  invalid: (path: string) => boolean;
}) {
  const { t } = useTranslation('editor');
  const { countries } = useOptions();
  const section = (key: Rows) => {
    const rows = d[key] as unknown as Record<string, string>[];
    const update = (next: Record<string, string>[]) => set({ [key]: next });
    return (
      <div className="form-rows" key={key}>
        <h2>{t(`form.${key}`)}</h2>
        {rows.map((row, i) => (
          <fieldset key={i} className="form-row-item">
            <legend>{t(`form.${ROW_LABEL[key]}`, { n: i + 1 })}</legend>
            <div className="form-row">
              {COLUMNS[key].map(([col, label, path, kind]) => (
                <Field key={col} label={t(`form.${label}`)} invalid={invalid(`${key}[${i}].${path}`)}>
                  {(p) => {
                    const onChange = (v: string) => update(rows.map((r, j) => (j === i ? { ...r, [col]: v } : r)));
                    if (kind === 'country')
                      return (
                        <select {...p} value={row[col]} onChange={(e) => onChange(e.target.value)}>
                          <option value="">{t('form.chooseCountry')}</option>
                          {countries.map((c) => (
                            <option key={c.value} value={c.value}>
                              {c.label}
                            </option>
                          ))}
                        </select>
                      );
                    return (
                      <input
                        {...p}
                        type={kind === 'date' ? 'date' : kind === 'url' ? 'url' : 'text'}
                        {...(kind === 'number' && { inputMode: 'decimal' as const })}
                        value={row[col]}
                        onChange={(e) => onChange(e.target.value)}
                      />
                    );
                  }}
                </Field>
              ))}
              <button
                type="button"
                className="link-button"
                onClick={() => update(rows.filter((_, j) => j !== i))}
                aria-label={`${t('form.remove')}: ${t(`form.${ROW_LABEL[key]}`, { n: i + 1 })}`}
              >
                {t('form.remove')}
              </button>
            </div>
          </fieldset>
        ))}
        <button
          type="button"
          className="button-secondary"
          onClick={() => update([...rows, EMPTY[key]() as unknown as Record<string, string>])}
        >
          {t(`form.${ADD_LABEL[key]}`)}
        </button>
      </div>
    );
  };
  return (
    <fieldset className="form-section">
      <legend>{t('form.rows')}</legend>
      {section('places')}
      {section('actors')}
      {section('additionalSources')}
    </fieldset>
  );
}
