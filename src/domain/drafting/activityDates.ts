import type { Activity } from './activities';
import { addDays, daysBetween, monthStart, parts, toDay } from './calendar';
import { chooseDate } from './classify';
import { round } from './confidence';
import { findPresent, findTriggers } from './cues';
import type { DateMention } from './dates';
import { alt } from './dateGrammar';
import type { ReleaseLanguage, Span } from './draftsFile';
import resources from './resources/activities.json';
import { perLanguage } from './perLanguage';

/**
 * When an activity is, beyond the dates its sentence gives: how long a visit lasts, the release's own day, and
 * whether a date is so far back that the activity is only recalled as background. Used by activities.ts.
 */

/** Older than this before the release, an activity is background, not news. */
const BACKGROUND_DAYS = 60;

/**
 * "…arriba hoy al Perú para realizar una visita oficial de dos días", "a five-day visit": a visit dated by its first
 * day only lasts that many days, a range (resource `durationWords`).
 */
export function lastingDays(text: string, lang: ReleaseLanguage, a: Activity) {
  if (a.trigger.family !== 'visit') return;
  const d = chooseDate(a);
  if (!d || d.precision !== 'day') return;
  const words = resources.durationWords[lang] as Record<string, number>;
  const re =
    lang === 'es'
      ? /(?<![\p{L}])de\s+(\p{L}+|\d+)\s+(días|semanas?)(?![\p{L}])/iu
      : /(?<![\p{L}])(\p{L}+|\d+)-(day|week)(?![\p{L}])/iu;
  const m = re.exec(text.slice(a.sentence.start, a.sentence.end));
  // "una gira de una semana", "a one-week tour": seven days.
  const weeks = /^(?:semanas?|week)$/iu.test(m?.[2] ?? '');
  const n = m ? (words[(m[1] ?? '').toLowerCase()] ?? Number(m[1])) * (weeks ? 7 : 1) : NaN;
  if (!(n >= 2 && n <= 31)) return;
  // "Today, … concluded a two-day visit", "culminó hoy su visita de tres días": the day given is the last.
  const ended = ENDED.test(text.slice(a.sentence.start, a.trigger.span.start));
  const range = ended
    ? { date: addDays(d.date, 1 - n), endDate: d.date }
    : { date: d.date, endDate: addDays(d.date, n - 1) };
  a.dates.splice(a.dates.indexOf(d), 1, { ...d, precision: 'range', ...range });
}
/**
 * "Esta visita de Estado, que finaliza el martes 3 de marzo", after "fueron recibidos este domingo, 1 de marzo": a
 * visit dated only by its last day runs from the first day the release dates before it (within two weeks).
 */
export function endingVisit(text: string, a: Activity, acts: readonly Activity[]) {
  if (a.trigger.family !== 'visit') return;
  const d = chooseDate(a);
  if (!d || d.precision !== 'day' || !ENDED.test(text.slice(a.trigger.span.end, d.span.start))) return;
  if (!/^[^.;]{0,40}$/u.test(text.slice(a.trigger.span.end, d.span.start))) return;
  const first = acts
    .filter((b) => b !== a && b.trigger.span.start < a.trigger.span.start)
    .map(chooseDate)
    .filter(
      (x): x is DateMention => !!x && x.precision === 'day' && x.date < d.date && daysBetween(x.date, d.date) <= 14,
    )
    .sort((x, y) => x.date.localeCompare(y.date))[0];
  if (first) a.dates.splice(a.dates.indexOf(d), 1, { ...d, precision: 'range', date: first.date, endDate: d.date });
}
const untilRe = perLanguage(
  (lang) => new RegExp(`(?<![\\p{L}])(?:${alt(resources.stayUntil[lang])})\\s+(?:the\\s+)?`, 'iu'),
);
/**
 * "…will visit Japan on August 17 (Wed) and stay until 20 (Sat)", "llegará el 3 y permanecerá hasta el 6 de marzo": a
 * visit dated by its first day, with the day it stays until later in its sentence, is the range between them
 * (resource `stayUntil`). The last day is a date read there, or a bare day of the first day's month (or the next).
 */
export function stayingUntil(text: string, lang: ReleaseLanguage, a: Activity) {
  if (a.trigger.family !== 'visit') return;
  const d = chooseDate(a);
  if (!d || d.precision !== 'day' || d.span.end > a.sentence.end) return;
  const rest = text.slice(d.span.end, a.sentence.end);
  const m = untilRe(lang).exec(rest);
  if (!m) return;
  const at = d.span.end + m.index + m[0].length;
  const given = a.dates.find((x) => x.span.start === at);
  let end = given?.precision === 'day' ? given.date : undefined;
  if (!given) {
    const n = /^(\d{1,2})(?:st|nd|rd|th)?(?![\d\p{L}])/u.exec(text.slice(at))?.[1];
    const { y, m: month, d: day } = parts(d.date);
    const next = parts(monthStart(y, month + 1));
    end = n === undefined ? undefined : Number(n) > day ? toDay(y, month, Number(n)) : toDay(next.y, next.m, Number(n));
  }
  if (!end || end <= d.date || daysBetween(d.date, end) > 31) return;
  a.dates = a.dates.filter((x) => x !== given);
  a.dates.splice(a.dates.indexOf(d), 1, { ...d, precision: 'range', endDate: end });
}
const ENDED =
  /(?<![\p{L}])(?:concluded|concludes|ended|ends|wrapped\s+up|completed|concluyó|concluye|culminó|culmina|finalizó|finaliza|terminó|termina|cerró)(?![\p{L}])/iu;

/**
 * "El Congreso … concedió autorización al jefe de Estado para ausentarse del país los días 28 y 29 de noviembre",
 * "The trip … was authorized by supreme resolution for October 26-30": the period a trip is authorised for is the
 * trip's. A visit the text dates only by its day of departure ("viajará hoy a Santiago"), or not at all, takes that
 * whole period — and so, through inheritDates, does its programme.
 */
export function authorisedPeriod(
  text: string,
  lang: ReleaseLanguage,
  sentences: readonly Span[],
  dates: readonly DateMention[],
  acts: readonly Activity[],
) {
  const period = sentences
    .filter((s) => AUTHORISED[lang].test(text.slice(s.start, s.end)))
    .flatMap((s) =>
      dates.filter((d) => d.precision === 'range' && d.endDate && d.span.start >= s.start && d.span.end <= s.end),
    )
    .at(0);
  if (!period?.endDate) return;
  const within = (d: DateMention) => d.date >= period.date && (d.endDate ?? d.date) <= period.endDate!;
  const visit = acts.find((a) => a.trigger.family === 'visit' && a.status !== 'planned');
  if (!visit || !visit.dates.every(within) || visit.dates.includes(period)) return;
  visit.dates.splice(0, visit.dates.length, { ...period, confidence: round(period.confidence * 0.8) });
}
/** Authorisation words and, in the same sentence, the trip or the absence authorised, in either order. */
const either = (auth: string, away: string) => {
  const w = (x: string) => `(?<![\\p{L}])(?:${x})(?![\\p{L}])`;
  return new RegExp(`${w(auth)}[^]*?${w(away)}|${w(away)}[^]*?${w(auth)}`, 'iu');
};
const AUTHORISED: Record<ReleaseLanguage, RegExp> = {
  es: either(
    'autoriz\\p{L}*|resoluci[oó]n\\s+suprema',
    'viaje|viajar|ausentarse|salir\\s+del\\s+(?:país|territorio)|desplazamiento|fuera\\s+del\\s+país|en\\s+el\\s+exterior',
  ),
  en: either('authori[sz]\\p{L}*|supreme\\s+resolution', 'trip|travel|to\\s+leave\\s+the\\s+country|overseas|abroad'),
};

const outcomeRe = perLanguage((lang) => new RegExp(`(?<![\\p{L}])(?:${alt(resources.outcomeOn[lang])})\\s+$`, 'iu'));
/**
 * "…una reunión de seguimiento para revisar los acuerdos alcanzados este lunes", "to review the agreements reached
 * today": a day right after the words for what a meeting reached dates that meeting — the last activity told as held
 * before it, when it has no date of its own (resource `outcomeOn`) — and not the activity of its own sentence. Only a
 * day of the release's last week: an agreement reached long ago is background.
 */
export function outcomeDated(
  text: string,
  lang: ReleaseLanguage,
  dates: readonly DateMention[],
  acts: Activity[],
  release: string,
) {
  for (const d of dates) {
    if (d.precision !== 'day' || d.date > release || daysBetween(d.date, release) > 7) continue;
    if (!outcomeRe(lang).test(text.slice(Math.max(0, d.span.start - 40), d.span.start))) continue;
    const held = acts.filter((a) => a.status === 'held' && a.sentence.end <= d.span.start).at(-1);
    if (!held || held.dates.length > 0) continue;
    held.dates.push({ ...d, confidence: round(d.confidence * 0.7) });
    for (const a of acts) if (a !== held) a.dates = a.dates.filter((x) => x.span.start !== d.span.start);
  }
}

/**
 * The headline tells when ("El presidente … dialogó hoy con el mandatario electo de Colombia…") and the body tells
 * the lead activity undated ("En el diálogo telefónico cordial…"): it takes the headline's date, when the headline
 * reports an activity — the one date before its second activity word ("…y acordaron reunirse en setiembre"), if it
 * fits the lead's status. Called after merging: a lead dated by a later sentence keeps that date.
 */
export function headlineDate(
  text: string,
  lang: ReleaseLanguage,
  headline: Span | undefined,
  dates: readonly DateMention[],
  first: Activity,
  release: string,
) {
  if (!headline || first.dates.length > 0) return;
  const told = findTriggers(text, lang, headline);
  if (told.length === 0) return;
  const end = told[1]?.span.start ?? headline.end;
  const own = dates.filter((d) => d.span.start >= headline.start && d.span.end <= end);
  if (own.length === 1 && fitsStatus(own[0]!, first, release))
    first.dates.push({ ...own[0]!, confidence: round(own[0]!.confidence * 0.7) });
}

/**
 * "…la segunda edición del Foro Económico Internacional América Latina y el Caribe 2026", "the Summit of the
 * Americas 2025": a year that closes an event's capitalised name dates an event the text dates no other way to that
 * year, if it fits the status.
 */
export function yearOfName(text: string, a: Activity, release: string) {
  if (a.dates.length > 0 || a.trigger.family === 'visit') return;
  // The name is the activity word's own ("Foro … 2026") or the object of a word that carries it ("participará en
  // el Foro … 2026", "the second edition of the Summit … 2026").
  const named = /^\p{Lu}/u.test(text.slice(a.trigger.span.start, a.trigger.span.end));
  const m = (named ? NAME_YEAR : OBJECT_YEAR).exec(text.slice(a.trigger.span.end, a.trigger.span.end + 200));
  if (!m?.[1]) return;
  const start = a.trigger.span.end + m[0].length - m[1].length;
  const d: DateMention = {
    span: { start, end: start + 4 },
    date: `${m[1]}-01-01`,
    endDate: `${m[1]}-12-31`,
    precision: 'range',
    relative: false,
    confidence: 0.6,
    rule: 'year',
  };
  if (fitsStatus(d, a, release)) a.dates.push(d);
}
/** Capitalised words (and the little words inside names) up to a year that ends the name. */
const NAME_RUN = String.raw`(?:\s+(?:\p{Lu}[\p{L}-]*|de|del|la|las|los|y|e|el|of|the|and|for|para|on|sobre))*\s+((?:19|20)\d{2})(?![\p{L}\d\-–/])`;
const NAME_YEAR = new RegExp(`^${NAME_RUN}`, 'u');
/** A few lower-case words ("en la segunda edición del"), then a name that starts with a capital and ends in a year. */
const OBJECT_YEAR = new RegExp(String.raw`^(?:\s+\p{Ll}+){0,5}\s+\p{Lu}[\p{L}-]*${NAME_RUN}`, 'u');

/**
 * "Se encuentra en Lima participando en…" with no date in the text: the activity is on the release's day. So is one
 * given only an hour ("recibirá desde el mediodía", "El encuentro será a las 9:00 horas", "at 10 a.m."): a report
 * that names the hour and no day tells the day it is published.
 */
export function onReleaseDay(text: string, lang: ReleaseLanguage, a: Activity, release: string, cue = findPresent) {
  if (a.dates.length > 0 || a.status === 'planned' || (cue === findPresent && a.status !== 'held')) return;
  // (An hour may come in a sentence that tells more of the activity: "…el 45º Consejo de Ministros. El encuentro será a
  // las 9:00 horas".)
  const sentences = cue === findPresent ? [a.sentence] : [a.sentence, ...a.more];
  const at = sentences.map((s) => cue(text, lang, s)).find((x) => x !== undefined);
  const confidence = cue === findPresent ? 0.6 : 0.5;
  if (at) a.dates.push({ span: at, date: release, precision: 'day', relative: true, confidence, rule: 'relativeDay' });
}

const CLOCK: Record<ReleaseLanguage, RegExp> = {
  es: /(?<![\p{L}])(?:(?:a|desde|hasta)\s+las\s+\d{1,2}(?:[:.]\d{2})?\s*(?:horas|hrs?\.?|h|a\.\s?m\.|p\.\s?m\.)|(?:desde\s+el|al|a)\s+mediod[ií]a)(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:at|from|until)\s+(?:\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)|noon)(?![\p{L}])/iu,
};
export function clockTime(text: string, lang: ReleaseLanguage, s: Span): Span | undefined {
  const m = CLOCK[lang].exec(text.slice(s.start, s.end));
  return m ? { start: s.start + m.index, end: s.start + m.index + m[0].length } : undefined;
}

/**
 * A date can be a held activity's only if it is not after the release (nor so long before it that the activity
 * would be background: "…the renewal of which was approved in 2013"), an announced one's if not before it.
 */
export function fitsStatus(d: DateMention, a: Activity, release: string): boolean {
  return a.status === 'held'
    ? d.date <= release && daysBetween(d.endDate ?? d.date, release) <= BACKGROUND_DAYS
    : (d.endDate ?? d.date) >= release;
}

/** Every date of the activity lies well before the release: an event recalled as background. */
export function recalled(a: Activity, release: string, lead = false): boolean {
  if (a.dates.length === 0) return false;
  // A long period is as far back as its middle ("En el 2019, los presidentes se encontraron en 6 ocasiones", in a
  // release of February 2020) — except for the release's lead, which may report on the period just ended.
  const when = (d: DateMention) => {
    const end = d.endDate ?? d.date;
    return lead || daysBetween(d.date, end) <= 31 ? end : addDays(d.date, Math.floor(daysBetween(d.date, end) / 2));
  };
  return a.dates.every((d) => daysBetween(when(d), release) > BACKGROUND_DAYS);
}
