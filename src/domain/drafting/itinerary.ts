import type { CountryMention } from './countries';
import { nearestYear } from './calendar';
import { WORDS } from './dateGrammar';
import type { DateMention } from './dates';
import type { ReleaseLanguage, Span } from './draftsFile';

/**
 * An itinerary given as rows of a table ("April 27  Depart from Japan, arrive at New York", "29  Depart from New York,
 * arrive at Mexico", "May 2  Depart from Mexico"; "27 de abril: llegada a Bogotá"): the stay in each place runs from
 * the day of arrival to the day of the next row. The rows are one per line; a row's month, when left out, is the one
 * before. A copy that lost the table's cells runs the day into the words ("April27Depart…"), which is read too.
 */
export interface Stay {
  codes: Set<string>;
  date: string;
  endDate: string;
  span: Span;
}

const ARRIVAL: Record<ReleaseLanguage, RegExp> = {
  en: /(?<![\p{L}])arriv(?:e|es|al)\s+(?:at|in)\s+([^,;.]+)/iu,
  es: /(?<![\p{L}])(?:llegada|llega|arribo|arriba)\s+(?:a|en)\s+([^,;.]+)/iu,
};

interface Row {
  day: string;
  span: Span;
  arrival?: Span;
}

function rowsOf(text: string, lang: ReleaseLanguage, release: string, spans: readonly Span[]): Row[] {
  const months = WORDS[lang].months as Record<string, number>;
  const monthAlt = Object.keys(months)
    .sort((a, b) => b.length - a.length)
    .join('|');
  const row =
    lang === 'en'
      ? new RegExp(
          `^(?:(${monthAlt})\\.?\\s*)?(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)(?:\\s*\\([^)]{1,12}\\))?\\s*[:–-]?\\s*(?=\\p{L})`,
          'iu',
        )
      : new RegExp(
          `^(?:\\p{L}+\\s+)?(\\d{1,2})(?:\\s+de\\s+(${monthAlt}))?(?!\\d)(?:\\s*\\([^)]{1,12}\\))?\\s*[:–-]?\\s*(?=\\p{L})`,
          'iu',
        );
  const rows: Row[] = [];
  let month: number | undefined;
  const lines = spans.flatMap((sp) =>
    [...text.slice(sp.start, sp.end).matchAll(/[^\n]+/g)].map((l) => ({ text: l[0], start: sp.start + l.index })),
  );
  for (const line of lines) {
    const m = row.exec(line.text);
    if (!m) continue;
    const [monthWord, dayText] = lang === 'en' ? [m[1], m[2]] : [m[2], m[1]];
    if (monthWord) month = months[monthWord.toLowerCase()];
    const d = Number(dayText);
    if (!month || !(d >= 1 && d <= 31)) continue;
    const day = nearestYear(month, d, release, 'future');
    if (!day) continue;
    const span = { start: line.start, end: line.start + line.text.length };
    const a = ARRIVAL[lang].exec(line.text);
    rows.push({
      day,
      span,
      ...(a?.[1]
        ? {
            arrival: {
              start: span.start + a.index + a[0].length - a[1].length,
              end: span.start + a.index + a[0].length,
            },
          }
        : {}),
    });
  }
  return rows;
}

/** The stays of an itinerary in the text's reference paragraphs, with the countries of each place. */
export function readItinerary(
  text: string,
  lang: ReleaseLanguage,
  paragraphs: readonly { kind: string; span: Span }[],
  countries: readonly CountryMention[],
  release: string,
): Stay[] {
  const rows = rowsOf(
    text,
    lang,
    release,
    paragraphs.filter((p) => p.kind === 'reference').map((p) => p.span),
  );
  // One row is a date, not a table.
  if (rows.length < 2) return [];
  const stays: Stay[] = [];
  rows.forEach((r, i) => {
    const next = rows[i + 1];
    if (!r.arrival || !next || next.day < r.day) return;
    const at = r.arrival;
    const codes = new Set(countries.filter((c) => c.span.start >= at.start && c.span.end <= at.end).map((c) => c.code));
    if (codes.size > 0)
      stays.push({ codes, date: r.day, endDate: next.day, span: { start: r.span.start, end: next.span.end } });
  });
  return stays;
}

/** The stay's dates as a date mention of the row, for an activity placed in that country. */
export function stayDate(stay: Stay): DateMention {
  return {
    span: stay.span,
    date: stay.date,
    ...(stay.endDate > stay.date ? { endDate: stay.endDate } : {}),
    precision: stay.endDate > stay.date ? 'range' : 'day',
    relative: false,
    confidence: 0.6,
    rule: 'itinerary',
  };
}
