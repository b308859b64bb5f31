import type { Status } from '../activity';
import type { Segmentation } from './api';
import type { CountryMention } from './countries';
import {
  beforeRelative,
  framedByOccasion,
  decidedAt,
  definiteBefore,
  recalledByClause,
  recalledBefore,
  isWeakNoun,
  occasionOf,
  findTriggers,
  heldBy,
  readCues,
  reportingVerbAt,
  spokenSpans,
  statusLeadStart,
  type Trigger,
} from './cues';
import {
  followsTheEvent,
  namesTheLatter,
  opensWithParticipants,
  opensWithSequence,
  opensWithTheEvent,
} from './openers';
import type { DateMention } from './dates';
import type { ReleaseLanguage, Span } from './draftsFile';
import type { OrgMention } from './organizations';
import type { PersonMention } from './people';
import { chooseDate } from './classify';
import { readItinerary, stayDate } from './itinerary';
import {
  authorisedPeriod,
  clockTime,
  endingVisit,
  fitsStatus,
  headlineDate,
  lastingDays,
  onReleaseDay,
  outcomeDated,
  recalled,
  stayingUntil,
  yearOfName,
} from './activityDates';
import { addTo, afterTheEvent, inheritDates, leadOf, merge, oneTrip, openingPlace, sameParties } from './sameEvent';
import { addsAnother, isSummit, oneByFamily, SEQUENCE_WITHIN, specific } from './triggerChoice';
import { splitList } from './meetingLists';
import { pastTrigger } from './pastTense';

/**
 * Mentions grouped into activities. Each activity word ("se reunió", "visita oficial", "was elected") in a body
 * sentence opens an activity; the mentions of that sentence go to the nearest activity word, a following sentence
 * without one adds to the paragraph's last activity, and sentences before a paragraph's first activity word wait
 * for it (or, when none comes, only restate the last activity's date). Activities that recall the past are
 * dropped; which of the rest are one event, and the dates they take from it, is sameEvent.ts.
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
  /** An item after the first of a list cut by semicolons ("…; una reunión con la colectividad y almuerzo oficial"). */
  listItem?: boolean;
  /** Bodies whose activity this one is part of: "in the margins of the G20", "en el marco de la Cumbre". */
  occasion?: string[];
  /** The countries of the place its paragraph opens with: "2. In the U.S. (New York), …" (see openingPlace). */
  place?: Set<string>;
}

const LINKED =
  /(?<![\p{L}])(?:during|durante|as well as|así como|as part of|como parte de|en el marco de|in the framework of|within the framework of|para|to attend|to take part in)(?![\p{L}])/iu;
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
  // Dates of the paragraphs before any activity word ("Un grupo de 24 peruanos … retornaron la noche de este
  // sábado a Lima." and only later "La misión … repatrió…"): a lede that tells when, for the activity named after it.
  const lede: DateMention[] = [];
  // A subheading inside the body ("Condecoración", "Poder Judicial", "El viaje de Álvarez") names what the
  // paragraphs under it tell; its own words open no activity.
  const told = seg.paragraphs.filter((x) => x.kind === 'body');
  for (const p of told.filter((x, i) => i === 0 || !isSubheading(text, x.span))) {
    let last: Activity | undefined;
    // Sentences before the paragraph's first activity word ("First thing this Friday, he was with… With both of
    // them, he analysed…"): their mentions wait for that activity.
    const waiting: [Span, Mentions][] = [];
    for (const s of p.sentences) {
      // Words quoted from a speaker ("Revisamos el proyecto…", "today we signed…") report no activity of their own,
      // and their "hoy" is the day of speaking.
      const inSentence = pick(m, s);
      // "…fue electo Secretario General de la Conferencia Iberoamericana": a word inside a body's name is the body,
      // when the sentence has an activity word of its own.
      // (A summit's name is the event itself: "la Cumbre de las Américas, que será en Lima los días 13 y 14 de abril".)
      const inBodyName = (t: Trigger) =>
        !t.named && !isSummit(text, t) && inSentence.organizations.some((o) => inside(o.span, t));
      // "El Gabinete Binacional Perú-Colombia es la máxima instancia de diálogo…": the subject of a definition is
      // described, not reported as happening.
      const spoken = findTriggers(text, lang, s).filter(
        (t) => !quoted(t) && !DEFINED.test(text.slice(t.span.end, t.span.end + 60)),
      );
      const found = spoken.filter((t) => !inBodyName(t) || spoken.every(inBodyName));
      const dated = (span: Span) => inSentence.dates.some((d) => inside(span, d));
      // A body's meeting held by video is still a meeting of that body ("the ASEAN-Brazil meeting via videoconference").
      const byManner =
        inSentence.organizations.length === 0
          ? heldBy(text, lang, oneByFamily(text, lang, found, dated))
          : oneByFamily(text, lang, found, dated);
      // (A meeting word of its own too: "The Deputy Secretary will also meet with renewable energy business leaders".)
      const added = (t: Trigger) =>
        (last ?? previous) !== undefined && (t.weak || t.family === 'meeting') && addsAnother(text, lang, t, s, found);
      let triggers = specific(
        byManner,
        last !== undefined,
        (t, after) => statusLeadStart(text, lang, { start: after, end: t.span.start }) !== undefined || added(t),
        (t) => isWeakNoun(text, lang, t),
        s,
        (span) => readCues(text, lang, span).status,
        text,
      ).map((t) => (added(t) ? { ...t, added: true } : t));
      // "…como el encuentro que tuvo en diciembre pasado De Zela en Washington": an earlier event, recalled; neither
      // a new activity nor more about the one just reported.
      // So is a meeting named as where something now reported was decided ("expuso los acuerdos adoptados en la II
      // Reunión de Coordinadores, en fecha 24 y 25 de noviembre"), with the date that follows its name.
      // (Its words may come before a word that carries it: "agreed at the 3rd Meeting of the Joint Commission".)
      const decided = (t: Trigger) => {
        if (!decidedAt(text, lang, { start: t.carriedFrom ?? t.span.start, end: t.span.end })) return [];
        const next = found.find((u) => u.span.start > t.span.end)?.span.start ?? s.end;
        return [{ t, d: inSentence.dates.find((x) => x.span.start >= t.span.end && x.span.end <= next) }];
      };
      const recalled = previous
        ? [
            ...found.flatMap((t) => {
              const d = t.weak ? recalledByClause(text, lang, t.span, inSentence.dates) : undefined;
              return d ? [{ t, d }] : [];
            }),
            ...triggers.flatMap(decided),
          ]
        : [];
      if (recalled.length > 0) {
        triggers = triggers.filter((t) => !recalled.some((r) => r.t === t));
        inSentence.dates = inSentence.dates.filter((d) => !recalled.some((r) => r.d === d));
        if (triggers.length === 0) continue;
      }
      // "En la reunión ministerial también se eligió…": the meeting the sentence opens on is the one just reported;
      // the sentence's own activity is the other word.
      if (previous && triggers.length > 1 && opensWithTheEvent(text, lang, s)) {
        const opening = text.slice(s.start, s.end).search(/[,;]|\s(?:también|also|se)\s/iu);
        const inOpening = (t: Trigger) => !t.named && opening > 0 && t.span.end <= s.start + opening;
        if (triggers.some((t) => !inOpening(t))) triggers = triggers.filter((t) => !inOpening(t));
      }
      // "El Perú considera importante que la OEA, como principal foro político…": in a later paragraph, a generic
      // noun with no date and no word of status mentions an activity and opens none (but "acordó una visita" does).
      if (
        !last &&
        previous &&
        triggers.length > 0 &&
        inSentence.dates.length === 0 &&
        triggers.every((t) => isWeakNoun(text, lang, t)) &&
        readCues(text, lang, s).status === 'held' &&
        !followsTheEvent(text, lang, s)
      )
        triggers = [];
      // "The two Ministers also discussed…", "During the meeting…", "…who were also present at the meeting" in a
      // later paragraph: more about the activity just reported — unless, opening with the participants, the
      // sentence has a date or a future of its own ("Ambos cancilleres acordaron convocar el próximo año…").
      if (
        !last &&
        previous &&
        triggers.length > 0 &&
        triggers.every((t) => t.weak) &&
        (opensWithTheEvent(text, lang, s) ||
          triggers.every((t) => definiteBefore(text, lang, t.span)) ||
          (inSentence.dates.length === 0 &&
            opensWithParticipants(
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
        { ...inSentence, dates: inSentence.dates.filter((d) => !quoted(d) && !begunOther(text, d, triggers)) },
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
      // "…sostendrá un encuentro y el miércoles 4 viajará a Madrid": a date joined to the next activity word, right
      // before it, opens that word's clause.
      const dateLed = (t: Trigger, after: number) =>
        inSentence.dates.find(
          (d) =>
            d.span.start >= after &&
            /^\s*,?\s*$/u.test(text.slice(d.span.end, t.span.start)) &&
            /(?:(?<![\p{L}])(?:y|e|and)|[,;])\s*$/iu.test(text.slice(after, d.span.start)),
        )?.span.start;
      const starts = triggers.map((t, i) => {
        if (i === 0) return s.start;
        const after = triggers[i - 1]!.span.end;
        const lead = statusLeadStart(text, lang, { start: after, end: t.carriedFrom ?? t.span.start });
        return Math.min(lead ?? t.carriedFrom ?? t.span.start, dateLed(t, after) ?? Infinity);
      });
      const acts = triggers.map((t, i): Activity => {
        const clause = { start: starts[i]!, end: starts[i + 1] ?? s.end };
        const read = readCues(text, lang, beforeRelative(text, lang, clause, t.span.end), local.dates, t.span);
        // "…since the inauguration of the new government": a recalling word just before a later activity word of
        // the sentence is that activity's, though its clause starts at the word itself.
        const lead =
          i === 0 ? null : { start: Math.max(triggers[i - 1]!.span.end, t.span.start - 20), end: t.span.end };
        const recalledLead =
          (lead && readCues(text, lang, lead, local.dates).background) || recalledBefore(text, lang, t.span);
        const cues = pastTrigger(text, lang, t, recalledLead ? { ...read, background: true } : read);
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
      // "…will meet his Chinese counterpart during a working visit to Beijing": a later clause with no word of its
      // own about time has the tense of the one before it, when the words between link them ("during", "as well
      // as", "en el marco de"…).
      acts.forEach((a, i) => {
        const before = acts[i - 1];
        if (!before) return;
        const between = text.slice(before.trigger.span.end, a.trigger.span.start);
        // (So has an item of a list cut by semicolons: "…a la Escuela Solar; una reunión con la colectividad y almuerzo
        // oficial".)
        if (
          between.includes(';') ||
          (text.slice(s.start, before.trigger.span.start).includes(';') && !/[.:]/u.test(between))
        )
          a.listItem = true;
        if (a.statusEvidence || a.status !== 'held' || before.status === 'held') return;
        if (LINKED.test(between) || a.listItem) a.status = before.status;
      });
      // "En el marco de esta visita de trabajo a Canadá, el canciller sostendrá un encuentro…": the occasion that frames
      // the sentence's act, with no word about time of its own, has that act's tense.
      acts.forEach((a, i) => {
        const next = acts[i + 1];
        if (!next || a.statusEvidence || a.status !== 'held' || next.status === 'held') return;
        if (framedByOccasion(text, lang, a.trigger.span)) a.status = next.status;
      });
      // "Seguidamente, se procederá a la ceremonia…, seguida de una declaración…" after "…participará del Te Deum": a
      // sentence that places itself after the activity just reported has, where it has no word of its own about time,
      // the tense of the activity before.
      const told = last;
      if (told && opensWithSequence(text, lang, s))
        acts.forEach((a, i) => {
          const before = acts[i - 1] ?? told;
          if (!a.statusEvidence && a.status === 'held' && before.status !== 'held') a.status = before.status;
        });
      const current = acts.filter((a) => !('background' in a));
      for (const [key, list] of Object.entries(local) as [keyof Mentions, { span: Span }[]][])
        for (const x of list) {
          // "…his first official visit since the inauguration in August, and stay from December 15 till 19": what
          // follows the recalled event's phrase (past a comma) is the current activity's.
          // A date in an activity's clause is that activity's ("the Meeting of Presidents, scheduled to take place on
          // May 30th, as well as the Summit…"); other mentions go to the nearest activity word.
          // Others after an activity word, in its clause, are its object ("se reunirá el lunes 1 con el embajador de
          // Chile, Juan Ríos, y el miércoles 3 viajará a Quito": Chile and Ríos are the meeting's).
          const near =
            (key === 'dates' && acts.find((a) => x.span.start >= a.clause.start && x.span.end <= a.clause.end)) ||
            (key !== 'dates' && acts.find((a) => x.span.start >= a.trigger.span.end && x.span.end <= a.clause.end)) ||
            nearest(acts, x.span);
          const to =
            'background' in near && current.length > 0 && /[,;]/.test(text.slice(near.trigger.span.end, x.span.start))
              ? nearest(current, x.span)
              : near;
          (to[key] as { span: Span }[]).push(x);
        }
      // "…the follow-up on the 13th meeting … held in Brasilia in November last year": a date that a participle right
      // after the activity word gives is that activity's own; the sentence's other dates are something else's.
      for (const a of acts) {
        const own = a.dates.find((d) => HELD_AT.test(text.slice(a.trigger.span.end, d.span.start)));
        if (own) a.dates = [own];
      }
      // "…participará del Te Deum a las 08:00 horas, luego visitará el Palacio de López": what comes "then" in the
      // same sentence is on the same day.
      // So is a meeting within the visit the sentence names ("…a State visit to Brazil on May 21, when he will be
      // received by…"): on the visit's days.
      current.forEach((a, i) => {
        const before = current[i - 1];
        const d = before && a.dates.length === 0 && chooseDate(before);
        if (
          d &&
          ((d.precision === 'day' && SEQUENCE_WITHIN.test(text.slice(before.trigger.span.end, a.trigger.span.start))) ||
            (a.trigger.duringVisit && before.trigger.family === 'visit'))
        )
          a.dates.push({ ...d, confidence: Math.round(d.confidence * 75) / 100 });
      });
      // "Perú anunció el lunes que rompió sus relaciones…": a held activity told after the statement that reports it,
      // with no date of its own, happened by that statement's day; the sentence's only statement date dates it.
      // (A decree "publicado hoy" states nothing about the activity: its day is the publication's.)
      const stated = (d: DateMention) => {
        const verb = reportingVerbAt(text, lang, d.span);
        return !!verb && !PUBLISHED.test(text.slice(verb.start, verb.end));
      };
      const statement = inSentence.dates.filter((d) => !local.dates.includes(d) && !quoted(d) && stated(d));
      if (statement.length === 1)
        for (const a of current)
          if (a.status === 'held' && a.dates.length === 0 && statement[0]!.span.end <= a.trigger.span.start)
            if (fitsStatus(statement[0]!, a, release))
              a.dates.push({ ...statement[0]!, confidence: Math.round(statement[0]!.confidence * 70) / 100 });
      const first = current[0];
      if (first) for (const [, w] of waiting.splice(0)) addTo(first, w);
      for (const a of current) {
        const occasion = occasionOf(text, lang, a.clause, a.organizations);
        if (occasion.length > 0) a.occasion = occasion;
      }
      out.push(...current.flatMap((a) => splitList(text, a, home)));
      last = out.at(-1);
      previous = last;
    }
    // A paragraph with no activity word that only restates when the last activity happened ("called … today"),
    // unless its date cannot be the activity's (a past date for an announced one) or that activity is only
    // intended (a date in the next paragraph is something else's: "…invited them to an event on 17 December").
    // An intention's date only when the sentence points back at it ("…que este último se realice en junio de 2022").
    for (const [sp, w] of waiting)
      if (previous && previous.dates.length === 0 && (previous.status !== 'planned' || namesTheLatter(text, lang, sp)))
        previous.dates.push(...w.dates.filter((d) => fitsStatus(d, previous as Activity, release)));
    if (!previous) lede.push(...waiting.flatMap(([, w]) => w.dates));
  }
  const lead = out[0];
  if (lead && lead.dates.length === 0 && lede.length === 1)
    lead.dates.push(
      ...lede.filter((d) => fitsStatus(d, lead, release)).map((d) => ({ ...d, confidence: d.confidence * 0.8 })),
    );
  for (const a of out) {
    const p = seg.paragraphs.find((x) => x.number === a.paragraph);
    const place = p ? openingPlace(text, p.span, m.countries) : undefined;
    if (place && place.size > 0) a.place = place;
  }
  // A release that reports on a period ("inauguró tres embajadas durante el año 2017", "en su segundo mes de
  // gestión…") tells the events of that period as its own, however long before the release they were.
  // (The lead activity's period only: a year named for something else, "el año pasado", reports nothing.)
  const periods = out
    .slice(0, 1)
    .filter((a) => !recalled(a, release, true))
    .flatMap((a) => a.dates.filter((d) => d.endDate && d.endDate > d.date && d.date <= release));
  const reported = (a: Activity) => {
    const d = chooseDate(a);
    return !!d && periods.some((p) => p.date <= d.date && (d.endDate ?? d.date) <= (p.endDate ?? p.date));
  };
  // Far-back dates that only later sentences gave the release's lead ("During the meeting… cooperation suspended since
  // 2014, when the last meeting was held") do not make the news background: they are another event's, and are dropped.
  const first = out[0];
  if (
    first &&
    first.dates.length > 0 &&
    !first.dates.some((d) => inside(first.sentence, d)) &&
    recalled(first, release)
  )
    first.dates = [];
  const kept = out.filter((a, i) => !recalled(a, release, i === 0) || reported(a));
  for (const a of kept) onReleaseDay(text, lang, a, release);
  const merged = oneTrip(text, merge(text, kept, home, leadOf(m.people), release));
  if (merged[0]) headlineDate(text, lang, seg.headline, m.dates, merged[0], release);
  // "2. In the U.S. (New York), … will attend…" with an itinerary table below: the stay's days in that country.
  const stays = readItinerary(text, lang, seg.paragraphs, m.countries, release);
  for (const a of merged) {
    const stay = a.place && stays.find((x) => [...(a.place ?? [])].some((c) => x.codes.has(c)));
    if (stay && a.dates.length === 0) a.dates.push(stayDate(stay));
  }
  authorisedPeriod(
    text,
    lang,
    seg.paragraphs.flatMap((p) => p.sentences),
    m.dates,
    merged,
  );
  outcomeDated(text, lang, m.dates, merged, release);
  // A visit's length first, so what is done during it takes its whole stay; again at the end for a visit dated late.
  for (const a of merged) lastingDays(text, lang, a);
  for (const a of merged) stayingUntil(text, lang, a);
  inheritDates(text, lang, merged, release);
  // (After inheritDates: a year says too little to date the meetings held within the event.)
  for (const a of merged) yearOfName(text, a, release);
  sameParties(text, lang, merged, home);
  // Only an hour, and no date of its own or of the occasion it is part of: the release's day.
  for (const a of merged) onReleaseDay(text, lang, a, release, clockTime);
  afterTheEvent(text, lang, merged);
  for (const a of merged) lastingDays(text, lang, a);
  for (const a of merged) endingVisit(text, a, merged);
  return merged;
}

const PUBLISHED = /^(?:publica\p{L}*|publicó|published)$/iu;

/** A short line of a few words, with no stop or comma: a subheading, not a sentence. */
function isSubheading(text: string, span: Span): boolean {
  const t = text.slice(span.start, span.end);
  return t.length <= 60 && !/[.!?:;,"“”«»]/u.test(t) && t.split(/\s+/u).length <= 6;
}

const DEFINED =
  /^(?:\s+(?:\p{Lu}[\p{L}-]*|de|del|of|the))*\s+(?:es|son|constituye|constituyen|is|are)\s+(?:la|el|los|las|un|una|the|a|an)\s/u;
/**
 * "…the dialogue initiated last week between the presidents": a date right after "initiated", "iniciado" dates
 * whatever began then, not an activity of the sentence — unless that participle follows an activity word itself.
 */
const BEGUN =
  /(?<![\p{L}])(?:initiated|begun|began|started|launched|iniciad[oa]s?|comenzad[oa]s?|empezad[oa]s?|lanzad[oa]s?)\s+$/iu;
function begunOther(text: string, d: { span: Span }, triggers: readonly Trigger[]): boolean {
  const before = text.slice(Math.max(0, d.span.start - 20), d.span.start);
  if (!BEGUN.test(before)) return false;
  return !triggers.some((t) => t.span.end <= d.span.start && d.span.start - t.span.end <= 20);
}

const HELD_AT =
  /^[^.;,]{0,60}?(?:,\s*)?(?<![\p{L}])(?:held|celebrad[oa]s?|realizad[oa]s?|llevad[oa]s?\s+a\s+cabo|efectuad[oa]s?|que\s+se\s+(?:realizará|realiza|celebrará|celebra|llevará\s+a\s+cabo|desarrollará|desarrolla)|que\s+tendrá\s+lugar|which\s+(?:will\s+)?takes?\s+place|taking\s+place|to\s+take\s+place)(?![\p{L}])[^.;,]{0,40}$/iu;

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
