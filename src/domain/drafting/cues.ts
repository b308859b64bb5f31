import type { Status } from '../activity';
import type { ReleaseLanguage, Span } from './draftsFile';
import { Gazetteer, type GazetteerEntry } from './gazetteer';
import resources from './resources/activities.json';

/** Cue words over a stretch of text: triggers of activities, status (tense), background. */
export interface Trigger {
  span: Span;
  type: string;
  family: string;
}

const build = <T>(pairs: [string, T][]) =>
  new Gazetteer(pairs.map(([phrase, value]): GazetteerEntry<T> => ({ phrase, value, caseRule: 'any' })));

const triggerGaz = new Map<ReleaseLanguage, Gazetteer<{ type: string; family: string }>>();
export function findTriggers(text: string, lang: ReleaseLanguage, span: Span): Trigger[] {
  let g = triggerGaz.get(lang);
  if (!g) {
    g = build(
      resources.triggers.flatMap((t) => t[lang].map((p): [string, { type: string; family: string }] => [p, t])),
    );
    triggerGaz.set(lang, g);
  }
  const part = text.slice(span.start, span.end);
  return g.find(part).map((h) => ({
    span: { start: span.start + h.span.start, end: span.start + h.span.end },
    type: h.entry.value.type,
    family: h.entry.value.family,
  }));
}

type StatusCue = Exclude<Status, 'held'> | 'background';
const statusGaz = new Map<ReleaseLanguage, Gazetteer<StatusCue>>();
function cueGazetteer(lang: ReleaseLanguage) {
  let g = statusGaz.get(lang);
  if (!g) {
    g = build<StatusCue>([
      ...resources.status.planned[lang].map((p): [string, StatusCue] => [p, 'planned']),
      ...resources.status.announced[lang].map((p): [string, StatusCue] => [p, 'announced']),
      ...resources.background[lang].map((p): [string, StatusCue] => [p, 'background']),
    ]);
    statusGaz.set(lang, g);
  }
  return g;
}

/** The cues of a span: which status its tense and words suggest, and whether it recalls the past. */
export function readCues(
  text: string,
  lang: ReleaseLanguage,
  span: Span,
): { status: Status; background: boolean; evidence?: Span } {
  const hits = cueGazetteer(lang).find(text.slice(span.start, span.end));
  const first = (kind: StatusCue) => hits.find((h) => h.entry.value === kind);
  const planned = first('planned');
  const announced = first('announced');
  const hit = planned ?? announced;
  const evidence = hit ? { start: span.start + hit.span.start, end: span.start + hit.span.end } : undefined;
  const status: Status = planned ? 'planned' : announced ? 'announced' : 'held';
  return { status, background: first('background') !== undefined, ...(evidence ? { evidence } : {}) };
}
