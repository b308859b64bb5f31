import type { Status } from '../activity';
import type { Segmentation } from './api';
import type { CountryMention } from './countries';
import {
  findPresent,
  findTriggers,
  heldBy,
  opensWithParticipants,
  opensWithSequence,
  opensWithTheEvent,
  readCues,
  reportingVerbAt,
  spokenSpans,
  statusLeadStart,
  type Trigger,
} from './cues';
import type { DateMention } from './dates';
import type { ReleaseLanguage, Span } from './draftsFile';
import type { OrgMention } from './organizations';
import type { PersonMention } from './people';
import { daysBetween, monthEnd, parts } from './calendar';
import { chooseDate } from './classify';
import resources from './resources/activities.json';

type Cues = ReturnType<typeof readCues>;

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
  /** Sentences after the activity word's that describe the same activity (its themes are read there too). */
  more: Span[];
  /** The list of meetings it was cut from ("met with A; B; and C"), whose items stay apart. */
  list?: Span;
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
  const quotes = spokenSpans(text, lang);
  const quoted = (x: { span: Span }) => quotes.some((q) => inside(q, x));
  for (const p of seg.paragraphs.filter((x) => x.kind === 'body')) {
    let last: Activity | undefined;
    // Sentences before the paragraph's first activity word ("First thing this Friday, he was with… With both of
    // them, he analysed…"): their mentions wait for that activity.
    const waiting: [Span, Mentions][] = [];
    for (const s of p.sentences) {
      // Words quoted from a speaker ("Revisamos el proyecto…", "today we signed…") report no activity of their own,
      // and their "hoy" is the day of speaking.
      const found = findTriggers(text, lang, s).filter((t) => !quoted(t));
      const inSentence = pick(m, s);
      // A body's meeting held by video is still a meeting of that body ("the ASEAN-Brazil meeting via videoconference").
      const byManner =
        inSentence.organizations.length === 0 ? heldBy(text, lang, oneByFamily(found)) : oneByFamily(found);
      let triggers = specific(byManner, last !== undefined);
      // "The two Ministers also discussed…" in a later paragraph: more about the activity just reported — unless
      // the sentence has a date or a future of its own ("Ambos cancilleres acordaron convocar el próximo año…").
      if (
        !last &&
        previous &&
        triggers.length > 0 &&
        triggers.every((t) => t.weak) &&
        inSentence.dates.length === 0 &&
        (opensWithTheEvent(text, lang, s) ||
          (opensWithParticipants(
            text,
            lang,
            s,
            out.flatMap((x) => x.people.map((y) => y.name)),
          ) &&
            readCues(text, lang, s).status === 'held'))
      ) {
        triggers = [];
        last = previous;
      }
      const local = withoutReportingDates(
        text,
        lang,
        { ...inSentence, dates: inSentence.dates.filter((d) => !quoted(d)) },
        triggers,
      );
      if (triggers.length === 0) {
        if (last) {
          addTo(last, local);
          last.more.push(s);
        } else if (!readCues(text, lang, s, local.dates).background) waiting.push([s, local]);
        continue;
      }
      // Each activity word's clause runs to the next one's, or to the word of status that leads the next one.
      const starts = triggers.map((t, i) =>
        i === 0
          ? s.start
          : (statusLeadStart(text, lang, { start: triggers[i - 1]!.span.end, end: t.span.start }) ?? t.span.start),
      );
      const acts = triggers.map((t, i): Activity => {
        const clause = { start: starts[i]!, end: starts[i + 1] ?? s.end };
        const read = readCues(text, lang, clause, local.dates);
        // "…since the inauguration of the new government": a recalling word just before a later activity word of
        // the sentence is that activity's, though its clause starts at the word itself.
        const lead =
          i === 0 ? null : { start: Math.max(triggers[i - 1]!.span.end, t.span.start - 20), end: t.span.end };
        const cues = pastTrigger(
          text,
          lang,
          t,
          lead && readCues(text, lang, lead, local.dates).background ? { ...read, background: true } : read,
        );
        return {
          paragraph: p.number,
          trigger: t,
          sentence: s,
          clause,
          status: cues.status,
          ...(cues.evidence ? { statusEvidence: cues.evidence } : {}),
          // "Cabe recordar que … participará": a reminder of what is coming is not the past.
          ...(cues.background && cues.status === 'held' ? { background: true } : {}),
          more: [],
          countries: [],
          organizations: [],
          dates: [],
          people: [],
        };
      });
      const current = acts.filter((a) => !('background' in a));
      for (const [key, list] of Object.entries(local) as [keyof Mentions, { span: Span }[]][])
        for (const x of list) {
          // "…his first official visit since the inauguration in August, and stay from December 15 till 19": what
          // follows the recalled event's phrase (past a comma) is the current activity's.
          const near = nearest(acts, x.span);
          const to =
            'background' in near && current.length > 0 && /[,;]/.test(text.slice(near.trigger.span.end, x.span.start))
              ? nearest(current, x.span)
              : near;
          (to[key] as { span: Span }[]).push(x);
        }
      const first = current[0];
      if (first) for (const [, w] of waiting.splice(0)) addTo(first, w);
      out.push(...current.flatMap((a) => splitList(text, a)));
      last = out.at(-1);
      previous = last;
    }
    // A paragraph with no activity word that only restates when the last activity happened ("called … today"),
    // unless its date cannot be the activity's (a past date for an announced one).
    for (const [, w] of waiting)
      if (previous && previous.dates.length === 0)
        previous.dates.push(...w.dates.filter((d) => fitsStatus(d, previous as Activity, release)));
  }
  const kept = out.filter((a) => !recalled(a, release));
  for (const a of kept) onReleaseDay(text, lang, a, release);
  const merged = merge(kept, home, leadOf(m.people));
  inheritDates(text, lang, merged);
  return merged;
}

/**
 * "Met with the Director for the Americas of the EEAS, Edita Hrdá; the Director for Latin America of the WEF,
 * Marisol Argueta; and representatives of the IACHR": people met one after the other, listed with semicolons, each
 * with someone or a body of their own, are as many meetings. What precedes the list (who met, when) is each one's.
 */
function splitList(text: string, a: Activity): Activity[] {
  if (a.trigger.family !== 'meeting' || a.trigger.weak) return [a];
  const tail = text.slice(a.trigger.span.end, a.clause.end);
  const cuts = [...tail.matchAll(/;\s*/g)].map((m) => [a.trigger.span.end + m.index, m[0].length] as const);
  if (cuts.length === 0) return [a];
  const items = [a.trigger.span.end, ...cuts.map(([at, n]) => at + n)].map((start, i) => ({
    start,
    end: cuts[i]?.[0] ?? a.clause.end,
  }));
  const within = (sp: Span, it: Span) => sp.start >= it.start && sp.end <= it.end;
  const whom = (it: Span) =>
    a.people.some((x) => within(x.span, it)) ||
    a.organizations.some((x) => within(x.span, it)) ||
    a.countries.some((x) => within(x.span, it));
  if (!items.every(whom)) return [a];
  const share = <T extends { span: Span }>(list: T[], it: Span, i: number) =>
    list.filter((x) =>
      x.span.start < items[0]!.start ? true : within(x.span, it) || (i === 0 && x.span.start < it.start),
    );
  return items.map((it, i) => ({
    ...a,
    list: a.clause,
    clause: { start: i === 0 ? a.clause.start : it.start, end: it.end },
    more: i === 0 ? a.more : [],
    countries: share(a.countries, it, i),
    organizations: share(a.organizations, it, i),
    dates: share(a.dates, it, i),
    people: share(a.people, it, i),
  }));
}

/**
 * "Met on Friday to arrange the next Council": a future word that qualifies a noun ("next", "próxima") does not
 * make an activity whose own word is in the past tense an announcement, unless that noun is an activity itself.
 */
function pastTrigger(text: string, lang: ReleaseLanguage, t: Trigger, cues: Cues): Cues {
  if (cues.status === 'held' || !cues.evidence) return cues;
  const cue = text.slice(cues.evidence.start, cues.evidence.end).toLowerCase();
  if (!resources.attributive[lang].includes(cue)) return cues;
  // "At the upcoming ministerial meeting": the word qualifies an activity, which is then the one to come.
  const after = { start: cues.evidence.end, end: Math.min(cues.evidence.end + 40, text.length) };
  if (findTriggers(text, lang, after).length > 0) return cues;
  const word = text.slice(t.span.start, t.span.end).toLowerCase();
  const past =
    lang === 'es'
      ? /^(?:se\s+)?\p{L}+(?:ó|aron|ieron)(?!\p{L})/u.test(word)
      : /^\p{L}+ed(?!\p{L})/u.test(word) ||
        resources.pastIrregular.en.some((p) => word === p || word.startsWith(`${p} `));
  return past ? { status: 'held', background: cues.background } : cues;
}

function oneByFamily(ts: Trigger[]): Trigger[] {
  return ts.filter((t, i) => ts.findIndex((u) => u.family === t.family) === i);
}

/**
 * Generic words ("recibió", "discussed") give way to a specific one in the same sentence, and after an activity of
 * the same paragraph they describe it rather than open another ("… spoke today with X. The two leaders discussed…").
 */
function specific(ts: Trigger[], afterActivity: boolean): Trigger[] {
  const strong = ts.filter((t) => !t.weak);
  if (strong.length > 0) return strong;
  return afterActivity ? [] : ts;
}

/** "Se encuentra en Lima participando en…" with no date in the text: the activity is on the release's day. */
function onReleaseDay(text: string, lang: ReleaseLanguage, a: Activity, release: string) {
  if (a.dates.length > 0 || a.status !== 'held') return;
  const cue = findPresent(text, lang, a.sentence);
  if (cue)
    a.dates.push({ span: cue, date: release, precision: 'day', relative: true, confidence: 0.6, rule: 'relativeDay' });
}

/** A date can be a held activity's only if it is not after the release, an announced one's if not before it. */
function fitsStatus(d: DateMention, a: Activity, release: string): boolean {
  return a.status === 'held' ? d.date <= release : (d.endDate ?? d.date) >= release;
}

function pick(m: Mentions, s: Span): Mentions {
  return {
    countries: m.countries.filter((x) => inside(s, x)),
    organizations: m.organizations.filter((x) => inside(s, x)),
    dates: m.dates.filter((x) => inside(s, x)),
    people: m.people.filter((x) => inside(s, x)),
  };
}

/**
 * The sentence's mentions without the dates of its statement ("informó hoy", "said today": see reportingVerbAt),
 * unless that verb is the activity's own word (an announcement made today is dated today).
 */
function withoutReportingDates(text: string, lang: ReleaseLanguage, m: Mentions, triggers: readonly Trigger[]) {
  const dates = m.dates.filter((d) => {
    const verb = reportingVerbAt(text, lang, d.span);
    return !verb || triggers.some((t) => t.span.start < verb.end && verb.start < t.span.end);
  });
  return dates.length === m.dates.length ? m : { ...m, dates };
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

/** Families that name one event from two sides: a visit and the meeting held during it. */
const ONE_EVENT = new Set(['meeting', 'visit']);
const span = (d: DateMention) => [d.date, d.endDate ?? lastDay(d)] as const;
function lastDay(d: DateMention): string {
  const { y, m } = parts(d.date);
  if (d.precision === 'month') return monthEnd(y, m);
  if (d.precision === 'quarter') return monthEnd(y, m + 2);
  return d.date;
}
/** Every pair of their dates overlaps (or one has none). */
function datesAgree(a: Activity, b: Activity): boolean {
  return a.dates.every((x) =>
    b.dates.every((y) => {
      const [xs, xe] = span(x);
      const [ys, ye] = span(y);
      return xs <= ye && ys <= xe;
    }),
  );
}

/**
 * "Se reunirá con Kast" and "durante su visita al Perú" are one event: a meeting and a visit with a participant in
 * common, the same tense and dates that agree.
 */
function sameVisit(k: Activity, a: Activity, home: string): boolean {
  if (!ONE_EVENT.has(k.trigger.family) || !ONE_EVENT.has(a.trigger.family)) return false;
  if ((k.status === 'held') !== (a.status === 'held') || !datesAgree(k, a)) return false;
  // A visit of several days and a meeting on one of them: the meeting is part of the visit, not the visit itself.
  const visit = k.trigger.family === 'visit' ? k : a;
  const meeting = visit === k ? a : k;
  const [vd, md] = [chooseDate(visit), chooseDate(meeting)];
  if (vd?.endDate && vd.endDate > vd.date && md?.precision === 'day') return false;
  const people = new Set(k.people.map(surname));
  const ka = counterparts(k, home);
  return a.people.some((p) => people.has(surname(p))) || [...counterparts(a, home)].some((c) => ka.has(c));
}

const surname = (p: PersonMention) => p.name.split(/\s+/).at(-1)?.toLowerCase() ?? '';
const counterparts = (a: Activity, home: string) => new Set(a.countries.map((c) => c.code).filter((c) => c !== home));

/** The person the release is about: the first it names ("Minister Joly will travel… will meet with…"). */
function leadOf(people: readonly PersonMention[]): string | undefined {
  const first = people.reduce<PersonMention | undefined>(
    (f, p) => (!f || p.span.start < f.span.start ? p : f),
    undefined,
  );
  return first && surname(first);
}
/** Who the activity is with: its people but the lead, and the bodies it names. */
const others = (a: Activity, lead: string | undefined) =>
  new Set([
    ...a.people.map(surname).filter((s) => s !== lead),
    // (A body named beside a generic word — "un fluido diálogo político… en la CAN" — is no one met.)
    ...(a.trigger.weak ? [] : a.organizations.map((o) => `#${o.id}`)),
  ]);

/**
 * "…will travel to Mexico City… will meet with Claudia Sheinbaum… will also meet with Marcelo Ebrard": a meeting
 * with someone (or a body) the earlier visit or meeting did not name is another event, though the country is the same. The
 * release's lead person, who takes part in all of them, does not make them one.
 */
function meetsSomeoneElse(k: Activity, a: Activity, lead: string | undefined): boolean {
  if (!ONE_EVENT.has(k.trigger.family) || !ONE_EVENT.has(a.trigger.family)) return false;
  const mine = others(a, lead);
  if (mine.size === 0) return false;
  const theirs = others(k, lead);
  // A visit names its traveller; the people met are named with the meetings.
  if (theirs.size === 0) return k.trigger.family === 'visit' && a.trigger.family === 'meeting';
  return ![...mine].some((s) => theirs.has(s));
}

/**
 * An activity the text gives no date, reported after a dated one of the same paragraph (or of any, when it opens
 * with "Later," or "Por la tarde,") or after a visit, with the same status, took place then: "Both Ministers also signed…" after the meeting of 7 April, a meeting "while there"
 * during a visit from 25 to 27 June. It takes that date (the whole range for a visit), with less confidence.
 */
function inheritDates(text: string, lang: ReleaseLanguage, acts: Activity[]) {
  let visit: Activity | undefined;
  acts.forEach((a, i) => {
    const done = (b: Activity) => b.status === a.status && b.dates.length > 0;
    // Intentions ("acordaron además instalar una comisión") share no occasion: their date is never implied.
    if (a.dates.length === 0 && a.status !== 'planned') {
      const before = acts.slice(0, i).reverse();
      // "Later, the minister met…": after the last dated activity, in whatever paragraph.
      const sequel = opensWithSequence(text, lang, a.sentence);
      const from =
        before.find((b) => (sequel || b.paragraph === a.paragraph) && done(b)) ??
        (visit && a.trigger.family !== 'visit' && done(visit) ? visit : undefined);
      const d = from && chooseDate(from);
      if (d) a.dates.push({ ...d, confidence: round(d.confidence * 0.75) });
    }
    // A visit only agreed on ("aceptó realizar una visita… en el primer trimestre") has no programme yet.
    if (a.trigger.family === 'visit' && a.dates.length > 0 && a.status !== 'planned') visit = a;
  });
}
const round = (x: number) => Math.round(x * 100) / 100;

/** A later activity of the same kind with the same counterpart, or with no counterpart of its own ("the meeting"), is the same event. */
function merge(acts: Activity[], home: string, lead: string | undefined): Activity[] {
  const kept: Activity[] = [];
  for (const a of acts) {
    const same = kept.find((k) => {
      if (meetsSomeoneElse(k, a, lead) || (k.list && k.list === a.list)) return false;
      if (k.trigger.family !== a.trigger.family) return sameVisit(k, a, home);
      // "…invited to make an official visit" and then "will make his first official visit… from 15 till 19": what
      // was intended is now announced.
      if (k.status !== a.status && a.status !== 'held' && !(k.status === 'planned' && a.status === 'announced'))
        return false;
      // A meeting reported as held, in words of its own ("In the afternoon, … in bilateral meetings with…"), is not
      // one the text announced.
      if (a.status === 'held' && k.status !== 'held' && !a.trigger.weak) return false;
      const ka = counterparts(k, home);
      const aa = counterparts(a, home);
      const people = new Set(k.people.map(surname));
      const shared = [...aa].some((c) => ka.has(c)) || a.people.some((p) => people.has(surname(p)));
      const own = (x: Activity, c: Set<string>) => c.size > 0 || x.people.length > 0 || x.organizations.length > 0;
      // …and an undated one with nothing of its own ("an official visit") is what a later one of its type details.
      return shared || !own(a, aa) || (k.trigger.type === a.trigger.type && k.dates.length === 0 && !own(k, ka));
    });
    if (same) {
      addTo(same, a);
      same.more.push(a.sentence, ...a.more);
      if (same.status === 'planned' && a.status === 'announced') {
        same.status = a.status;
        if (a.statusEvidence) same.statusEvidence = a.statusEvidence;
      }
    } else kept.push(a);
  }
  return kept;
}
