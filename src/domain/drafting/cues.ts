import type { Status } from '../activity';
import type { ReleaseLanguage, Span } from './draftsFile';
import { alt } from './dateGrammar';
import { Gazetteer, type GazetteerEntry } from './gazetteer';
import resources from './resources/activities.json';
import { outOfContext } from './triggerContext';
import { perLanguage } from './perLanguage';

/** Cue words over a stretch of text: triggers of activities, status (tense), background. */
export interface Trigger {
  span: Span;
  type: string;
  family: string;
  /** A generic word ("recibió", "discussed") that reports an activity only when nothing more specific does. */
  weak: boolean;
  /** An event of its own beside another meeting word: numbered ("la XXI Reunión de la CELAC") or an occasion ("con ocasión del Consejo de Ministros"). */
  named?: boolean;
  /** Where the words that carry it begin, when a carrying word came first ("será sede de la XI Conferencia"). */
  carriedFrom?: number;
  /** A meeting within the visit its sentence names first ("…will make a State visit…, when he will be received by…"). */
  duringVisit?: boolean;
  /** An act its sentence adds to the one just reported ("They will also attend…"): never that one told again. */
  added?: boolean;
}

const build = <T>(pairs: [string, T][]) =>
  new Gazetteer(pairs.map(([phrase, value]): GazetteerEntry<T> => ({ phrase, value, caseRule: 'any' })));

type TriggerWord = { type: string; family: string; weak: boolean };
const triggerGaz = new Map<ReleaseLanguage, Gazetteer<TriggerWord>>();
export function findTriggers(text: string, lang: ReleaseLanguage, span: Span): Trigger[] {
  let g = triggerGaz.get(lang);
  if (!g) {
    const weak = weakWords(lang);
    g = build(
      resources.triggers.flatMap((t) =>
        t[lang].flatMap((p) => {
          const value = { type: t.type, family: t.family, weak: weak.has(p.toLowerCase()) };
          return withAdverbs(lang, p).map((v): [string, TriggerWord] => [v, value]);
        }),
      ),
    );
    triggerGaz.set(lang, g);
  }
  const hits = g
    .find(text.slice(span.start, span.end))
    .filter(
      (h) =>
        !outOfContext(
          text,
          lang,
          { start: span.start + h.span.start, end: span.start + h.span.end },
          h.entry.value.family,
          h.entry.phrase,
        ),
    )
    .map((h) => {
      const at = { start: span.start + h.span.start, end: span.start + h.span.end };
      // "la XXI Reunión de la CELAC", "the 12th Session": a numbered meeting is a named event, not a generic word.
      // (Written in lower case too after a Roman numeral or a marked ordinal: "la XXV reunión del Comité".)
      const before = text.slice(Math.max(0, at.start - 10), at.start);
      const numbered =
        (/^\p{Lu}/u.test(text.slice(at.start)) &&
          /(?<![\p{L}\d])(?:[IVXLC]{1,6}|\d{1,3}(?:st|nd|rd|th|ª|º|°|a|o)?)\s+$/u.test(before)) ||
        /(?<![\p{L}\d])(?:[IVXLC]{2,6}|\d{1,3}(?:ª|º|°|st|nd|rd|th))\s+$/u.test(before) ||
        // (In English, capitalised words may come between: "the 77th United Nations General Assembly".)
        (/^\p{Lu}/u.test(text.slice(at.start)) &&
          /(?<![\p{L}\d])(?:[IVXLC]{2,6}|\d{1,3}(?:st|nd|rd|th))\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}$/u.test(
            text.slice(Math.max(0, at.start - 50), at.start),
          ));
      // "…se reunieron hoy en Santiago con ocasión del Consejo de Ministros de la Alianza": the occasion is an event.
      const occasion = /^(?:con\s+ocasión|on\s+the\s+occasion)/iu.test(text.slice(at.start, at.end));
      // "the Meeting of Presidents of South American Countries": a generic noun, capitalised mid-sentence, that
      // opens a name is a named event.
      const titled =
        h.entry.value.weak &&
        /^\p{Lu}\p{Ll}+$/u.test(text.slice(at.start, at.end)) &&
        /(?:^|[\s(])\p{Ll}\p{L}*[,;]?\s+(?:the\s+|la\s+|el\s+)?$/u.test(
          text.slice(Math.max(0, at.start - 16), at.start),
        ) &&
        /^\s+(?:of|de|del)\s+(?:the\s+|la\s+|las\s+|los\s+)?\p{Lu}/u.test(text.slice(at.end, at.end + 16));
      // "the \"Ancient Civilizations Forum\"", "the Pacific Alliance Meeting": in English a generic noun, capitalised,
      // that closes a run of capitalised words after "the" is a name's last word, a named event. (An acronym may
      // stand in the run, and a dash between two names: "the Asia-Pacific Economic Cooperation (APEC) Leaders' Meeting",
      // "the Chile - Peru Opinion Leaders Meeting".)
      const closesName =
        lang === 'en' &&
        h.entry.value.weak &&
        /^\p{Lu}\p{Ll}+$/u.test(text.slice(at.start, at.end)) &&
        /(?<![\p{L}])the\s+["“]?(?:(?:\p{Lu}[\p{L}'’-]*|\(\p{Lu}[\p{Lu}\d-]*\)|[-–])\s+){1,6}$/u.test(
          text.slice(Math.max(0, at.start - 90), at.start),
        );
      return {
        span: at,
        ...h.entry.value,
        ...(numbered || occasion || titled || closesName ? { weak: false, named: true } : {}),
        // (A gathering's own name is a multilateral event's: "the Leaders’ Meeting", "the Ancient Civilizations Forum".)
        ...(closesName && h.entry.value.family === 'meeting' && { type: 'multilateral-meeting' }),
      };
    });
  const sessions = numberedSessions(text, lang, span).filter(
    (t) => !hits.some((h) => h.span.start < t.span.end && t.span.start < h.span.end),
  );
  return sessions.length === 0 ? hits : [...hits, ...sessions].sort((a, b) => a.span.start - b.span.start);
}

const sessionRe = perLanguage(
  (lang) =>
    new RegExp(
      `(?<![\\p{L}\\d])(?:[IVXLC]{2,6}|\\d{1,3}(?:º|ª|°|st|nd|rd|th|\\.?º))\\s+(${alt(resources.numberedBodies[lang])})(?![\\p{L}])`,
      'gu',
    ),
);
/**
 * "el 45º Consejo de Ministros de Relaciones Exteriores", "the 12th Council of Ministers": a numbered standing body
 * names one of its sessions, a meeting (resource `numberedBodies`). Unnumbered, the word is the body.
 */
function numberedSessions(text: string, lang: ReleaseLanguage, span: Span): Trigger[] {
  const out: Trigger[] = [];
  for (const m of text.slice(span.start, span.end).matchAll(sessionRe(lang))) {
    const start = span.start + m.index + m[0].length - m[1]!.length;
    out.push({
      span: { start, end: start + m[1]!.length },
      type: 'multilateral-meeting',
      family: 'meeting',
      weak: false,
      named: true,
    });
  }
  return out;
}

/**
 * "will meet" also as "will also meet", "is scheduled" as "is also scheduled"; "sostendrá reuniones" also as
 * "sostendrá también reuniones", "abrir una oficina" as "abrir próximamente una oficina" (resource auxiliaryAdverbs:
 * after an English auxiliary, after the Spanish verb that opens a phrase of several words).
 */
function withAdverbs(lang: ReleaseLanguage, phrase: string): string[] {
  const m =
    lang === 'en'
      ? /^(will|is|are)\s+(.+)$/.exec(phrase)
      : /^((?:se\s+)?\p{Ll}+(?:ó|aron|ieron|á|án|ar|er|ir))\s+(\p{Ll}.*)$/u.exec(phrase);
  return m ? [phrase, ...resources.auxiliaryAdverbs[lang].map((a) => `${m[1]} ${a} ${m[2]}`)] : [phrase];
}

const weakNounSets = new Map<ReleaseLanguage, Set<string>>();
/** A generic activity word that is a noun ("reunión", "forum"): resource `weakNouns`. */
export function isWeakNoun(text: string, lang: ReleaseLanguage, t: Trigger): boolean {
  let w = weakNounSets.get(lang);
  if (!w) weakNounSets.set(lang, (w = new Set(resources.weakNouns[lang].map((x) => x.toLowerCase()))));
  return t.weak && w.has(text.slice(t.span.start, t.span.end).toLowerCase().replace(/\s+/g, ' '));
}

const weakSets = new Map<ReleaseLanguage, Set<string>>();
function weakWords(lang: ReleaseLanguage): Set<string> {
  let w = weakSets.get(lang);
  if (!w) weakSets.set(lang, (w = new Set(resources.weak[lang].map((x) => x.toLowerCase()))));
  return w;
}

/** The activity word is a generic one ("Reunión", "Meeting"; resource `weak`), whatever its case or whether named. */
export function isGenericWord(text: string, lang: ReleaseLanguage, t: Trigger): boolean {
  return weakWords(lang).has(text.slice(t.span.start, t.span.end).toLowerCase().replace(/\s+/g, ' '));
}

/**
 * Spanish writes the future in the verb's ending ("se desarrollará", "llegarán"), so no word list can hold every
 * future verb: a lower-case word of three letters or more ending in a stressed "-rá"/"-rán" is a future verb.
 */
const SPANISH_FUTURE = /(?<![\p{L}])\p{Ll}{2,}r(?:á|án)(?![\p{L}])/u;

const PROGRAMME =
  /(?<![\p{L}])(?:la\s+agenda|el\s+programa|the\s+(?:agenda|programme|program|itinerary))(?![\p{L}])[^.;:]{0,80}?(?<![\p{L}])(?:incluye|contempla|prevé|comprende|includes|foresees|comprises)(?![\p{L}])/iu;

type StatusCue = Exclude<Status, 'held'> | 'background';
const statusGaz = new Map<ReleaseLanguage, Gazetteer<StatusCue>>();
function cueGazetteer(lang: ReleaseLanguage) {
  let g = statusGaz.get(lang);
  if (!g) {
    g = build<StatusCue>([
      ...resources.status.planned[lang].flatMap((p) =>
        withAdverbs(lang, p).map((v): [string, StatusCue] => [v, 'planned']),
      ),
      ...resources.status.announced[lang].flatMap((p) =>
        withAdverbs(lang, p).map((v): [string, StatusCue] => [v, 'announced']),
      ),
      ...resources.background[lang].map((p): [string, StatusCue] => [p, 'background']),
    ]);
    statusGaz.set(lang, g);
  }
  return g;
}

/**
 * The cues of a span: which status its tense and words suggest, and whether it recalls the past. Words inside a
 * date expression of the span (`dates`), or right after one, are the date's, not cues: "el próximo lunes 3 de junio"
 * plans nothing.
 */
const REPORTED =
  /^(?:anunció|anunciaron|ha anunciado|announced|have announced|has announced)\s+(?:(?:el|este|on|this|ayer|hoy|yesterday|today)(?:\s+\p{L}+){0,2}\s+)?(?:que|that)(?![\p{L}])/iu;
export function readCues(
  text: string,
  lang: ReleaseLanguage,
  span: Span,
  dates: readonly { span: Span }[] = [],
  near?: Span,
): { status: Status; background: boolean; evidence?: Span } {
  const hits = cueGazetteer(lang)
    .find(text.slice(span.start, span.end))
    .filter((h) => {
      const at = { start: span.start + h.span.start, end: span.start + h.span.end };
      // Right after a date too, a word that qualifies it: "el 5 de febrero próximo" (but "La agenda para el martes
      // 10 de marzo prevé…" is the verb's).
      const qualifies = resources.attributive[lang].includes(text.slice(at.start, at.end).toLowerCase());
      // "announced that both Governments are negotiating…": a verb of saying before "that" reports; the tense is
      // the reported clause's.
      if (REPORTED.test(text.slice(at.start, at.end + 30))) return false;
      return !dates.some(
        (d) =>
          (d.span.start <= at.start && at.end <= d.span.end) ||
          (qualifies && /^\s+$/.test(text.slice(d.span.end, at.start))),
      );
    });
  const first = (kind: StatusCue) => hits.find((h) => h.entry.value === kind);
  let planned = first('planned');
  let announced = first('announced');
  // Both kinds, and the activity word known: the one nearer to it ("invited the government to an event to be held
  // on 17 December": the event is announced).
  // "se acordó que el canciller realizará una visita", "agreed that … will meet": the future is inside what was
  // agreed, so the activity is agreed on (planned), not announced.
  const governs =
    planned &&
    announced &&
    announced.span.start > planned.span.end &&
    /^\s*(?:que|that)(?![\p{L}])/iu.test(text.slice(span.start + planned.span.end, span.start + planned.span.end + 6));
  if (governs) announced = undefined;
  if (planned && announced && near) {
    const gap = (h: { span: Span }) => Math.abs(span.start + h.span.start - near.start);
    if (gap(announced) < gap(planned)) planned = undefined;
    else announced = undefined;
  }
  const hit = planned ?? announced;
  let evidence = hit ? { start: span.start + hit.span.start, end: span.start + hit.span.end } : undefined;
  let status: Status = planned ? 'planned' : announced ? 'announced' : 'held';
  // "La agenda del ministro … incluye reuniones bilaterales", "the programme of the visit includes": what a
  // programme lists is still to come, whatever words name whose programme it is.
  const programme = hit ? null : PROGRAMME.exec(text.slice(span.start, span.end));
  if (programme) {
    status = 'announced';
    evidence = { start: span.start + programme.index, end: span.start + programme.index + programme[0].length };
  }
  if (!hit && !programme && lang === 'es') {
    const future = SPANISH_FUTURE.exec(text.slice(span.start, span.end));
    if (future) {
      status = 'announced';
      evidence = { start: span.start + future.index, end: span.start + future.index + future[0].length };
    }
  }
  return { status, background: first('background') !== undefined, ...(evidence ? { evidence } : {}) };
}

/**
 * "…Trujillo, who has been invited to make an official visit": a word of status at most three words before an
 * activity word is that activity's, not the one before it. Where that word starts, in `between` (the stretch from
 * the earlier activity word to the later one).
 */
export function statusLeadStart(text: string, lang: ReleaseLanguage, between: Span): number | undefined {
  const hits = cueGazetteer(lang)
    .find(text.slice(between.start, between.end))
    .filter((h) => h.entry.value !== 'background');
  // Back from the activity word, through a run of such words ("anunció la próxima apertura").
  let start: number | undefined;
  let to = between.end;
  for (const h of hits.reverse()) {
    const at = between.start + h.span.start;
    if (!/^(?:\s+\p{L}+){0,3}\s*$/u.test(text.slice(between.start + h.span.end, to))) break;
    start = to = at;
  }
  return start;
}

/** "at the meeting", "en dicha reunión": a generic activity word after a definite word names an activity already reported. */
export function definiteBefore(text: string, lang: ReleaseLanguage, at: Span): boolean {
  const words =
    lang === 'es'
      ? /(?<![\p{L}])(?:la|el|esta|este|dicha|dicho|esa|ese|aquella|aquel)\s+$/iu
      : /(?<![\p{L}])(?:the|this|that)\s+$/iu;
  return words.test(text.slice(Math.max(0, at.start - 12), at.start));
}

/**
 * "…como el encuentro que tuvo en diciembre pasado De Zela en Washington", "the meeting that they held last
 * March": a definite generic word whose own restrictive clause (no comma before "que"/"that") dates it in the past
 * names an earlier event, recalled, not the activity just reported. `dates`: the sentence's dates.
 */
export function recalledByClause<D extends { span: Span }>(
  text: string,
  lang: ReleaseLanguage,
  at: Span,
  dates: readonly D[],
): D | undefined {
  if (!definiteBefore(text, lang, at)) return undefined;
  const rel = /^\s+(?:que|which|that)\s/iu.exec(text.slice(at.end, at.end + 12));
  const date = rel && dates.find((d) => d.span.start >= at.end && d.span.start - at.end <= 60);
  if (!rel || !date) return undefined;
  const clause = { start: at.end + rel[0].length, end: date.span.end };
  const past = readCues(text, lang, clause, dates).status === 'held';
  return past && !/[,;.]/u.test(text.slice(clause.start, date.span.start)) ? date : undefined;
}

const framedRes = new Map<ReleaseLanguage, RegExp>();
/**
 * "En el marco de la cumbre, …", "on the sidelines of the summit", "in the context of the APEC forum": the activity word
 * names the occasion, not the act.
 */
export function framedByOccasion(text: string, lang: ReleaseLanguage, at: Span): boolean {
  let re = framedRes.get(lang);
  if (!re)
    framedRes.set(
      lang,
      (re = new RegExp(
        `(?<![\\p{L}])(?:${alt(resources.occasion[lang])})(?:l)?\\s+(?:(?:la|el|los|las|the|this|that|esta|este|dicha|dicho)\\s+)?(?:(?:[IVXLC]{1,6}|\\d{1,3}\\s*[°ºª]?|\\d{1,3}(?:st|nd|rd|th))\\s+)?(?:\\p{Lu}[\\p{L}-]*\\s+){0,2}$`,
        'iu',
      )),
    );
  return re.test(text.slice(Math.max(0, at.start - 40), at.start));
}

const occasionRes = new Map<ReleaseLanguage, RegExp>();
/** The ids of the bodies named right after "in the margins of", "en el marco de"… in the span (resource `occasion`). */
export function occasionOf(
  text: string,
  lang: ReleaseLanguage,
  span: Span,
  bodies: readonly { span: Span; id: string }[],
): string[] {
  let re = occasionRes.get(lang);
  if (!re) occasionRes.set(lang, (re = new RegExp(`(?<![\\p{L}])(?:${alt(resources.occasion[lang])})\\s+`, 'giu')));
  const ids: string[] = [];
  for (const m of text.slice(span.start, span.end).matchAll(re)) {
    const at = span.start + m.index + m[0].length;
    for (const b of bodies) if (b.span.start >= at && b.span.start - at <= 40) ids.push(b.id);
  }
  return ids;
}

const decidedRes = new Map<ReleaseLanguage, RegExp>();
/**
 * "…expuso los acuerdos adoptados en la II Reunión de Coordinadores Nacionales, en fecha 24 y 25 de noviembre", "the
 * measures agreed at the last Summit": words that name the meeting as where something now reported was decided
 * (resource `outcomeAt`): that meeting is recalled, not reported.
 */
export function decidedAt(text: string, lang: ReleaseLanguage, at: Span): boolean {
  let re = decidedRes.get(lang);
  if (!re)
    decidedRes.set(
      lang,
      (re = new RegExp(
        `(?<![\\p{L}])(?:${alt(resources.outcomeAt[lang])})\\s+(?:(?:la|el|los|las|the|its|su|sus)\\s+)?(?:(?:[IVXLC]{1,6}|\\d{1,3}(?:st|nd|rd|th|º|ª|°)?|last|latest|última|último)\\s+)?$`,
        'iu',
      )),
    );
  return re.test(text.slice(Math.max(0, at.start - 40), at.start));
}

const recalledRes = new Map<ReleaseLanguage, RegExp>();
/** "the recent General Assembly", "la pasada Cumbre": a word right before the activity word recalls it (resource `recalledBefore`). */
export function recalledBefore(text: string, lang: ReleaseLanguage, at: Span): boolean {
  let re = recalledRes.get(lang);
  if (!re)
    recalledRes.set(lang, (re = new RegExp(`(?<![\\p{L}])(?:${alt(resources.recalledBefore[lang])})\\s+$`, 'iu')));
  return re.test(text.slice(Math.max(0, at.start - 14), at.start));
}

const relativeRes = new Map<ReleaseLanguage, RegExp>();
/**
 * The part of an activity's clause before a clause about something else: "…in his meeting with Michael Kozak,
 * where they agreed to create a consultation system" is a meeting held, whatever was agreed in it (resource
 * `relative`, after a comma and after the activity word).
 */
export function beforeRelative(text: string, lang: ReleaseLanguage, clause: Span, after: number): Span {
  let re = relativeRes.get(lang);
  if (!re) relativeRes.set(lang, (re = new RegExp(`,\\s*(?:${alt(resources.relative[lang])})(?![\\p{L}])`, 'iu')));
  const m = re.exec(text.slice(after, clause.end));
  return m ? { start: clause.start, end: after + m.index } : clause;
}

const presentGaz = new Map<ReleaseLanguage, Gazetteer<true>>();
/** A present-tense cue ("se encuentra en", "is taking place") in the span: the activity is on the release's day. */
export function findPresent(text: string, lang: ReleaseLanguage, span: Span): Span | undefined {
  let g = presentGaz.get(lang);
  if (!g) presentGaz.set(lang, (g = build(resources.present[lang].map((p): [string, true] => [p, true]))));
  // (Not an infinitive: "arrived in Lima to take part in the Summit"; nor a gerund after a preposition, "after
  // attending the Summit", "before taking part in…": the present participle alone is the present, "the delegation
  // attending the General Assembly", as "participando en" is in Spanish.)
  const hit = g
    .find(text.slice(span.start, span.end))
    .find(
      (h) =>
        !/(?<![\p{L}])(?:to|after|before|since|upon|on|following|for|from|by|of|without|in)\s+$/iu.test(
          text.slice(Math.max(0, span.start + h.span.start - 12), span.start + h.span.start),
        ),
    );
  return hit ? { start: span.start + hit.span.start, end: span.start + hit.span.end } : undefined;
}

const reportingGaz = new Map<ReleaseLanguage, Gazetteer<true>>();
/**
 * "Informó hoy la Cancillería", "today announced that she will travel": a date next to a verb of saying dates the
 * statement, not the activity it reports. The verb's span when the date at `date` is one (only spaces or a comma
 * between them, the verb before or after).
 */
export function reportingVerbAt(text: string, lang: ReleaseLanguage, date: Span): Span | undefined {
  let g = reportingGaz.get(lang);
  if (!g) reportingGaz.set(lang, (g = build(resources.reporting[lang].map((p): [string, true] => [p, true]))));
  const before = Math.max(0, date.start - 30);
  for (const h of g.find(text.slice(before, date.start))) {
    const verb = { start: before + h.span.start, end: before + h.span.end };
    if (/^[\s,]*$/.test(text.slice(verb.end, date.start))) return verb;
  }
  const after = Math.min(text.length, date.end + 30);
  for (const h of g.find(text.slice(date.end, after))) {
    const verb = { start: date.end + h.span.start, end: date.end + h.span.end };
    if (/^[\s,]*$/.test(text.slice(date.end, verb.start))) return verb;
  }
  return undefined;
}

const firstPersonSets = new Map<ReleaseLanguage, Set<string>>();
/**
 * Quotations of a speaker talking of themselves (“…”, «…», or straight quotes taken in pairs, holding a word of
 * `firstPerson`): speech, not the release's report.
 */
export function spokenSpans(text: string, lang: ReleaseLanguage): Span[] {
  let words = firstPersonSets.get(lang);
  if (!words) firstPersonSets.set(lang, (words = new Set(resources.firstPerson[lang])));
  const first = words;
  const out: Span[] = [];
  // "Foreign Secretary Boris Johnson said:" and, in the next paragraph, his words without quotation marks — but a
  // spokesperson's words are the release itself ("A Downing Street spokesperson said: The Prime Minister spoke…").
  for (const m of text.matchAll(
    new RegExp(`(?<![\\p{L}])(?:${alt(resources.reporting[lang])})\\s*:\\s*\\n\\s*\\n([^\\n]+)`, 'giu'),
  ))
    if (!SPOKESPERSON.test(text.slice(Math.max(0, m.index - 60), m.index)))
      out.push({ start: m.index + m[0].length - (m[1]?.length ?? 0), end: m.index + m[0].length });
  for (const m of text.matchAll(/“[^”]*”|«[^»]*»|"[^"]*"/g)) {
    const spoken = (m[0].match(/[\p{L}']+/gu) ?? []).some((w) => first.has(lang === 'en' ? w : w.toLowerCase()));
    if (spoken) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const SPOKESPERSON = /spokes(?:person|man|woman)|portavoz|vocer[oa]/iu;

const mannerRes = new Map<ReleaseLanguage, RegExp>();
/**
 * "Sostuvo una reunión bilateral, a través de videoconferencia", "met by video call": the call word says how the
 * meeting was held, so the sentence reports one activity, the call, not a meeting and a call.
 */
export function heldBy(text: string, lang: ReleaseLanguage, ts: Trigger[]): Trigger[] {
  let re = mannerRes.get(lang);
  if (!re) {
    re = new RegExp(`(?<![\\p{L}])(?:${alt(resources.manner[lang])})\\s+(?:(?:una?|la|el|an?|the)\\s+)?$`, 'iu');
    mannerRes.set(lang, re);
  }
  const manner = re;
  const call = ts.find(
    (t) => t.family === 'call' && manner.test(text.slice(Math.max(0, t.span.start - 30), t.span.start)),
  );
  if (!call) return ts;
  return ts.filter((t) => !(t.family === 'meeting' && t.span.end <= call.span.start));
}
