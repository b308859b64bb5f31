import type { Activity, Mentions } from './activities';
import type { CountryMention } from './countries';
import type { ReleaseLanguage, Span } from './draftsFile';
import type { DateMention } from './dates';
import type { PersonMention } from './people';
import { monthEnd, parts } from './calendar';
import { chooseDate, statusOf } from './classify';
import { round } from './confidence';
import { isPassiveAuthorisation } from './triggerContext';
import {
  datedByThatTime,
  followsTheEvent,
  opensOnArrival,
  opensWithParticipants,
  opensWithSequence,
  opensWithinTheVisit,
  opensWithTheEvent,
} from './openers';

/**
 * Which activities are one event, and the dates an activity takes from the event it is part of. Mentions of one
 * event are merged into the first (same kind and counterpart, or a visit and the meeting in it); a meeting with
 * someone else, or one of a list, stays apart; then an undated activity takes the date of the occasion it belongs to.
 */

export function addTo(a: Activity, m: Mentions) {
  a.countries.push(...m.countries);
  a.organizations.push(...m.organizations);
  a.dates.push(...m.dates);
  a.people.push(...m.people);
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
/** The dates that date them overlap (or one has none). */
function chosenAgree(a: Activity, b: Activity): boolean {
  const [x, y] = [chooseDate(a), chooseDate(b)];
  if (!x || !y) return true;
  const [xs, xe] = span(x);
  const [ys, ye] = span(y);
  return xs <= ye && ys <= xe;
}

/**
 * "condecoró al ministro" … "recibe la condecoración": a definite noun that shares its first seven letters with the
 * earlier act's word names that act again.
 */
function namedAgain(text: string, k: Activity, a: Activity): boolean {
  const word = (x: Activity) => text.slice(x.trigger.span.start, x.trigger.span.end).toLowerCase().split(/\s+/u)[0]!;
  const stem = word(a).slice(0, 7);
  return (
    stem.length === 7 &&
    word(k).startsWith(stem) &&
    DEFINITE.test(text.slice(Math.max(0, a.trigger.span.start - 8), a.trigger.span.start))
  );
}
const DEFINITE = /(?<![\p{L}])(?:la|el|esta|este|dicha|dicho|the|this|that)\s+$/iu;

/** Its date ends before the release's day. */
function before(a: Activity, release: string | undefined): boolean {
  const d = chooseDate(a);
  return !!d && !!release && span(d)[1] < release;
}

/** Both are dated by the same day. */
function sameDay(a: Activity, b: Activity): boolean {
  const [x, y] = [chooseDate(a), chooseDate(b)];
  return !!x && !!y && x.precision === 'day' && y.precision === 'day' && x.date === y.date;
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
  // A visit of several days and a meeting on one of them (or on a day not given): the meeting is part of the
  // visit, not the visit itself.
  const visit = k.trigger.family === 'visit' ? k : a;
  const meeting = visit === k ? a : k;
  // A trip to attend a conference is the trip, and the conference an event of its own ("participará en la reunión
  // del Grupo de Lima en Toronto … En el marco de esta visita de trabajo a Canadá…").
  if (meeting.trigger.type === 'multilateral-meeting' && visit.trigger.family === 'visit') return false;
  // A meeting placed elsewhere is not part of a trip to another country ("In Montevideo November 7-9, … will meet…"
  // and "… will then travel to Lima from November 9-11").
  const to = destination(visit);
  if (to && meeting.place && !meeting.place.has(to)) return false;
  const [vd, md] = [chooseDate(visit), chooseDate(meeting)];
  if (vd?.endDate && vd.endDate > vd.date && (!md || md.precision === 'day')) return false;
  const people = new Set(k.people.map(surname));
  const ka = counterparts(k, home);
  return a.people.some((p) => people.has(surname(p))) || [...counterparts(a, home)].some((c) => ka.has(c));
}

/** The country a visit word is followed by, closely ("will travel to Lima", "visitará Chile"). */
function destination(visit: Activity): string | undefined {
  return visit.countries
    .filter((c) => c.span.start >= visit.trigger.span.end && c.span.start - visit.trigger.span.end <= 40)
    .sort((x, y) => x.span.start - y.span.start)[0]?.code;
}

const surname = (p: PersonMention) => p.name.split(/\s+/).at(-1)?.toLowerCase() ?? '';
const counterparts = (a: Activity, home: string) => new Set(a.countries.map((c) => c.code).filter((c) => c !== home));

/** The person the release is about: the first it names ("Minister Joly will travel… will meet with…"). */
export function leadOf(people: readonly PersonMention[]): string | undefined {
  const first = people.reduce<PersonMention | undefined>(
    (f, p) => (!f || p.span.start < f.span.start ? p : f),
    undefined,
  );
  return first && surname(first);
}
/** Who the activity is with: its people but the lead, and the bodies it names. */
const others = (a: Activity, lead: string | undefined) => {
  // The bodies of its own sentence: those of the sentences after it are topics ("…the FATF and the OECD accession").
  const own = a.organizations.filter((o) => o.span.start >= a.sentence.start && o.span.end <= a.sentence.end);
  return new Set([
    ...a.people.map(surname).filter((s) => s !== lead),
    // (A body named beside a generic word — "un fluido diálogo político… en la CAN" — is no one met.)
    ...(a.trigger.weak ? [] : own.map((o) => `#${o.id}`)),
  ]);
};

/**
 * "…will travel to Mexico City… will meet with Claudia Sheinbaum… will also meet with Marcelo Ebrard": a meeting
 * with someone (or a body) the earlier visit or meeting did not name is another event, though the country is the same. The
 * release's lead person, who takes part in all of them, does not make them one.
 */
function meetsSomeoneElse(k: Activity, a: Activity, lead: string | undefined): boolean {
  if (!ONE_EVENT.has(k.trigger.family) || !ONE_EVENT.has(a.trigger.family)) return false;
  const mine = others(a, lead);
  const theirs = others(k, lead);
  // "También conversará con Thomas Donohue…" and then "El martes, en Nueva York, … se reunirá con representantes de
  // The City University…": a meeting of its own words and day, a paragraph later, that names no one the first named.
  if (mine.size === 0)
    return (
      theirs.size > 0 &&
      k.dates.length === 0 &&
      a.trigger.family === 'meeting' &&
      !a.trigger.weak &&
      a.paragraph !== k.paragraph &&
      a.dates.some((d) => d.span.start >= a.sentence.start && d.span.end <= a.sentence.end)
    );
  // A visit names its traveller; the people met are named with the meetings. A body's meeting is not a meeting
  // that named none ("El encuentro se desarrolló en el marco de la XXI Reunión de la CELAC").
  if (theirs.size === 0)
    return (
      (k.trigger.family === 'visit' && a.trigger.family === 'meeting') ||
      ([...mine].some((x) => x.startsWith('#')) && k.organizations.length === 0)
    );
  if (![...mine].some((s) => theirs.has(s))) return true;
  // "Earlier in the day, Ambassador Saboia paid a courtesy call on Vice Minister Kim": the visitor met before, but a
  // meeting word of its own in another sentence, with a person the first did not name, is another meeting.
  // (Names are compared word by word: "María Ángela Holguín" is "María Ángela Holguín Cuéllar".)
  const named = new Set(k.people.flatMap(nameWords));
  return (
    !a.trigger.weak &&
    a.sentence.start !== k.sentence.start &&
    a.people.some(
      (p) =>
        p.role && p.span.start >= a.sentence.start && surname(p) !== lead && !nameWords(p).some((w) => named.has(w)),
    )
  );
}
const nameWords = (p: PersonMention) =>
  p.name
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w.length > 3);

/**
 * An activity the text gives no date, reported within a dated one ("in the margins of the G20"), after a dated one
 * of the same paragraph (or of any, when it opens with "Later," or "Por la tarde,") or after a visit, with the same
 * status, took place then: "Both Ministers also signed…" after the meeting of 7 April, a meeting "while there"
 * during a visit from 25 to 27 June. It takes that date (the whole range for a visit), with less confidence.
 */
export function inheritDates(text: string, lang: ReleaseLanguage, acts: Activity[], release?: string) {
  let visit: Activity | undefined;
  // The status a draft will show: an intention with a day of its own is on the programme (statusOf).
  const shown = (b: Activity) => statusOf(b.status, chooseDate(b), release);
  // "realiza una gira de trabajo hoy y mañana" (held) and "también conversará con…": what is still to come of a visit
  // under way is within it.
  const ongoing = (v: Activity) => {
    const d = chooseDate(v);
    return !!release && !!d && d.date <= release && (d.endDate ?? d.date) > release;
  };
  acts.forEach((a, i) => {
    const done = (b: Activity) => b.dates.length > 0 && shown(b) === shown(a);
    // "…extending an invitation to visit Chile during that period": the period just named, whatever its status.
    if (a.dates.length === 0 && datedByThatTime(text, lang, a.clause)) {
      const d = acts
        .slice(0, i)
        .reverse()
        .find((b) => b.dates.length > 0);
      const date = d && chooseDate(d);
      if (date) a.dates.push({ ...date, confidence: round(date.confidence * 0.75) });
    }
    // "…prevé para hoy sábado, 14 de mayo, la visita a la Escuela Solar; una reunión con la colectividad y almuerzo
    // oficial": the items of a list cut by semicolons share its date, whatever their status.
    if (a.dates.length === 0 && a.listItem) {
      const head = acts
        .slice(0, i)
        .reverse()
        .find((b) => b.sentence.start === a.sentence.start && b.dates.length > 0);
      const date = head && chooseDate(head);
      if (date) a.dates.push({ ...date, confidence: round(date.confidence * 0.75) });
    }
    // "En el contexto de esta visita, Duque será condecorado…": within the visit just reported, whatever its tense.
    if (a.dates.length === 0 && a.trigger.family !== 'visit' && opensWithinTheVisit(text, lang, a.sentence)) {
      const trip = acts
        .slice(0, i)
        .reverse()
        .find((b) => b.trigger.family === 'visit' && b.dates.length > 0);
      const d = trip && chooseDate(trip);
      if (d) a.dates.push({ ...d, confidence: round(d.confidence * 0.75) });
    }
    // "A su llegada a Lima, … tiene previsto sostener una reunión": the visit's first day.
    const arrived = visit && chooseDate(visit);
    if (a.dates.length === 0 && a.status !== 'planned' && arrived && opensOnArrival(text, lang, a.sentence)) {
      const { endDate: _end, ...first } = arrived;
      a.dates.push({ ...first, precision: 'day', confidence: round(arrived.confidence * 0.75) });
    }
    // Intentions ("acordaron además instalar una comisión") share no occasion: their date is never implied.
    if (a.dates.length === 0 && a.status !== 'planned') {
      const before = acts.slice(0, i).reverse();
      // "Later, the minister met…", "Ambos Cancilleres instalaron…": after the last dated activity, in whatever
      // paragraph — by the same occasion or the same participants.
      // (So is one that opens on the activity itself: "En la reunión ministerial también se eligió…".)
      const sequel =
        opensWithSequence(text, lang, a.sentence) ||
        opensWithParticipants(
          text,
          lang,
          a.sentence,
          // (By their names only as a pair, "Minister Shanmugam and Secretary Meade also signed…": a sentence that opens
          // on one minister's name is any sentence about him.)
          before.flatMap((b) => b.people.map((p) => p.name)),
          true,
        ) ||
        opensWithTheEvent(text, lang, a.sentence);
      // "…bilateral meetings in the margins of the G20": on the day of the G20's meeting.
      const within = (b: Activity) => !!a.occasion?.some((id) => b.organizations.some((o) => o.id === id));
      // "In Fortaleza, Minister Maliki met…" after visits to Fortaleza and then Buenos Aires: the visit to the place its
      // sentence opens on.
      const there = (b: Activity) =>
        b.trigger.family === 'visit' && !!a.place && b.countries.some((c) => a.place?.has(c.code));
      const from =
        before.find((b) => within(b) && done(b)) ??
        before.find((b) => a.trigger.family !== 'visit' && there(b) && (done(b) || ongoing(b))) ??
        // "…will meet Wang Yi during a working visit to Beijing from 27 to 30 November": the visit of its sentence.
        acts.find((b) => b !== a && b.trigger.family === 'visit' && b.sentence.start === a.sentence.start && done(b)) ??
        (sequel ? latest(before.filter(done), a) : before.find((b) => b.paragraph === a.paragraph && done(b))) ??
        (visit && a.trigger.family !== 'visit' && (done(visit) || ongoing(visit)) ? visit : undefined);
      const d = from && chooseDate(from);
      if (d) a.dates.push({ ...d, confidence: round(d.confidence * 0.75) });
    }
    // A visit only agreed on ("aceptó realizar una visita… en el primer trimestre") has no programme yet.
    if (a.trigger.family === 'visit' && a.dates.length > 0 && a.status !== 'planned') visit = a;
  });
  // "…will meet his Chinese counterpart Wang Yi…" before "the trip to China, slated for November 27-30": a meeting
  // still undated takes the dates of a visit, told later, to the country of the people it meets.
  for (const a of acts) {
    if (a.dates.length > 0 || a.status === 'planned' || a.trigger.family !== 'meeting') continue;
    const mine = new Set(a.countries.map((c) => c.code));
    const trip = acts.find(
      (b) =>
        b.trigger.family === 'visit' &&
        b.status === a.status &&
        b.dates.length > 0 &&
        b.countries.some((c) => mine.has(c.code)),
    );
    const d = trip && chooseDate(trip);
    if (d) a.dates.push({ ...d, confidence: round(d.confidence * 0.6) });
  }
}
/**
 * "A press conference is expected to follow the 2+2 meeting", "Se espera que tras el encuentro … se firme una
 * declaración": an act placed right after the event just reported is on that event's day — an intention too, since
 * its occasion is named. (After every other date is read: the event may be dated only by its hour.)
 */
export function afterTheEvent(text: string, lang: ReleaseLanguage, acts: readonly Activity[]) {
  acts.forEach((a, i) => {
    if (a.dates.length > 0) return;
    // (The words may open the sentence, before the act's own clause: "Finalizado el encuentro, ambos viceministros
    // participaron en una breve ceremonia…".)
    const after = followsTheEvent(text, lang, { start: a.sentence.start, end: a.clause.end });
    // So is one that opens by placing itself next ("Acto seguido, recibirá los honores militares", "Later, …") after
    // an event of its own tense dated only by its hour ("A las 16:15 horas, … condecorará…").
    const next = !after && a.status !== 'planned' && opensWithSequence(text, lang, a.sentence);
    if (!after && !next) return;
    const event = latest(
      acts.slice(0, i).filter((b) => b.dates.length > 0),
      a,
    );
    const date = event && chooseDate(event);
    if (next && event?.status !== a.status) return;
    if (date?.precision === 'day') a.dates.push({ ...date, confidence: round(date.confidence * 0.75) });
  });
}

/** Of activities reported before `a`, the one last spoken of before it (a merged one counts its later sentences). */
function latest(acts: readonly Activity[], a: Activity): Activity | undefined {
  const last = (b: Activity) =>
    Math.max(...[b.sentence, ...b.more].map((sp) => sp.end).filter((end) => end <= a.sentence.start));
  return acts.reduce<Activity | undefined>((best, b) => (!best || last(b) > last(best) ? b : best), undefined);
}

/**
 * "The Ministers also signed a bilateral Implementation Agreement", a paragraph after the memoranda signed at lunch:
 * a signing of something indefinite ("a", "un", "dos") in a later paragraph is another signing.
 */
function anotherAgreement(text: string, k: Activity, a: Activity): boolean {
  if (k.trigger.family !== 'agreement' || a.trigger.family !== 'agreement' || k.paragraph === a.paragraph) return false;
  return /^\s+(?:a|an|one|two|three|un|una|unos|unas|dos|tres|\d+)\s/iu.test(
    text.slice(a.trigger.span.end, a.trigger.span.end + 12),
  );
}

/**
 * "2. In the U.S. (New York), … will attend…" and "3. In Mexico, … is scheduled to hold meetings…": each sentence
 * opens by placing what it tells in another country, so they tell different events.
 */
function elsewhere(k: Activity, a: Activity): boolean {
  return !!k.place && !!a.place && ![...a.place].some((c) => k.place?.has(c));
}
const OPENING_PLACE = /^(?:\d{1,2}[.)]\s*)?(?:in|en|at|from|desde)\s+[^,;]{2,60}?,/iu;
/** The countries of the place a stretch opens with: "2. In the U.S. (New York), …", "En México, …". */
export function openingPlace(text: string, stretch: Span, countries: readonly CountryMention[]): Set<string> {
  const start = stretch.start + text.slice(stretch.start, stretch.end).search(/\S/);
  const m = OPENING_PLACE.exec(text.slice(start, stretch.end));
  if (!m) return new Set();
  const end = start + m[0].length;
  return new Set(countries.filter((c) => c.span.start >= start && c.span.end <= end).map((c) => c.code));
}

/** A later activity of the same kind with the same counterpart, or with no counterpart of its own ("the meeting"), is the same event. */
export function merge(
  text: string,
  acts: Activity[],
  home: string,
  lead: string | undefined,
  release?: string,
): Activity[] {
  const kept: Activity[] = [];
  for (const a of acts) {
    const same = kept.find((k) => {
      // An event called by the same capitalised word on the same day is one, whoever is said to attend it ("the
      // EU-LAC Summit in Madrid on Tuesday 18 May" … "will represent the UK at the Summit on the 18th").
      const called = (x: Activity) => text.slice(x.trigger.span.start, x.trigger.span.end);
      if (/^\p{Lu}/u.test(called(a)) && called(a) === called(k) && sameDay(k, a)) return true;
      // An act of protocol named again by the same words is the same act ("fueron recibidos … con honores militares"
      // … "se rindieron honores militares" … "Al término de los honores militares"), unless dated apart.
      const same = (x: string, y: string) => x.toLowerCase() === y.toLowerCase();
      // So is one named again by a definite noun of the same stem (see namedAgain).
      if (
        a.trigger.family === 'protocol' &&
        k.trigger.family === 'protocol' &&
        (same(called(a), called(k)) || namedAgain(text, k, a))
      )
        return chosenAgree(k, a);
      if (
        a.trigger.added ||
        meetsSomeoneElse(k, a, lead) ||
        (k.list && k.list === a.list) ||
        anotherAgreement(text, k, a) ||
        elsewhere(k, a)
      )
        return false;
      // A named meeting is the same event only as itself named again.
      const word = (x: Activity) => text.slice(x.trigger.span.start, x.trigger.span.end).toLowerCase();
      if ((a.trigger.named || k.trigger.named) && word(a) !== word(k)) return false;

      // Acts of protocol are each their own: a Te Deum, a decoration, a parade (named again, the same).
      if (a.trigger.family === 'protocol' && k.trigger.family === 'protocol' && word(a) !== word(k)) return false;
      if (k.trigger.family !== a.trigger.family) return sameVisit(k, a, home);
      // A meeting with someone named is not the multilateral meeting in whose city it takes place ("will attend the
      // G20 meeting … in Buenos Aires" and "While in Buenos Aires, … a meeting with Argentina's Security Minister").
      if (k.trigger.type === 'multilateral-meeting' && a.trigger.type === 'bilateral-meeting' && !a.trigger.weak)
        if (a.people.some((p) => !k.people.some((q) => surname(q) === surname(p)))) return false;
      // Two meetings of the same kind on days that do not meet are two ("El lunes 2 se reunirá en Bruselas con … El
      // martes 3 sostendrá un encuentro con empresarios").
      // (A generic word's date may be a topic's: "They discussed the possibility of a state visit next year".)
      if (a.trigger.family === 'meeting' && !a.trigger.weak && !chosenAgree(k, a)) return false;
      // So are two legs of a tour, each with its own days ("…a working visit to Santiago, Chile from 31 October to 1
      // November. Minister Maliki subsequently made a working visit to Buenos Aires, Argentina from 4 to 6 November").
      if (a.trigger.family === 'visit' && k.dates.length > 0 && a.dates.length > 0 && !chosenAgree(k, a)) return false;
      // "…invited to make an official visit" and then "will make his first official visit… from 15 till 19": what
      // was intended is now announced.
      const [ks, as] = [k.status, a.status];
      if (ks !== as && as !== 'held' && !(ks === 'planned' && as === 'announced')) return false;
      // A meeting reported as held, in words of its own ("In the afternoon, … in bilateral meetings with…"), is not
      // one the text announced.
      if (as === 'held' && ks !== 'held' && !a.trigger.weak) return false;
      // Nor is one told as held on days already past ("Kast mantendrá una reunión con el presidente … El canciller y
      // Kast conversaron en la semana que pasó"): what happened before the release is not what is still to come.
      if (as === 'held' && ks !== 'held' && before(a, release)) return false;
      const ka = counterparts(k, home);
      const aa = counterparts(a, home);
      const people = new Set(k.people.map(surname));
      // Beyond meetings and visits, the same body is the same event ("Perú asumió la Presidencia Pro Tempore de la
      // CAN" … "En esa ocasión, … en la Secretaría General de la CAN … asumió la Presidencia").
      const sameBody =
        !ONE_EVENT.has(k.trigger.family) && a.organizations.some((o) => k.organizations.some((q) => q.id === o.id));
      const shared = sameBody || [...aa].some((c) => ka.has(c)) || a.people.some((p) => people.has(surname(p)));
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

/**
 * "Both ministers agreed to meet again on the 18th in Lima", "Ambos cancilleres acordaron reunirse nuevamente…": a
 * meeting whose sentence opens on the participants just named, and that names no country of its own (its place is
 * not a party), is between the countries of the meeting before it. They are carried over, with less confidence.
 */
export function sameParties(text: string, lang: ReleaseLanguage, acts: Activity[], home: string) {
  const parties = (a: Activity) => a.countries.filter((c) => c.via !== 'place' && c.code !== home);
  acts.forEach((a, i) => {
    if (a.trigger.family !== 'meeting' || parties(a).length > 0 || !opensWithParticipants(text, lang, a.sentence))
      return;
    const before = acts
      .slice(0, i)
      .reverse()
      .find((b) => b.trigger.family === 'meeting');
    for (const c of before ? parties(before) : [])
      if (!a.countries.some((x) => x.code === c.code))
        a.countries.push({ ...c, confidence: round(c.confidence * 0.8) });
  });
}

/**
 * "El viaje fue autorizado mediante un decreto…" after the trip was reported: the same trip, told again. It goes,
 * giving the trip its dates if the trip had none.
 */
export function oneTrip(text: string, acts: Activity[]): Activity[] {
  return acts.filter((a, i) => {
    if (!isPassiveAuthorisation(text.slice(a.trigger.span.start, a.trigger.span.end))) return true;
    const trip = acts.slice(0, i).find((b) => b.trigger.family === 'visit');
    if (trip && trip.dates.length === 0) trip.dates.push(...a.dates);
    return !trip;
  });
}
