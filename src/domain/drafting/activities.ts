import type { Status } from '../activity';
import type { Segmentation } from './api';
import type { CountryMention } from './countries';
import { findTriggers, readCues, type Trigger } from './cues';
import type { DateMention } from './dates';
import type { ReleaseLanguage, Span } from './draftsFile';
import type { OrgMention } from './organizations';
import type { PersonMention } from './people';
import { daysBetween } from './calendar';

/**
 * Mentions grouped into activities. Each activity word ("se reunió", "visita oficial", "was elected") in a body
 * sentence opens an activity; the mentions of that sentence go to the nearest activity word, and a following
 * sentence without one adds to the paragraph's last activity (or, in a later paragraph, only the date it restates). Activities that recall the past are dropped, and
 * later mentions of the same event (same kind, same counterpart) are merged into the first.
 */
export interface Mentions {
  countries: CountryMention[];
  organizations: OrgMention[];
  dates: DateMention[];
  people: PersonMention[];
}
export interface Activity extends Mentions {
  paragraph: number;
  trigger: Trigger;
  sentence: Span;
  clause: Span;
  status: Status;
  statusEvidence?: Span;
}

const BACKGROUND_DAYS = 60;
const inside = (s: Span, x: { span: Span }) => x.span.start >= s.start && x.span.end <= s.end;

export function groupActivities(
  text: string,
  lang: ReleaseLanguage,
  seg: Segmentation,
  m: Mentions,
  release: string,
  home: string,
): Activity[] {
  const out: Activity[] = [];
  let previous: Activity | undefined;
  for (const p of seg.paragraphs.filter((x) => x.kind === 'body')) {
    let last: Activity | undefined;
    for (const s of p.sentences) {
      const triggers = oneByFamily(findTriggers(text, lang, s));
      const local = pick(m, s);
      if (triggers.length === 0) {
        if (last) addTo(last, local);
        // A later paragraph that only restates when the last activity happened ("called … today").
        else if (previous && previous.dates.length === 0) previous.dates.push(...local.dates);
        continue;
      }
      const acts = triggers.map((t, i): Activity => {
        const clause = { start: i === 0 ? s.start : t.span.start, end: triggers[i + 1]?.span.start ?? s.end };
        const cues = readCues(text, lang, clause);
        return {
          paragraph: p.number,
          trigger: t,
          sentence: s,
          clause,
          status: cues.status,
          ...(cues.evidence ? { statusEvidence: cues.evidence } : {}),
          ...(cues.background ? { background: true } : {}),
          countries: [],
          organizations: [],
          dates: [],
          people: [],
        };
      });
      for (const [key, list] of Object.entries(local) as [keyof Mentions, { span: Span }[]][])
        for (const x of list) (nearest(acts, x.span)[key] as { span: Span }[]).push(x);
      out.push(...acts.filter((a) => !('background' in a)));
      last = acts.at(-1);
      previous = last;
    }
  }
  return merge(
    out.filter((a) => !recalled(a, release)),
    home,
  );
}

function oneByFamily(ts: Trigger[]): Trigger[] {
  return ts.filter((t, i) => ts.findIndex((u) => u.family === t.family) === i);
}

function pick(m: Mentions, s: Span): Mentions {
  return {
    countries: m.countries.filter((x) => inside(s, x)),
    organizations: m.organizations.filter((x) => inside(s, x)),
    dates: m.dates.filter((x) => inside(s, x)),
    people: m.people.filter((x) => inside(s, x)),
  };
}

function addTo(a: Activity, m: Mentions) {
  a.countries.push(...m.countries);
  a.organizations.push(...m.organizations);
  a.dates.push(...m.dates);
  a.people.push(...m.people);
}

function nearest(acts: Activity[], span: Span): Activity {
  let best = acts[0] as Activity;
  let gap = Infinity;
  for (const a of acts) {
    const d =
      span.end <= a.trigger.span.start ? a.trigger.span.start - span.end : Math.max(0, span.start - a.trigger.span.end);
    if (d < gap) [best, gap] = [a, d];
  }
  return best;
}

/** Every date of the activity lies well before the release: an event recalled as background. */
function recalled(a: Activity, release: string): boolean {
  if (a.dates.length === 0) return false;
  return a.dates.every((d) => daysBetween(d.endDate ?? d.date, release) > BACKGROUND_DAYS);
}

const surname = (p: PersonMention) => p.name.split(/\s+/).at(-1)?.toLowerCase() ?? '';
const counterparts = (a: Activity, home: string) => new Set(a.countries.map((c) => c.code).filter((c) => c !== home));

/** A later activity of the same kind with the same counterpart, or with no counterpart of its own ("the meeting"), is the same event. */
function merge(acts: Activity[], home: string): Activity[] {
  const kept: Activity[] = [];
  for (const a of acts) {
    const same = kept.find((k) => {
      if (k.trigger.family !== a.trigger.family) return false;
      if (k.status !== a.status && a.status !== 'held') return false;
      const ka = counterparts(k, home);
      const aa = counterparts(a, home);
      const people = new Set(k.people.map(surname));
      const shared = [...aa].some((c) => ka.has(c)) || a.people.some((p) => people.has(surname(p)));
      const own = aa.size > 0 || a.people.length > 0 || a.organizations.length > 0;
      return shared || !own;
    });
    if (same) addTo(same, a);
    else kept.push(a);
  }
  return kept;
}
