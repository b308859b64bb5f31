import type { TFunction } from 'i18next';

const TEXT: Record<string, string> = {
  'title.es': 'titleEs',
  'title.en': 'titleEn',
  'summary.es': 'summaryEs',
  'summary.en': 'summaryEn',
  'source.id': 'sourceId',
  'source.paragraph': 'sourceParagraph',
  'role.es': 'roleEs',
  'role.en': 'roleEn',
  'supports.es': 'supportsEs',
  'supports.en': 'supportsEn',
};
const ROW: Record<string, string> = { places: 'place', actors: 'actor', additionalSources: 'additionalSource' };

/** A problem's JSON path in the form's own words: `places[0].lat` → "Place 1, Latitude". */
export function fieldLabel(path: string, t: TFunction<'editor'>): string {
  const [head = '', index, ...rest] = path.split(/[.[\]]+/).filter(Boolean);
  if (index === undefined || !/^\d+$/.test(index)) {
    const key = TEXT[path] ?? head;
    return t(`form.${key}`, { defaultValue: path });
  }
  const n = Number(index) + 1;
  const row = ROW[head];
  if (!row) return `${t(`form.${head}`, { defaultValue: head })} (${n})`;
  const inner = rest.join('.');
  const innerKey = TEXT[inner] ?? (head === 'additionalSources' && inner === 'date' ? 'sourceDate' : inner);
  const rowLabel = t(`form.${row}`, { n });
  return inner ? `${rowLabel}, ${t(`form.${innerKey}`, { defaultValue: inner })}` : rowLabel;
}
