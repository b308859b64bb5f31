import { localeOf, type Lang } from './lang';
import { countryName } from './countries';
import { formatDay, formatRange } from './dates';
import type { Filters, ListParam } from './filters';
import type { MergedVocabulary } from './vocabulary';

/**
 * Human labels for filter values, in the chosen language, from the merged vocabulary (embedded + analyst).
 * Unknown ids fall back to the id itself.
 */
export function valueLabel(param: ListParam, value: string, lang: Lang, vocab: MergedVocabulary): string {
  switch (param) {
    case 'country':
      return countryName(value, lang);
    case 'theme':
      return vocab.themesById.get(value)?.label[lang] ?? value;
    case 'type':
      return vocab.typesById.get(value)?.label[lang] ?? value;
    case 'org':
      return vocab.orgsById.get(value)?.acronym[lang] ?? value;
  }
}

export { localeOf };

/**
 * The filters in words, e.g. "Chile · Migration · 1 Nov – 10 Dec 2025". Used by the filter chips' summary and
 * drawn inside exported images, so a chart never leaves the app without its context.
 */
export function describeFilters(f: Filters, lang: Lang, vocab: MergedVocabulary): string {
  const parts = filterParts(f, lang, vocab).map((p) => p.text);
  if (parts.length === 0) return lang === 'es' ? 'Todas las actividades' : 'All activities';
  return parts.join(' · ');
}

/** The kind of one filter, so a caller can label it ("Country: Chile", "Period: 1 – 30 Nov 2025"). */
export type FilterKind = ListParam | 'period' | 'text';

export interface FilterPart {
  kind: FilterKind;
  /** How many values the filter holds (1 for a period or a text), to choose "Country" or "Countries". */
  count: number;
  text: string;
}

/** Each active filter in words, in a fixed order (countries, themes, types, organisations, period, text). */
export function filterParts(f: Filters, lang: Lang, vocab: MergedVocabulary): FilterPart[] {
  const parts: FilterPart[] = [];
  const locale = localeOf(lang);
  // Intl's disjunction knows each language's rules: "Chile, Peru or Bolivia", and Spanish "o" → "u" before "o-".
  const or = new Intl.ListFormat(locale, { type: 'disjunction' });
  for (const p of ['country', 'theme', 'type', 'org'] as const) {
    const values = f[p];
    if (values.length > 0)
      parts.push({ kind: p, count: values.length, text: or.format(values.map((v) => valueLabel(p, v, lang, vocab))) });
  }
  const period = (text: string) => parts.push({ kind: 'period', count: 1, text });
  if (f.from && f.to) period(formatRange(f.from, f.to, locale));
  else if (f.from) period(`${lang === 'es' ? 'desde' : 'from'} ${formatDay(f.from, locale)}`);
  else if (f.to) period(`${lang === 'es' ? 'hasta' : 'until'} ${formatDay(f.to, locale)}`);
  if (f.q) parts.push({ kind: 'text', count: 1, text: lang === 'es' ? `«${f.q}»` : `“${f.q}”` });
  return parts;
}
