import type { TFunction } from 'i18next';
import type { Activity } from '../../domain/activity';
import { countryName } from '../../domain/countries';
import { formatDay } from '../../domain/dates';
import { canonical, type RecordField } from '../../domain/formats/diff';
import type { ListParam } from '../../domain/filters';
import { localeOf, type Lang } from '../../domain/lang';
import { valueLabel } from '../../domain/labels';
import { placeName } from '../../domain/placeNames';
import type { MergedVocabulary } from '../../domain/vocabulary';

const LIST_PARAM: Partial<Record<RecordField, ListParam>> = {
  countries: 'country',
  themes: 'theme',
  organizations: 'org',
  type: 'type',
};

/**
 * One field's value as the history shows it: names, not codes ("Consular services; Border management", not
 * "consular-services; border-management"), places and participants by name, the status and precision in words.
 * `tc` is the common namespace (status.*, precision.*).
 */
export function historyValue(
  field: RecordField,
  value: unknown,
  { lang, vocab, tc }: { lang: Lang; vocab: MergedVocabulary; tc: TFunction },
): string {
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) return '—';
  const param = LIST_PARAM[field];
  if (param) {
    const values = Array.isArray(value) ? (value as string[]) : [value as string];
    return values.map((v) => valueLabel(param, v, lang, vocab)).join('; ');
  }
  switch (field) {
    // Written as every other view writes a day ("1 dic. 2025"), not as stored ("2025-12-01").
    case 'date':
    case 'endDate':
      return typeof value === 'string' ? formatDay(value, localeOf(lang)) : canonical(value);
    case 'status':
      return tc(`status.${value as Activity['status']}`);
    case 'datePrecision':
      return tc(`precision.${value as Activity['datePrecision']}`);
    case 'places':
      return (value as Activity['places'])
        .map((p) => `${placeName(p.name, lang)} (${countryName(p.country, lang)})`)
        .join('; ');
    case 'actors':
      return (value as Activity['actors']).map((a) => `${a.name}, ${a.role[lang]}`).join('; ');
    case 'source': {
      const s = value as Activity['source'];
      return `${s.id} ¶${s.paragraph}`;
    }
    case 'additionalSources':
      return (value as Activity['additionalSources']).map((s) => `${s.publisher} (${s.url})`).join('; ');
    default:
      return typeof value === 'string' ? value : canonical(value);
  }
}
