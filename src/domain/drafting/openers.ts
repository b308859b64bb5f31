import type { ReleaseLanguage, Span } from './draftsFile';
import { alt } from './dateGrammar';
import { foldForMatching } from './normalize';
import { perLanguage } from './perLanguage';
import resources from './resources/activities.json';

/**
 * What a sentence's opening (or a clause's words) says about the activity just reported: that it names it again
 * ("The meeting…"), comes after it ("Later, …", "Por último, …"), is done by its participants ("Both ministers…"),
 * follows it ("…to follow the 2+2 meeting"), or is dated by it ("during that period"). Used by activities.ts and
 * sameEvent.ts; the activity words themselves are cues.ts's.
 */

const openers = new Map<string, string[]>();
function openerWords(
  lang: ReleaseLanguage,
  kind: 'anaphoric' | 'anaphoricEvent' | 'sequence' | 'arrival' | 'withinTheVisit',
): string[] {
  let words = openers.get(`${kind}:${lang}`);
  if (!words)
    openers.set(`${kind}:${lang}`, (words = resources[kind][lang].map((w) => foldForMatching(w).toLowerCase())));
  return words;
}
/** The sentence, after a linking word or two ("Finally,", "Asimismo,"). */
function afterLink(text: string, s: Span): string {
  const sentence = text.slice(s.start, s.end).trimStart();
  // (A linking adverb may come without its comma: "Finalmente los ministros suscribieron…".)
  const link =
    /^\p{L}+(?:\s+\p{L}+)?,\s*/u.exec(sentence) ??
    /^(?:finalmente|asimismo|además|también|igualmente|finally|also|likewise|additionally)\s+/iu.exec(sentence);
  return sentence.slice(link?.[0].length ?? 0);
}
const opensWith = (body: string, words: string[]) => {
  const opening = foldForMatching(body).toLowerCase();
  return words.some((w) => opening.startsWith(w) && !/\p{L}/u.test(opening.charAt(w.length)));
};

/** The sentence opens by naming the activity just reported: "The meeting is expected to…" (resource `anaphoricEvent`). */
export function opensWithTheEvent(text: string, lang: ReleaseLanguage, s: Span): boolean {
  return opensWith(afterLink(text, s), openerWords(lang, 'anaphoricEvent'));
}

const wordRe = (list: readonly string[]) => new RegExp(`(?<![\\p{L}])(?:${alt(list)})(?![\\p{L}])`, 'iu');

const latterRe = perLanguage((lang) => wordRe(resources.latter[lang]));
/** The span points back at the activity last named: "este último", "the latter" (resource `latter`). */
export function namesTheLatter(text: string, lang: ReleaseLanguage, s: Span): boolean {
  return latterRe(lang).test(text.slice(s.start, s.end));
}

const thatTimeRe = perLanguage((lang) => wordRe(resources.thatTime[lang]));
/** The span dates itself by the activity just named: "…to visit Chile during that period" (resource `thatTime`). */
export function datedByThatTime(text: string, lang: ReleaseLanguage, s: Span): boolean {
  return thatTimeRe(lang).test(text.slice(s.start, s.end));
}

const afterEventRe = perLanguage((lang) => {
  const w = resources.afterTheEvent[lang];
  return new RegExp(
    `(?<![\\p{L}])(?:${alt(w.lead)})\\s+(?:${alt(w.det)})\\s+(?:[\\p{L}\\d+\\-]+\\s+){0,2}?(?:${alt(w.nouns)})(?![\\p{L}])`,
    'iu',
  );
});
/**
 * The span places its act right after the event just reported: "…is expected to follow the 2+2 meeting", "tras el
 * encuentro de los jefes de Estado" (resource `afterTheEvent`).
 */
export function followsTheEvent(text: string, lang: ReleaseLanguage, s: Span): boolean {
  return afterEventRe(lang).test(text.slice(s.start, s.end));
}

/**
 * The sentence opens by placing itself within the visit just reported: "En el contexto de esta visita, …", "As part
 * of the visit, …" (resource `withinTheVisit`).
 */
export function opensWithinTheVisit(text: string, lang: ReleaseLanguage, s: Span): boolean {
  return opensWith(afterLink(text, s), openerWords(lang, 'withinTheVisit'));
}

/** The sentence opens on a visit's first day: "A su llegada a Lima, …", "Upon arrival, …" (resource `arrival`). */
export function opensOnArrival(text: string, lang: ReleaseLanguage, s: Span): boolean {
  return opensWith(text.slice(s.start, s.end).trimStart(), openerWords(lang, 'arrival'));
}

/** The sentence opens by placing itself after what was just reported: "Later, …", "Por la tarde, …" (resource `sequence`). */
export function opensWithSequence(text: string, lang: ReleaseLanguage, s: Span): boolean {
  return opensWith(text.slice(s.start, s.end).trimStart(), openerWords(lang, 'sequence'));
}

/**
 * The sentence opens, after a linking word or two, by naming the participants of what was just reported: a word of
 * the resource `anaphoric` ("Ambos cancilleres…", "The two Ministers…"), or the names of people already taking part
 * ("Finally, Mondino and Rubio discussed…": `known` holds their names; each may follow a word, "Minister Shanmugam
 * and Secretary Meade"). `pair`: by names, only two of them joined by "and".
 */
export function opensWithParticipants(
  text: string,
  lang: ReleaseLanguage,
  s: Span,
  known: readonly string[] = [],
  pair = false,
): boolean {
  const body = afterLink(text, s);
  if (opensWith(body, openerWords(lang, 'anaphoric'))) return true;
  const names = new Set(known.flatMap((n) => n.split(/\s+/)));
  // Each participant by a name the text gave, or a word before it ("Minister Shanmugam and Secretary Meade").
  const lead =
    /^((?:\p{Lu}[\p{L}'’-]+\s+)?\p{Lu}[\p{L}'’-]+)(?:\s+(?:and|y|e)\s+((?:\p{Lu}[\p{L}'’-]+\s+)?\p{Lu}[\p{L}'’-]+))?(?![\p{L}])/u.exec(
      body,
    );
  if (!lead || (pair && lead[2] === undefined)) return false;
  return lead.slice(1).every((w) => w === undefined || w.split(/\s+/).some((x) => names.has(x)));
}
