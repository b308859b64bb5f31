import type { DatePrecision } from '../activity';
import { addDays, leanCost, monthEnd, monthStart, nearestYear, parts, toDay, weekday } from './calendar';
import { alt, dateRules, WORDS, type RuleName, type Words } from './dateGrammar';
import type { ReleaseLanguage, Span } from './draftsFile';
import { foldForMatching } from './normalize';

/** A date expression found in the text, resolved against the release date. */
export interface DateMention {
  span: Span;
  date: string;
  endDate?: string;
  precision: DatePrecision;
  /** Resolved from the release date ("ayer", "next week") rather than written out. */
  relative: boolean;
  confidence: number;
  rule: RuleName;
}
export type Lean = 'past' | 'future' | undefined;

type Resolved = Omit<DateMention, 'span' | 'rule'>;
type Groups = (string | undefined)[];

export function findDates(
  text: string,
  lang: ReleaseLanguage,
  release: string,
  leanAt: (offset: number) => Lean = () => undefined,
): DateMention[] {
  const lower = foldForMatching(text).toLowerCase();
  const found: (DateMention | { span: Span; rule: 'notDate' })[] = [];
  for (const [rule, re] of dateRules(lang)) {
    re.lastIndex = 0;
    for (const m of lower.matchAll(re)) {
      // A stop after a month is the sentence's as often as the abbreviation's: it stays out of the evidence.
      const span = { start: m.index, end: m.index + m[0].length - (m[0].endsWith('.') ? 1 : 0) };
      if (rule === 'notDate') {
        found.push({ span, rule });
        continue;
      }
      if (lang === 'en' && !capitalisedNames(text, m, rule)) continue;
      if (rule === 'relativeDay' && nowadays(text, span)) continue;
      if (rule === 'bareWeekday' && !inRunningText(text, span)) continue;
      // "para asistir este 7 de agosto": "este"/"this" before a day names the nearest one, whatever the tense.
      const nearest = /(?<![\p{L}])(?:este|esta|this)\s+$/iu.test(text.slice(Math.max(0, m.index - 8), m.index));
      // "quien la acogió … el pasado 28 de junio" in a sentence about what comes: the word before the day places it.
      const placed = placedBy(lang, text.slice(Math.max(0, m.index - 12), m.index));
      const r = resolve(rule, m.slice(1), lang, release, nearest ? undefined : (placed ?? leanAt(m.index)));
      if (r) found.push({ ...r, span, rule });
    }
  }
  // Longest first: "el 2 y 3 de junio" beats "3 de junio", "hoy en día" beats "hoy".
  found.sort((a, b) => b.span.end - b.span.start - (a.span.end - a.span.start) || a.span.start - b.span.start);
  const kept: typeof found = [];
  for (const f of found) if (!kept.some((k) => k.span.start < f.span.end && f.span.start < k.span.end)) kept.push(f);
  return kept.filter((k): k is DateMention => k.rule !== 'notDate').sort((a, b) => a.span.start - b.span.start);
}

const placing = new Map<ReleaseLanguage, { past: RegExp; future: RegExp }>();
/** "el pasado", "last", "this past" / "el próximo", "next", "this coming" right before a date (resource `placesDay`). */
function placedBy(lang: ReleaseLanguage, before: string): Lean {
  let re = placing.get(lang);
  if (!re) {
    const right = (words: string[]) => new RegExp(`(?<![\\p{L}])(?:${alt(words)})\\s+$`, 'iu');
    const { past, future } = WORDS[lang].placesDay;
    placing.set(lang, (re = { past: right(past), future: right(future) }));
  }
  return re.past.test(before) ? 'past' : re.future.test(before) ? 'future' : undefined;
}

/**
 * "conocido en ese entonces como Pacto Andino, hoy Comunidad Andina": "hoy" between a former name and the present
 * one, before a capital, is "nowadays", no day.
 */
function nowadays(text: string, span: Span): boolean {
  return (
    /^\s+\p{Lu}/u.test(text.slice(span.end, span.end + 3)) &&
    /(?<![\p{L}])(?:entonces|antes|antiguamente|anteriormente|otrora|formerly)(?![\p{L}])[^.;]{0,80},\s*$/iu.test(
      text.slice(Math.max(0, span.start - 100), span.start),
    )
  );
}

/**
 * "APEC 2019", "la Cumbre CELAC 2026": a year right after a body's name is the year of that body's meeting, a
 * range. Only years near the release's (one before to three after): "Agenda 2030" names a plan, not a date.
 */
export function yearsAfterBodies(text: string, bodies: readonly { span: Span }[], release: string): DateMention[] {
  const now = parts(release).y;
  return bodies.flatMap((b) => {
    const m = /^\s+(\d{4})(?![\d\p{L}])/u.exec(text.slice(b.span.end, b.span.end + 8));
    const y = m ? Number(m[1]) : NaN;
    if (!m || y < now - 1 || y > now + 3) return [];
    const start = b.span.end + m[0].length - 4;
    return [
      {
        span: { start, end: start + 4 },
        date: `${y}-01-01`,
        endDate: `${y}-12-31`,
        precision: 'range' as const,
        relative: false,
        confidence: 0.7,
        rule: 'year' as const,
      },
    ];
  });
}

/** A bare weekday in running text: after a word in lower case ("signed Friday"), before no capitalised one. */
function inRunningText(text: string, span: Span): boolean {
  return (
    /(?<![\p{L}])\p{Ll}+\s+$/u.test(text.slice(Math.max(0, span.start - 20), span.start)) &&
    !/^\s+\p{Lu}/u.test(text.slice(span.end, span.end + 3))
  );
}

/** English writes months and weekdays with a capital: "may" and "march" are verbs, "friday" is no date. */
function capitalisedNames(text: string, m: RegExpExecArray, rule: RuleName): boolean {
  if (
    rule === 'period' ||
    rule === 'relativeDay' ||
    rule === 'relativeRange' ||
    rule === 'year' ||
    rule === 'iso' ||
    rule === 'numeric'
  )
    return true;
  const w = WORDS.en;
  return (m.indices ?? []).slice(1).every((ix, i) => {
    const g = m[i + 1]?.toLowerCase().replace(/\.$/, '');
    if (!ix || !g || !(g in w.months || g in w.weekdays)) return true;
    return /\p{Lu}/u.test(text[ix[0]] ?? '');
  });
}

function month(lang: ReleaseLanguage, g: string | undefined): number | undefined {
  const months = WORDS[lang].months as Record<string, number>;
  return g === undefined ? undefined : months[g.replace(/\.$/, '')];
}
/** A day as written: digits, or in words ("el martes dos de marzo", resource `dayWords`). */
const DAY_WORDS: Record<string, number> = WORDS.es.dayWords;
const num = (g: string | undefined) =>
  g === undefined ? undefined : (DAY_WORDS[g.replace(/\s+/g, ' ')] ?? parseInt(g, 10));

function day(y: number | undefined, m: number | undefined, d: number | undefined, release: string, lean: Lean) {
  if (!m || !d) return undefined;
  return y ? toDay(y, m, d) : nearestYear(m, d, release, lean);
}

function resolve(rule: RuleName, g: Groups, lang: ReleaseLanguage, release: string, lean: Lean): Resolved | undefined {
  const w = WORDS[lang];
  /** "este año", "el próximo año": the release's year, or one before or after it. */
  const yearOf = (ref: string | undefined) =>
    parts(release).y + ((w.yearRefs as Record<string, number>)[(ref ?? '').replace(/\s+/g, ' ')] ?? 0);
  const fixed = (date: string | undefined, precision: DatePrecision, endDate?: string, relative = false) =>
    date && (!endDate || endDate >= date)
      ? { date, precision, relative, confidence: relative ? 0.8 : 0.9, ...(endDate ? { endDate } : {}) }
      : undefined;
  switch (rule) {
    case 'crossRange':
    case 'crossRangeDayFirst': {
      const [d1, m1, join, d2, m2, y] =
        lang === 'es' || rule === 'crossRangeDayFirst' ? g : [g[1], g[0], g[2], g[4], g[3], g[5]];
      // A year written once, at the end, is the last day's: "del 29 de diciembre al 2 de enero de 2026".
      const m1n = month(lang, m1) ?? 0;
      const m2n = month(lang, m2) ?? 0;
      const yn = num(y);
      const startYear = yn !== undefined && m2n < m1n ? yn - 1 : yn;
      const start = day(startYear, m1n, num(d1), release, lean);
      const end = start && day(parts(start).y + (m2n < m1n ? 1 : 0), m2n, num(d2), release, lean);
      // "el 30 de noviembre y el 1 de diciembre" is one event over two days; "the 3rd of May and the 1st of June",
      // two days: a pair joined by "and" is a range only when the days are within a week.
      if (start && end && /^(?:y|and)\b/.test(join ?? '') && addDays(start, 6) < end) return undefined;
      return fixed(start, 'range', end);
    }
    case 'dayRange':
    case 'dayRangeMonthFirst': {
      const [d1, d2, m, y, ref] = rule === 'dayRange' ? g : [g[1], g[2], g[0], g[3]];
      const year = num(y) ?? (ref ? yearOf(ref) : undefined);
      const start = day(year, month(lang, m), num(d1), release, lean);
      const end = start && toDay(parts(start).y, parts(start).m, num(d2) ?? 0);
      return fixed(start, 'range', end);
    }
    case 'day':
    case 'dayMonthFirst': {
      const [, d, m, y, ref] = rule === 'day' ? g : [g[0], g[2], g[1], g[3]];
      const year = y ? Number(y) : ref ? yearOf(ref) : undefined;
      return fixed(day(year, month(lang, m), num(d), release, lean), 'day', undefined, !y && !!ref);
    }
    case 'iso':
      return fixed(toDay(Number(g[0]), Number(g[1]), Number(g[2])), 'day');
    case 'numeric': {
      const [a, b] = [Number(g[0]), Number(g[1])];
      return fixed(w.dayFirst ? toDay(Number(g[2]), b, a) : toDay(Number(g[2]), a, b), 'day');
    }
    case 'quarter': {
      const ordinals = w.ordinals as Record<string, number>;
      const refs = w.yearRefs as Record<string, number>;
      const n = ordinals[g[0] ?? ''] ?? 0;
      const y = g[2] ? Number(g[2]) : parts(release).y + (refs[(g[3] ?? '').replace(/\s+/g, ' ')] ?? 0);
      const half = !w.quarterWord.includes((g[1] ?? '').toLowerCase());
      if (half) return n <= 2 ? fixed(monthStart(y, n * 6 - 5), 'range', monthEnd(y, n * 6), !g[2]) : undefined;
      return fixed(monthStart(y, n * 3 - 2), 'quarter', undefined, !g[2]);
    }
    case 'fortnight': {
      const half =
        (w.fortnights as Record<string, number>)[g[0] ?? ''] ??
        (w.fortnightsAfter as Record<string, number>)[(g[1] ?? '').replace(/\s+/g, ' ')];
      const m = month(lang, g[2]);
      const start = m ? (g[3] ? toDay(Number(g[3]), m, 1) : nearestYear(m, 1, release, lean)) : undefined;
      if (!start || !half) return undefined;
      const { y } = parts(start);
      return half === 1
        ? fixed(start, 'range', toDay(y, m ?? 0, 15), !g[3])
        : fixed(toDay(y, m ?? 0, 16), 'range', monthEnd(y, m ?? 0), !g[3]);
    }
    case 'weekOfMonth': {
      const week = (w.weekOrdinals as Record<string, number>)[g[0] ?? ''];
      const m = month(lang, g[1]);
      const start = m ? (g[2] ? toDay(Number(g[2]), m, 1) : nearestYear(m, 1, release, lean)) : undefined;
      if (!start || !week || !m) return undefined;
      const { y } = parts(start);
      const end = monthEnd(y, m);
      // The last week: the month's last seven days.
      const first = week === 5 ? addDays(end, -6) : toDay(y, m, 1 + (week - 1) * 7);
      return first ? fixed(first, 'range', week === 5 ? end : addDays(first, 6), !g[2]) : undefined;
    }
    case 'quarterShort':
      return fixed(monthStart(Number(g[1]), Number(g[0]) * 3 - 2), 'quarter');
    case 'monthYear':
      return fixed(monthStart(g[1] ? Number(g[1]) : yearOf(g[2]), month(lang, g[0]) ?? 0), 'month', undefined, !g[1]);
    case 'month': {
      const m = month(lang, g[0]);
      const d = m ? (g[1] ? toDay(Number(g[1]), m, 1) : nearestYear(m, 1, release, lean)) : undefined;
      return fixed(d, 'month');
    }
    case 'monthRelative': {
      const [word, name] = lang === 'es' ? [g[1], g[0]] : [g[0], g[1]];
      const m = month(lang, name);
      const past = /pasado|last|past/i.test(word ?? '');
      // The next such month after the release's (or the last before it), never the release's own month.
      const d = m
        ? nearestYear(m, 1, past ? monthStart(parts(release).y, parts(release).m) : release, past ? 'past' : 'future')
        : undefined;
      return fixed(d && (past ? d < release : d > release) ? d : undefined, 'month');
    }
    case 'year':
      return fixed(`${g[0]}-01-01`, 'range', `${g[0]}-12-31`);
    case 'period':
      return period(
        (w.periods as unknown as Record<string, [string, number]>)[(g[0] ?? '').replace(/\s+/g, ' ')],
        release,
      );
    case 'relativeRange': {
      const n = (w.days as Record<string, number>)[(g[1] ?? '').replace(/\s+/g, ' ')];
      return n === undefined || n <= 0 ? undefined : fixed(release, 'range', addDays(release, n), true);
    }
    case 'relativeDay': {
      const days = w.days as Record<string, number>;
      const n = days[(g[0] ?? '').replace(/\s+/g, ' ')];
      return n === undefined ? undefined : fixed(addDays(release, n), 'day', undefined, true);
    }
    case 'bareWeekday': {
      const wd = (w.weekdays as Record<string, number>)[g[0] ?? ''];
      return wd ? fixed(resolveWeekday(wd, release, lean), 'day', undefined, true) : undefined;
    }
    case 'weekday': {
      const wd = (w.weekdays as Record<string, number>)[g[1] ?? ''];
      const l = weekdayLean(w, g[0], g[2], lean);
      return wd ? fixed(resolveWeekday(wd, release, l), 'day', undefined, true) : undefined;
    }
    case 'weekdayDay': {
      const wd = (w.weekdays as Record<string, number>)[g[0] ?? ''];
      const n = num(g[1]);
      return wd && n ? fixed(weekdayOfMonth(wd, n, release, lean), 'day', undefined, true) : undefined;
    }
    case 'weekdayRange': {
      const [a, b] = [g[1], g[2]].map((x) => (w.weekdays as Record<string, number>)[x ?? '']);
      const l = weekdayLean(w, g[0], g[3], lean);
      if (a === undefined || b === undefined) return undefined;
      const first = resolveWeekday(a, release, l);
      return fixed(first, 'range', addDays(first, (b - a + 7) % 7 || 7), true);
    }
    case 'dayThisMonth': {
      const { y, m } = parts(release);
      return fixed(toDay(y, m, num(g[0]) ?? 0), 'day', undefined, true);
    }
    case 'ago': {
      const n = (w.counts as Record<string, number>)[g[0] ?? ''] ?? num(g[0]);
      if (!n) return undefined;
      if (w.dayUnit.includes(g[1] ?? '')) return fixed(addDays(release, -n), 'day', undefined, true);
      return period(['week', -n], release);
    }
    case 'weekend': {
      const n = (w.weekends as Record<string, number | null>)[(g[0] ?? '').replace(/\s+/g, ' ')];
      // The Saturday of the release's week; with no word to place it, the tense says whether it is the one before.
      let saturday = addDays(release, 6 - weekday(release) + 7 * (n ?? 0));
      if (n == null && lean === 'past' && saturday > release) saturday = addDays(saturday, -7);
      if (n == null && lean === undefined) return undefined;
      return fixed(saturday, 'range', addDays(saturday, 1), true);
    }
    case 'dayOfMonth':
    case 'daysOfMonth': {
      const { y, m, d } = parts(release);
      const n = num(g[0]) ?? 0;
      const shift = lean === 'future' && n < d ? 1 : lean === 'past' && n > d ? -1 : 0;
      const month = parts(monthStart(y, m + shift));
      const date = toDay(month.y, month.m, n);
      if (!date) return undefined;
      if (rule === 'dayOfMonth') return { date, precision: 'day', relative: true, confidence: 0.7 };
      const endDate = toDay(month.y, month.m, num(g[1]) ?? 0);
      return endDate && endDate > date
        ? { date, endDate, precision: 'range', relative: true, confidence: 0.7 }
        : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * "el miércoles 4": the 4th that is a Wednesday, in the release's month or the one before or after, the likeliest
 * by leanCost (as in nearestYear). None where no 4th of those months is a Wednesday: the text is then wrong about one
 * of them.
 */
function weekdayOfMonth(wd: number, n: number, release: string, lean: Lean): string | undefined {
  const { y, m } = parts(release);
  const cost = leanCost(release, lean);
  return [-1, 0, 1]
    .map((k) => parts(monthStart(y, m + k)))
    .map((p) => toDay(p.y, p.m, n))
    .filter((x): x is string => x !== undefined && weekday(x) === wd)
    .sort((a, b) => cost(a) - cost(b))[0];
}

/** Which way a weekday lies: the word before it ("el pasado", "next"), else the one after ("próximo"), else the tense. */
function weekdayLean(w: Words, before: string | undefined, after: string | undefined, lean: Lean): Lean {
  const prefix = (before ?? '').replace(/\s+/g, ' ');
  if (w.pastWeekday.includes(prefix) || w.weekdayAfterPast.includes(after ?? '')) return 'past';
  if (w.nextWeekday.includes(prefix) || w.weekdayAfterNext.includes(after ?? '')) return 'future';
  return lean;
}

/** "este miércoles": the Wednesday of the release's week, unless the tense says it must lie before or after. */
function resolveWeekday(wd: number, release: string, lean: Lean): string {
  const sameWeek = addDays(release, wd - weekday(release));
  if (lean === 'past' && sameWeek > release) return addDays(sameWeek, -7);
  if (lean === 'future' && sameWeek < release) return addDays(sameWeek, 7);
  return sameWeek;
}

function period(p: [string, number] | undefined, release: string): Resolved | undefined {
  if (!p) return undefined;
  const [unit, n] = p;
  const { y, m } = parts(release);
  const base = { relative: true, confidence: 0.7 };
  if (unit === 'week') {
    const monday = addDays(release, 1 - weekday(release) + 7 * n);
    return { ...base, date: monday, endDate: addDays(monday, 6), precision: 'range' };
  }
  if (unit === 'month') return { ...base, date: monthStart(y, m + n), precision: 'month' };
  if (unit === 'year') return { ...base, date: `${y + n}-01-01`, endDate: `${y + n}-12-31`, precision: 'range' };
  return undefined;
}
