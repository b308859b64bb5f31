import type { Activity } from './activities';
import type { VocabularyEntry } from './api';
import { chooseDate, classifyType, findThemes, impliedThemes, statusOf } from './classify';
import { round } from './confidence';
import type { CountryMention } from './countries';
import type { Draft, DraftField, ReleaseLanguage, Span } from './draftsFile';
import type { OrgMention } from './organizations';
import { placeCoordinates } from './places';

/**
 * A grouped activity as a draft of the drafts file: its fields, a confidence and the evidence of each. The title
 * is the activity's key clause, cut short: a proposal the analyst rewrites, not a summary of ours.
 */
const TITLE_MAX = 110;

export function toDraft(
  a: Activity,
  index: number,
  ctx: {
    text: string;
    lang: ReleaseLanguage;
    home: string;
    /** Whether `home` is the issuer's (from the input), not a guess from the first country named. */
    homeKnown?: boolean;
    /** The release's date: nothing it reports as held can start after it. */
    release?: string;
    sourceId?: string;
    themes?: readonly VocabularyEntry[];
  },
): Draft {
  const { text, lang, home } = ctx;
  const confidence: Partial<Record<DraftField, number>> = {};
  const evidence: Partial<Record<DraftField, Span[]>> = {};
  const set = (f: DraftField, c: number, spans: Span[]) => {
    confidence[f] = round(c);
    if (spans.length) evidence[f] = spans;
  };

  const date = chooseDate(a);
  set('date', date ? date.confidence : 0.5, date ? [date.span] : []);
  const type = classifyType(a, home, ctx.homeKnown ?? false);
  set('type', type === a.trigger.type ? 0.7 : 0.6, [a.trigger.span]);
  set('status', a.statusEvidence ? 0.75 : 0.65, a.statusEvidence ? [a.statusEvidence] : []);
  set('title', 0.4, [a.clause]);

  const countries = counterparts(a.countries, a.people, home);
  set(
    'countries',
    avg(a.countries.map((c) => c.confidence)),
    a.countries.filter((c) => countries.includes(c.code)).map((c) => c.span),
  );
  const organizations = unique(a.organizations.map((o: OrgMention) => o.id));
  set(
    'organizations',
    avg(a.organizations.map((o) => o.confidence)),
    a.organizations.map((o) => o.span),
  );
  const themes = findThemes(text, [a.sentence, ...a.more], ctx.themes);
  const foundThemes = unique(themes.map((t) => t.id));
  const implied = impliedThemes(type, foundThemes, countries.filter((c) => c !== home).length, ctx.themes ?? []);
  // Implied by the type, not read in the text: the activity word is their evidence, with less confidence.
  set('themes', foundThemes.length ? 0.5 : 0.4, [
    ...themes.map((t) => t.span),
    ...(implied.length ? [a.trigger.span] : []),
  ]);
  const places = uniqueBy(
    a.countries
      .filter((c) => c.via === 'place')
      .map((c) => ({ name: text.slice(c.span.start, c.span.end), country: c.code, span: c.span })),
    (p) => p.name,
  );
  set(
    'places',
    0.7,
    places.map((p) => p.span),
  );
  const actors = uniqueBy(a.people, (p) => p.name.split(/\s+/).at(-1) ?? p.name);
  set(
    'actors',
    0.7,
    actors.map((p) => p.span),
  );

  const flat = (sp: { start: number; end: number }) => text.slice(sp.start, sp.end).replace(/\s+/g, ' ').trim();
  // An item of a list of meetings reads with the words that open the list: "…met with … Marisol Argueta".
  const head = a.list && a.clause.start !== a.list.start ? flat({ start: a.list.start, end: a.trigger.span.end }) : '';
  // A named event whose clause starts at its last word ("…within the framework of the Asia-Pacific Economic
  // Cooperation (APEC) Leaders' Meeting that will take place…") is titled with its whole name.
  const named = a.trigger.named && a.clause.start === a.trigger.span.start ? nameBefore(text, a.trigger.span.start) : 0;
  const clause = head
    ? `${head.length > 50 ? `…${head.slice(head.indexOf(' ', head.length - 50))}` : head} ${flat(a.clause).replace(/^(?:and|y|e)\s+/i, '')}`
    : flat({ start: a.clause.start - named, end: a.clause.end });
  return {
    id: `draft-${index + 1}`,
    date: date?.date ?? null,
    datePrecision: date?.precision ?? null,
    ...(date?.endDate ? { endDate: date.endDate } : {}),
    status: statusOf(a.status, date, ctx.release),
    type,
    title: { [lang]: clip(clause) },
    summary: { [lang]: text.slice(a.sentence.start, a.sentence.end).replace(/\s+/g, ' ').trim() },
    countries,
    themes: [...foundThemes, ...implied],
    organizations: organizations.filter((id) => /^[A-Z][A-Za-z0-9-]*$/.test(id)),
    places: places.map(({ name, country }) => ({ name, country, ...placeCoordinates(name, country) })),
    actors: actors.map((p) => ({ name: p.name, role: p.role, ...(p.country ? { country: p.country } : {}) })),
    source: { ...(ctx.sourceId ? { id: ctx.sourceId } : {}), paragraph: a.paragraph },
    additionalSources: [],
    confidence,
    evidence,
  };
}

/** Counterparts: the countries named and those of the people, home left out unless it is the only one. */
function counterparts(cs: CountryMention[], people: { country?: string }[], home: string): string[] {
  const all = unique([...cs.map((c) => c.code), ...people.flatMap((p) => (p.country ? [p.country] : []))]);
  const foreign = all.filter((c) => c !== home);
  return foreign.length ? foreign : all;
}

/** How far back from `at` the capitalised words, acronyms and ordinals of a name run ("11th Peru-Ecuador …"). */
function nameBefore(text: string, at: number): number {
  const m = NAME_BEFORE.exec(text.slice(Math.max(0, at - 100), at));
  return m ? m[0].length : 0;
}
const NAME_BEFORE =
  /(?:(?:\p{Lu}[\p{L}'’.-]*|\(\p{Lu}[\p{Lu}\d-]*\)|[-–]|\d{1,3}(?:st|nd|rd|th|º|ª|°)|[IVXLC]{2,6})\s+){1,8}$/u;

function clip(s: string): string {
  const t = s.replace(/^[,;:\s]+/, '');
  const cut = t.length <= TITLE_MAX ? t : `${t.slice(0, t.lastIndexOf(' ', TITLE_MAX))}…`;
  return cut.charAt(0).toUpperCase() + cut.slice(1);
}
const unique = <T>(xs: T[]) => [...new Set(xs)];
function uniqueBy<T>(xs: T[], key: (x: T) => string): T[] {
  const seen = new Set<string>();
  return xs.filter((x) => (seen.has(key(x)) ? false : (seen.add(key(x)), true)));
}
const avg = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0.5);
