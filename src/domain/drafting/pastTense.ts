import { findTriggers, type readCues, type Trigger } from './cues';
import type { ReleaseLanguage } from './draftsFile';
import resources from './resources/activities.json';

type Cues = ReturnType<typeof readCues>;

/**
 * "Met on Friday to arrange the next Council": a future word that qualifies a noun ("next", "próxima") does not
 * make an activity whose own word is in the past tense an announcement, unless that noun is an activity itself.
 */
export function pastTrigger(text: string, lang: ReleaseLanguage, t: Trigger, cues: Cues): Cues {
  if (cues.status === 'held' || !cues.evidence) return cues;
  const cue = text.slice(cues.evidence.start, cues.evidence.end).toLowerCase();
  // "acordaron incrementar los patrullajes durante la segunda reunión del Comité": what was agreed is planned, the
  // meeting it was agreed at took place.
  if (
    cues.status === 'planned' &&
    cues.evidence.end <= t.span.start &&
    PAST_AGREEING.test(cue) &&
    DURING.test(text.slice(Math.max(0, t.span.start - 40), t.span.start))
  )
    return { status: 'held', background: cues.background };
  if (!resources.attributive[lang].includes(cue)) return cues;
  // "At the upcoming ministerial meeting": the word qualifies an activity, which is then the one to come.
  const after = { start: cues.evidence.end, end: Math.min(cues.evidence.end + 40, text.length) };
  if (findTriggers(text, lang, after).length > 0) {
    // "El Palacio de San Carlos albergó este viernes un esperado encuentro": long awaited, and held by the past verb
    // that governs it (not one that only announces it: "anunció el esperado encuentro").
    const before = text.slice(Math.max(0, cues.evidence.start - 40), cues.evidence.start);
    const awaited = /^esperad[oa]s?$/u.test(cue) && HOSTED_BEFORE.test(before) && !ANNOUNCED_BEFORE.test(before);
    return awaited ? { status: 'held', background: cues.background } : cues;
  }
  const word = text.slice(t.span.start, t.span.end).toLowerCase();
  const past =
    lang === 'es'
      ? /^(?:se\s+)?\p{L}+(?:ó|aron|ieron)(?!\p{L})/u.test(word)
      : /^\p{L}+ed(?!\p{L})/u.test(word) ||
        resources.pastIrregular.en.some((p) => word === p || word.startsWith(`${p} `));
  return past ? { status: 'held', background: cues.background } : cues;
}

/** A Spanish verb in the preterite before the words that qualify the activity, then an article or a date. */
const HOSTED_BEFORE = /(?<![\p{L}])\p{L}{3,}(?:ó|aron|ieron)(?![\p{L}])[^.;:]*?\s(?:un|una|el|la|los|las)\s+$/u;
const ANNOUNCED_BEFORE =
  /(?<![\p{L}])(?:anunció|anunciaron|informó|informaron|confirmó|confirmaron|acordó|acordaron|convocó|convocaron|propuso|propusieron)(?![\p{L}])/iu;
const PAST_AGREEING = /^(?:acordaron|acordó|se acordó|se comprometió a|se comprometieron a|agreed to)$/u;
const DURING =
  /(?<![\p{L}])(?:durante|during|en\s+el\s+curso\s+de|in\s+the\s+course\s+of)\s+(?:(?:la|el|the)\s+)?(?:\p{L}+\s+){0,3}$/iu;
