import resources from './resources/dates.json';
import type { ReleaseLanguage } from './draftsFile';

/**
 * The date grammar: each rule a regular expression assembled from the words of resources/dates.json, run over the
 * lower-cased text. Word lists live in the resource; only the shape of each expression is here.
 */
export type RuleName =
  | 'crossRange'
  | 'crossRangeDayFirst'
  | 'dayRange'
  | 'dayRangeMonthFirst'
  | 'day'
  | 'dayMonthFirst'
  | 'numeric'
  | 'iso'
  | 'quarter'
  | 'quarterShort'
  | 'fortnight'
  | 'weekOfMonth'
  | 'monthRelative'
  | 'weekdayRange'
  | 'month'
  | 'monthYear'
  | 'period'
  | 'year'
  | 'relativeRange'
  | 'relativeDay'
  | 'weekday'
  | 'weekdayDay'
  | 'dayOfMonth'
  | 'bareWeekday'
  | 'daysOfMonth'
  | 'dayThisMonth'
  | 'ago'
  | 'weekend'
  | 'itinerary'
  | 'notDate';

export type Words = (typeof resources)['es'];
export const WORDS: Record<ReleaseLanguage, Words> = { es: resources.es, en: resources.en as unknown as Words };

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
export const alt = (words: Iterable<string>) =>
  `(?:${[...words]
    .sort((a, b) => b.length - a.length)
    .map(esc)
    .join('|')})`;
const B = '(?<![\\p{L}\\d])';
const E = '(?![\\p{L}\\d])';

function rules(lang: ReleaseLanguage): [RuleName, RegExp][] {
  const w = WORDS[lang];
  // (Not a name that starts with one: "Mar-a-Lago".)
  const MONTH = `(${alt(Object.keys(w.months))})(?![-‐]\\p{L})\\.?`;
  const WD = `(${alt(Object.keys(w.weekdays))})`;
  const ORD = `(${alt(Object.keys(w.ordinals))})`;
  const YREF = alt(Object.keys(w.yearRefs));
  const D = '(\\d{1,2})(?:st|nd|rd|th|º|°)?';
  const Y = '(\\d{4})';
  const JOIN = alt(w.rangeJoin);
  // "del lunes 3 al miércoles 5 de marzo", "from Monday, January 30, to Thursday, February 2": a weekday (with "el",
  // "próximo") may name each end of a range; it is not captured.
  const WDX =
    lang === 'es'
      ? `(?:(?:el\\s+)?(?:próximo\\s+)?${alt(Object.keys(w.weekdays))}\\s*,?\\s+)?`
      : `(?:${alt(Object.keys(w.weekdays))}\\s*,?\\s+)?`;
  const AFTER = [...w.weekdayAfterNext, ...w.weekdayAfterPast];
  const AFTER_WD = AFTER.length ? `(?:\\s+(${alt(AFTER)}))?` : '()';
  // "el 9, 10 y 11 de noviembre": days listed before the last, the first to the last a range.
  const LIST = '(?:\\s*,\\s*\\d{1,2})*';
  const raw: [RuleName, string][] =
    lang === 'es'
      ? [
          [
            'crossRange',
            `(?:${alt(w.rangeStart)}\\s+)?${WDX}${D}\\s+de\\s+${MONTH}\\s*,?\\s+(al|hasta\\s+el|y\\s+el|hasta|y)\\s+${WDX}${D}\\s+de\\s+${MONTH}(?:\\s+(?:de|del)\\s+${Y})?`,
          ],
          [
            'dayRange',
            `(?:${alt(w.rangeStart)}\\s+)?${WDX}${D}${LIST}\\s*(?:${JOIN})\\s*(?:el\\s+)?${WDX}${D}\\s+de\\s+${MONTH}(?:\\s+(?:de|del)\\s+(?:${Y}|(${YREF})))?`,
          ],
          [
            'day',
            `(?:${WD}\\s*,?\\s+)?(\\d{1,2}|1\\.?º|${alt(Object.keys(w.dayWords))})\\s+de\\s+${MONTH}(?:,?\\s+(?:(?:de|del)\\s+)?(?:(?:año\\s+)?${Y}|(${YREF})))?`,
          ],
        ]
      : [
          [
            'crossRange',
            `(?:${alt(w.rangeStart)}\\s+)?${WDX}${MONTH}\\s+${D}\\s*,?\\s*(-|to|through|until|and)\\s*${WDX}${MONTH}\\s+${D}(?:,?\\s+${Y})?`,
          ],
          // "from 30 November to 2 December", "between 30 November and 1 December 2025".
          [
            'crossRangeDayFirst',
            `(?:${alt(w.rangeStart)}\\s+)?${WDX}(?:the\\s+)?${D}\\s+(?:of\\s+)?${MONTH}\\s*,?\\s*(-|to|through|until|and)\\s*${WDX}(?:the\\s+)?${D}\\s+(?:of\\s+)?${MONTH}(?:,?\\s+${Y})?`,
          ],
          ['dayRangeMonthFirst', `${MONTH}\\s+${D}\\s*(?:${JOIN})\\s*${D}(?:,?\\s+${Y})?`],
          ['dayRange', `${D}${LIST}\\s*(?:${JOIN})\\s*${D}\\s+(?:of\\s+)?${MONTH}(?:,?\\s+${Y})?`],
          ['dayMonthFirst', `(?:${WD},?\\s+)?${MONTH}\\s+${D}(?:,?\\s+${Y})?`],
          ['day', `(?:${WD},?\\s+)?(?:the\\s+)?${D}\\s+(?:of\\s+)?${MONTH}(?:,?\\s+${Y})?`],
        ];
  const common: [RuleName, string][] = [
    ['iso', `(\\d{4})-(\\d{2})-(\\d{2})`],
    ['numeric', `(\\d{1,2})/(\\d{1,2})/(\\d{4})`],
    [
      'quarter',
      lang === 'es'
        ? `(?:(?:el|durante\\s+el|en\\s+el|para\\s+el)\\s+)?${ORD}\\s+(${alt([...w.quarterWord, ...w.halfWord])})\\s+(?:de|del)\\s+(?:${Y}|(${YREF}))`
        : `(?:(?:in|during|by)\\s+)?(?:the\\s+)?${ORD}\\s+(${alt([...w.quarterWord, ...w.halfWord])})\\s+of\\s+(?:${Y}|(?:the\\s+)?(${YREF}))`,
    ],
    ['quarterShort', `q([1-4])\\s+${Y}`],
    // "la primera quincena de enero", "the second half of March": half a month, a range.
    [
      'fortnight',
      // (Or with the word after: "la quincena de inicio de enero", "la quincena final de marzo".)
      `(?:(?:la|the|in\\s+the|en\\s+la|durante\\s+la)\\s+)?(?:(${alt(Object.keys(w.fortnights))})\\s+(?:${alt(w.fortnightWord)})|(?:${alt(w.fortnightWord)})\\s+(${Object.keys(w.fortnightsAfter).length ? alt(Object.keys(w.fortnightsAfter)) : '(?!)'}))\\s+(?:de|of)\\s+${MONTH}(?:,?\\s+(?:(?:de|del)\\s+)?${Y})?`,
    ],
    // "la primera semana de marzo", "the last week of June": a week of a month, a range.
    [
      'weekOfMonth',
      `(?:(?:la|the|in\\s+the|en\\s+la|durante\\s+la)\\s+)?(${alt(Object.keys(w.weekOrdinals))})\\s+(?:${alt(w.weekWord)})\\s+(?:de|of)\\s+${MONTH}(?:,?\\s+(?:(?:de|del)\\s+)?${Y})?`,
    ],
    // "la Cumbre de abril próximo", "en marzo pasado", "next April", "last March": a month the word places.
    [
      'monthRelative',
      lang === 'es'
        ? `(?<!\\d\\s*(?:de\\s+)?)${MONTH}\\s+(próximo|entrante|venidero|pasado)`
        : `(next|last|this\\s+coming|this\\s+past)\\s+${MONTH}(?!\\s+\\d)`,
    ],
    // "noviembre de 2025", "marzo del próximo año", "March of next year".
    ['monthYear', `${MONTH}\\s+(?:(?:de|del|of)\\s+)?(?:${Y}|(?:the\\s+)?(${YREF}))`],
    // "en el mes de junio de 2022": the year may follow. (Not a month followed by its day: "from September 5-8" is
    // the days', though the preposition makes the month's words the longer match.)
    [
      'month',
      `(?:${alt(w.monthPrepositions)})\\s+(?:(?:el\\s+mes\\s+de|the\\s+month\\s+of)\\s+)?${MONTH}(?:,?\\s+(?:de\\s+|del\\s+|of\\s+)?${Y}|(?!\\s*\\d{1,2}(?!\\d)))`,
    ],
    // "el 3 del presente mes", "the 3rd of this month": a day of the release's month.
    [
      'dayThisMonth',
      `(?:the\\s+|el\\s+(?:día\\s+)?)?(\\d{1,2})(?:st|nd|rd|th|º|°)?\\s+(?:${alt(w.thisMonthAfterDay)})`,
    ],
    // "hace dos días", "three weeks ago": counted back from the release.
    [
      'ago',
      `${w.agoBefore.length ? `(?:${alt(w.agoBefore)})\\s+` : ''}(\\d{1,2}|${alt(Object.keys(w.counts))})\\s+(${alt([...w.dayUnit, ...w.weekUnit])})${w.agoAfter.length ? `\\s+(?:${alt(w.agoAfter)})` : ''}`,
    ],
    // "este fin de semana", "last weekend": a Saturday and Sunday.
    ['weekend', `(${alt(Object.keys(w.weekends))})`],
    ['period', `(${alt(Object.keys(w.periods))})`],
    ['year', `(?:${alt(w.yearPrepositions)})\\s+${Y}(?![\\d\\-–/])`],
    // "between now and tomorrow", "entre hoy y mañana", "realiza una gira hoy y mañana": from the release's day to a
    // day counted from it. (Not "los retos de hoy y mañana", "the leaders of today and tomorrow": times of life.)
    [
      'relativeRange',
      `(?:(?:${alt(w.relativeRangeStart)})\\s+|(?<!(?:de|del|of|for)\\s+))(${alt(w.nowWords)})\\s+(?:${alt(w.relativeRangeJoin)})\\s+(${alt(Object.keys(w.days))})`,
    ],
    ['relativeDay', `(${alt(Object.keys(w.days))})`],
    // "este jueves y viernes", "on Monday and Tuesday": two days of one week, a range.
    // "el lunes y martes próximos", "el jueves pasado": a word after the days places them, as one before does.
    [
      'weekdayRange',
      `(${alt([...w.pastWeekday, ...w.nextWeekday, ...w.thisWeekday])})\\s+${WD}\\s+(?:y|and|al|to)\\s+(?:el\\s+)?${WD}${AFTER_WD}`,
    ],
    // "el miércoles 4", "on Tuesday the 3rd": a weekday with its day of the month, the month the one where they agree.
    [
      'weekdayDay',
      lang === 'es'
        ? `(?:(?:${alt([...w.pastWeekday, ...w.nextWeekday, ...w.thisWeekday])})\\s+)?${WD}\\s+(\\d{1,2})(?![\\d:.,]\\d|\\s*(?:de|del)\\s|\\s*(?:horas|h\\b))`
        : `(?:(?:on|this|next|last)\\s+)?${WD},?\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:.,]\\d|\\s*(?:of\\s+)?${MONTH}|\\s*(?:a\\.?m|p\\.?m))`,
    ],
    ['weekday', `(${alt([...w.pastWeekday, ...w.nextWeekday, ...w.thisWeekday])})\\s+${WD}${AFTER_WD}`],
    // "The agreement was signed Friday by…", "the minister said Tuesday": English news names the day with no
    // preposition (dates.ts keeps it only after a word in lower case and before none capitalised: not "Tommy Friday").
    ...(lang === 'en' ? ([['bareWeekday', WD]] as [RuleName, string][]) : []),
    // "on the 18th", "el día 18": a day of the release's month (or the next or last, as the tense says).
    [
      'dayOfMonth',
      lang === 'es'
        ? `el\\s+(?:próximo\\s+)?día\\s+(\\d{1,2})(?!\\s*(?:de|del)\\s)`
        : // (not "the follow-up on the 13th meeting": an ordinal before a noun)
          `on\\s+the\\s+(\\d{1,2})(?:st|nd|rd|th)(?!\\s+(?!(?:at|in|and|of|to|when|with|from|until)\\b)\\p{L})`,
    ],
    // "los días 8 y 9", "on the 8th and 9th": days of the release's month (or the next or last), a range.
    [
      'daysOfMonth',
      lang === 'es'
        ? `los\\s+(?:próximos\\s+)?días\\s+(\\d{1,2})(?:\\s*,\\s*\\d{1,2})*\\s*(?:${JOIN})\\s*(\\d{1,2})(?!\\s*(?:de|del)\\s)`
        : `on\\s+the\\s+(\\d{1,2})(?:st|nd|rd|th)\\s+(?:${JOIN})\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)(?!\\s+(?!(?:at|in|for|to|when|with|from|until)\\b)\\p{L})`,
    ],
    ['notDate', `${alt(w.notDates)}`],
  ];
  return [...raw, ...common].map(([name, src]) => [name, new RegExp(`${B}${src}${E}`, 'gdu')]);
}

const cache = new Map<ReleaseLanguage, [RuleName, RegExp][]>();
export function dateRules(lang: ReleaseLanguage): [RuleName, RegExp][] {
  let r = cache.get(lang);
  if (!r) cache.set(lang, (r = rules(lang)));
  return r;
}
