import type { Status } from '../activity';
import { definiteBefore, framedByOccasion, isGenericWord, isWeakNoun, type Trigger } from './cues';
import { alt } from './dateGrammar';
import type { ReleaseLanguage, Span } from './draftsFile';
import resources from './resources/activities.json';
import { perLanguage } from './perLanguage';

/**
 * Which activity words of a sentence open activities (activities.ts asks, sentence by sentence): one per family,
 * named events and programme items apart ("oneByFamily"), and generic words only where nothing more specific is said
 * ("specific").
 */

/**
 * One activity word per family in a sentence: the first — unless it is a generic word naming an activity already
 * reported ("At the conclusion of the meeting, the delegation was received in audience"): then the specific one.
 */
export function oneByFamily(
  text: string,
  lang: ReleaseLanguage,
  all: Trigger[],
  dated: (span: Span) => boolean,
): Trigger[] {
  // "…será sede del 52 Periodo de Sesiones", "will attend the 12th Session": a named event right after the word is
  // its object, one event, told by its name; so is any activity right after a word that only carries it ("will host
  // a state dinner", "participó en la ceremonia de transmisión de mando": resource `carriers`).
  const objectOf = (t: Trigger) =>
    all.find((u) => {
      if (u.span.start < t.span.end) return false;
      const gap = text.slice(t.span.end, u.span.start);
      if (u.named && u.family === t.family) return NAMED_OBJECT.test(gap);
      // "la VI Reunión de la Comisión Mixta Perú-Japón", "the 3rd Meeting of the Joint Commission": a numbered
      // meeting of a body the words name is that body's meeting, one event, of the body's kind.
      if (t.named && u.family !== t.family && isGenericWord(text, lang, t) && MEETING_OF.test(gap)) return true;
      return isCarrier(text, lang, t) && u.family !== t.family && OBJECT_GAP.test(gap);
    });
  const carried = new Map<Trigger, number>();
  for (const t of all) {
    const u = objectOf(t);
    if (u && !carried.has(u)) carried.set(u, t.span.start);
  }
  // "la I Reunión de Ministras y Ministros de Relaciones Exteriores de la XXVIII Cumbre Iberoamericana": a named
  // event inside another's name (only capitalised words and "de", "la", "y"… between them) is part of that name.
  const inName = (u: Trigger) =>
    !!u.named &&
    all.some(
      (t) =>
        (t.named || t.family === 'presidency') &&
        (t.family === u.family || t.family === 'presidency') &&
        t.span.end <= u.span.start &&
        NAME_RUN.test(text.slice(t.span.end, u.span.start)),
    );
  const ts = all
    .filter((t) => !objectOf(t) && !inName(t))
    .map((t) => (carried.has(t) ? { ...t, carriedFrom: carried.get(t) } : t));
  const pick = (t: Trigger) => {
    // (Not the occasion's word when the act has one of its own: "En el marco de la cumbre, … sostuvo reuniones".)
    const first = (ts.find((u) => u.family === t.family && !framedByOccasion(text, lang, u.span)) ??
      ts.find((u) => u.family === t.family)) as Trigger;
    const refersBack = first.weak && definiteBefore(text, lang, first.span);
    return (refersBack && ts.find((u) => u.family === t.family && !u.weak)) || first;
  };
  // A summit or a numbered meeting after the meeting word is an event of its own ("…con quien tratará … la Cumbre
  // de las Américas, que será en Lima los días 13 y 14 de abril"; "…como miras a la II Reunión del Gabinete").
  // "…the decoration ceremony, followed by a joint statement and the military parade": a programme's next item,
  // introduced by a word of sequence, is an act of its own (resource `sequence`, and `seguida de`/`followed by`).
  const next = (t: Trigger) => {
    const before = ts.filter((u) => u.family === t.family && u.span.end <= t.span.start).at(-1);
    return !!before && SEQUENCE_WITHIN.test(text.slice(before.span.end, t.span.start));
  };
  // "…will meet with President Petro on Oct 3-4 in Colombia and will hold a meeting with President Boric on Oct 5 in
  // Chile": after a date of its own, a word joined by "and" with a verb of its own is another activity of the family.
  const again = (t: Trigger) => {
    const before = ts.filter((u) => u.family === t.family && u.span.end <= t.span.start).at(-1);
    if (!before) return false;
    const between = { start: before.span.end, end: t.span.start };
    return dated(between) && JOINED_AGAIN.test(text.slice(between.start, between.end));
  };
  return ts.filter(
    (t) =>
      pick(t) === t ||
      t.named ||
      (isSummit(text, t) && !isSummit(text, pick(t))) ||
      (t.family === 'protocol' && next(t)) ||
      again(t),
  );
}
/** "…and will hold a", "y sostendrá una", "y luego se reunió con": "and", then the verb that carries the next word. */
const JOINED_AGAIN = /(?<![\p{L}])(?:and|y|e)\s+(?:\p{L}+\s+){0,3}$/iu;
const NAME_RUN =
  /^(?:\s+(?:\p{Lu}[\p{L}-]*|de|del|la|las|los|y|e|of|the|and|for|para|[IVXLC]{1,6}|\d{1,3}\p{L}{0,2}[ºª°]?))+\s+$/u;
const NAMED_OBJECT =
  /^\s*(?:(?:del|de\s+la|de\s+los|de|en\s+el|en\s+la|al|a\s+la|the|of\s+the|at\s+the|in\s+the)\s+)?(?:[IVXLC]{1,6}|\d{1,3}\p{L}{0,2}[ºª°]?)?\s*$/iu;
/** An article and at most one word between the carrying verb and its object: "a state", "la", "the official". */
const OBJECT_GAP =
  /^\s*(?:(?:a|an|the|un|una|el|la|los|las|del|de\s+la|de|en\s+el|en\s+la|en\s+los|al|a\s+la)\s+)?(?:\p{Ll}+\s+)?$/u;
const MEETING_OF = /^\s+(?:de\s+la|del|de|of\s+the|of)\s+$/iu;
const additiveRe = perLanguage(
  (lang) => new RegExp(`(?<![\\p{L}])(?:${alt(resources.additive[lang])})(?![\\p{L}])`, 'giu'),
);
/**
 * "They will also attend the ceremony…", "También participará en un encuentro con jóvenes…": a carrying word, a
 * generic noun or a meeting word of its own ("will also meet with…") that its sentence says is "also" done, before
 * it, adds an act to the one just reported (resource
 * `additive`) — not a definite one, which names that act ("También en la reunión…"), nor a verb of talking ("The
 * two Ministers also discussed…"), which tells more of it.
 */
export function addsAnother(
  text: string,
  lang: ReleaseLanguage,
  t: Trigger,
  sentence: Span,
  others: readonly Trigger[],
): boolean {
  const meets = !t.weak && t.family === 'meeting';
  if (!meets && !isCarrier(text, lang, t) && !isWeakNoun(text, lang, t)) return false;
  if (
    definiteBefore(text, lang, t.span) ||
    /(?<![\p{L}])(?:del|al|of\s+the)\s+$/iu.test(text.slice(Math.max(0, t.span.start - 8), t.span.start))
  )
    return false;
  // The word is this act's: a few words before it (or inside it, "will also attend"), with no other activity word
  // and no reported clause between ("También señaló que … del Foro", "se reunió también con Rubio durante una visita").
  const words = [...text.slice(sentence.start, t.span.end).matchAll(additiveRe(lang))];
  const at = words.at(-1);
  if (!at) return false;
  const from = sentence.start + at.index + at[0].length;
  // ("se reunió también con Rubio durante una visita": the word is the verb's right before it.)
  const word = from - at[0].length;
  if (others.some((u) => u !== t && u.span.end <= word && /^\s*$/u.test(text.slice(u.span.end, word)))) return false;
  const between = text.slice(from, Math.max(from, t.span.start));
  return (
    between.split(/\s+/u).filter(Boolean).length <= 5 &&
    !/(?<![\p{L}])(?:que|that)(?![\p{L}])/iu.test(between) &&
    !others.some((u) => u !== t && u.span.start >= from && u.span.end <= t.span.start)
  );
}
const carrierSets = new Map<ReleaseLanguage, Set<string>>();
function isCarrier(text: string, lang: ReleaseLanguage, t: Trigger): boolean {
  let set = carrierSets.get(lang);
  if (!set) carrierSets.set(lang, (set = new Set(resources.carriers[lang].map((w) => w.toLowerCase()))));
  // ("will also attend": the auxiliary's adverb is not part of the word.)
  const word = text.slice(t.span.start, t.span.end).toLowerCase().replace(/\s+/g, ' ');
  return set.has(word) || set.has(word.replace(ADVERB, ' '));
}
const ADVERB = new RegExp(
  `\\s(?:${alt([...resources.auxiliaryAdverbs.en, ...resources.auxiliaryAdverbs.es])})\\s`,
  'iu',
);

export const SEQUENCE_WITHIN =
  /(?<![\p{L}])(?:luego|seguidamente|seguid[oa]s?\s+(?:de|por)|posteriormente|después|then|followed\s+by|afterwards|later)(?![\p{L}])/iu;
export const isSummit = (text: string, t: Trigger) =>
  /^(?:cumbre|summit)$/iu.test(text.slice(t.span.start, t.span.end));

/**
 * Generic words ("recibió", "discussed") give way to a specific one in the same sentence, and after an activity of
 * the same paragraph they describe it rather than open another ("… spoke today with X. The two leaders discussed…").
 * So: the specific activity words of a sentence, generic ones ("reunión", "meeting") only where nothing more specific is
 * said — or where, after a specific one, a word of intention or announcement of their own leads a generic noun
 * ("…signed four agreements and agreed to hold the next meeting in Lima in 2026"): another activity, with its own
 * tense and date. (A generic verb so led is the same event told again: "…will visit Brazil and will be received by…" —
 * unless "when", "where", "en la que" joins a meeting to the visit: see duringVisit.)
 */
export function specific(
  ts: Trigger[],
  afterActivity: boolean,
  led: (t: Trigger, after: number) => boolean,
  noun: (t: Trigger) => boolean,
  sentence: Span,
  tense: (s: Span) => Status,
  text: string,
): Trigger[] {
  const strong = ts.filter((t) => !t.weak);
  // After an activity of the paragraph, generic words tell more of it ("Durante la reunión…") — unless a word of
  // intention leads one ("Las delegaciones acordaron reunirse nuevamente en 2026"): a meeting still to come.
  if (strong.length === 0)
    return afterActivity ? ts.filter((t, i) => led(t, ts[i - 1]?.span.end ?? sentence.start)) : ts;
  const s0 = strong[0]!;
  // "El canciller recibió esta mañana a la vicepresidenta, quien llegó para participar en el Diálogo de Alto Nivel,
  // que se realizará mañana": a generic verb told as done before an event still to come is an activity of its own.
  const done =
    tense({ start: sentence.start, end: s0.span.start }) === 'held' &&
    tense({ start: s0.span.start, end: sentence.end }) !== 'held'
      ? ts.find((t) => t.weak && !noun(t) && t.span.end <= s0.span.start)
      : undefined;
  const joined = duringVisit(text, ts);
  // "La agenda contempla la visita a la Escuela Solar; una reunión con la colectividad uruguaya y almuerzo oficial…":
  // an item of a list cut by semicolons is an act of its own, however generic its word.
  const item = (t: Trigger, i: number) => {
    const gap = text.slice(ts[i - 1]?.span.end ?? sentence.start, t.span.start);
    const cut = gap.lastIndexOf(';');
    return cut >= 0 && LIST_ITEM.test(gap.slice(cut + 1));
  };
  return ts.flatMap((t, i) => {
    // The meeting's clause starts after "en la que", with the verb that carries it ("…en la que agotará una serie de
    // encuentros"): its tense is that verb's.
    const from = joined.get(t);
    if (from !== undefined)
      return [
        t.family !== 'meeting' ? t : { ...t, duringVisit: true, ...(from < t.span.start && { carriedFrom: from }) },
      ];
    return !t.weak ||
      t === done ||
      item(t, i) ||
      (t.span.start > s0.span.end && noun(t) && led(t, ts[i - 1]?.span.end ?? s0.span.end))
      ? [t]
      : [];
  });
}

/** What may stand between a list's semicolon and its item's activity word: an article or two ("; una reunión"). */
const LIST_ITEM = /^\s*(?:\p{L}{1,8}\s+){0,2}$/u;

/**
 * "…will make a State visit to Brazil on May 21, when he will be received by President Dilma Rousseff", "…realizará
 * una visita a Haití, en la que sostendrá una serie de encuentros…": a visit and a meeting joined by "when", "where",
 * "en la que", "durante la cual" are two activities — the visit, and a meeting within it — whichever word is generic.
 */
function duringVisit(text: string, ts: readonly Trigger[]): Map<Trigger, number> {
  const out = new Map<Trigger, number>();
  for (const visit of ts.filter((t) => t.family === 'visit'))
    for (const meeting of ts.filter((t) => t.family === 'meeting' && t.span.start >= visit.span.end)) {
      if (!visit.weak && !meeting.weak) continue;
      const m = DURING.exec(text.slice(visit.span.end, meeting.span.start));
      if (!m) continue;
      // Where the meeting's own words begin: right after the joining word.
      const at = visit.span.end + m[0].length;
      out.set(visit, visit.span.start);
      out.set(meeting, at + (/^\s*/u.exec(text.slice(at))?.[0].length ?? 0));
    }
  // "…se reunirá con el Secretario de Estado … durante su visita a Washington D.C., este 20 y el 21 de noviembre":
  // a meeting told first, then the visit it is held during — two activities too.
  for (const visit of ts.filter((t) => t.family === 'visit'))
    for (const meeting of ts.filter((t) => t.family === 'meeting' && t.span.end <= visit.span.start)) {
      if (out.has(meeting) || !DURING_ITS.test(text.slice(meeting.span.end, visit.span.start))) continue;
      out.set(meeting, meeting.span.start);
      out.set(visit, visit.span.start);
    }
  return out;
}
const DURING_ITS = /^[^.;]*(?<![\p{L}])(?:durante|during)\s+(?:su|sus|his|her|their)\s+$/iu;
const DURING =
  /^[^.;]*,\s*(?:en\s+(?:la|el)\s+(?:que|cual)|durante\s+(?:la|el)\s+cual|donde|cuando|where|when|during\s+which|in\s+which|in\s+the\s+course\s+of\s+which)(?![\p{L}])/iu;
