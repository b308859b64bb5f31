import type { Lead } from '../../domain/aggregate';

/** The translate function of the calling feature: its namespace holds the keys used below. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

const numberFormats = new Map<string, Intl.NumberFormat>();
const listFormats = new Map<string, Intl.ListFormat>();

/**
 * One number formatter per locale, built once: `n.toLocaleString(locale)` and `new Intl.NumberFormat` build a
 * formatter on every call, which adds up over the labels of every chart on every filter change.
 */
export function numberFormat(locale: string): Intl.NumberFormat {
  let f = numberFormats.get(locale);
  if (!f) numberFormats.set(locale, (f = new Intl.NumberFormat(locale)));
  return f;
}

/** `n` with the reader's digit grouping: "38,475" (en-GB, es-PE). */
export function formatNumber(n: number, locale: string): string {
  return numberFormat(locale).format(n);
}

const cellFormats = new Map<string, Intl.NumberFormat>();

/**
 * A number in a data table shown on screen: counts grouped as `formatNumber` does, and fractions (a place's
 * latitude, rounded to 4 places) kept whole rather than cut to Intl's default 3 digits. Text passes unchanged.
 * Exported files keep the raw values; this is for reading only.
 */
export function formatCell(v: string | number, locale: string): string {
  if (typeof v !== 'number') return v;
  if (Number.isInteger(v)) return formatNumber(v, locale);
  let f = cellFormats.get(locale);
  if (!f) cellFormats.set(locale, (f = new Intl.NumberFormat(locale, { maximumFractionDigits: 6 })));
  return f.format(v);
}

/** "A, B and C" / "A, B y C" in the reader's language. */
export function listOf(items: readonly string[], locale: string): string {
  let f = listFormats.get(locale);
  if (!f) listFormats.set(locale, (f = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' })));
  return f.format(items);
}

/**
 * One sentence saying who leads a count and by how much, e.g. "Organised crime leads with 9 activities, 3 more
 * than Drug trafficking." Keys (in the caller's namespace): lead.one, lead.oneAhead, lead.tie, lead.tieAhead,
 * each with _one/_other plural forms.
 */
export function leadSentence(t: Translate, l: Lead | null, label: (key: string) => string, locale: string): string {
  if (!l) return '';
  const tie = l.leaders.length > 1;
  const key = `lead.${tie ? 'tie' : 'one'}${l.runnerUp ? 'Ahead' : ''}`;
  return t(key, {
    count: l.count,
    leader: label(l.leaders[0] ?? ''),
    leaders: listOf(l.leaders.map(label), locale),
    diff: l.runnerUp ? l.count - l.runnerUp.count : 0,
    runnerUp: l.runnerUp ? label(l.runnerUp.key) : '',
  });
}

/** Sentence case for a sentence that starts with a generated word ("noviembre de 2025 …" → "Noviembre …"). */
export function capitalise(s: string, locale: string): string {
  return s.charAt(0).toLocaleUpperCase(locale) + s.slice(1);
}

/**
 * Wraps `t` so numbers read the way the reader expects ("38,475" in en-GB and es-PE): every numeric option is
 * formatted with `locale`, except `count`, which i18next needs as a number to pick the plural form; its formatted
 * text is passed as `n`, which is what the strings print.
 */
export function withNumbers(t: Translate, locale: string): Translate {
  const fmt = numberFormat(locale);
  return (key, options) => {
    if (!options) return t(key);
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(options)) out[k] = typeof v === 'number' && k !== 'count' ? fmt.format(v) : v;
    if (typeof options.count === 'number') out.n = fmt.format(options.count);
    return t(key, out);
  };
}
