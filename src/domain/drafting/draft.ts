import { HOME_COUNTRY } from '../countries';
import { groupActivities } from './activities';
import type { DraftInput, DraftNotice, DraftResult, DraftVocabulary, ProposedOrganization } from './api';
import { findCountries, type CountryMention } from './countries';
import { readCues } from './cues';
import { findDates, yearsAfterBodies, type Lean } from './dates';
import { tokenize } from './gazetteer';
import { findOrganizations, type OrgMention } from './organizations';
import { toDraft } from './output';
import { findPeople } from './people';
import { embeddedVocabulary } from './vocabulary';
import { fitVocabulary } from './vocabularyFit';
import { DRAFTS_FORMAT, DRAFTS_VERSION, type DraftsFile, type ReleaseLanguage } from './draftsFile';
import { checkText, hasMarkup } from './guard';
import { detectLanguage } from './language';
import countryResources from './resources/countries.json';
import { layout } from './layout';
import { normalizeText } from './normalize';
import { proposeReleaseDate, settleReleaseDate } from './release';
import { segment } from './segment';

/**
 * The drafting engine, start to end: checks → normalise → segment → language → release date → mentions →
 * activities → drafts. Pure and synchronous; the worker runs it off the main thread. Never throws: an unexpected
 * failure comes back as the error 'internal'.
 */
export function draftRelease(input: DraftInput): DraftResult {
  try {
    return run(input);
  } catch (err) {
    return {
      ok: false,
      error: { code: 'internal', message: err instanceof Error ? err.message : String(err) },
      notices: [],
    };
  }
}

function run(input: DraftInput): DraftResult {
  const bad = checkText(input.text);
  if (bad) return { ok: false, error: bad, notices: [] };
  const text = normalizeText(input.text);
  const notices: DraftNotice[] = hasMarkup(text) ? [{ code: 'markup-as-text' }] : [];
  const { language } = detectLanguage(text);
  if (language !== 'es' && language !== 'en')
    return { ok: false, error: { code: 'unsupported-language', detected: language }, notices };
  const raw = segment(text);
  const settled = settleReleaseDate(input, text, raw, language);
  if ('error' in settled) return { ok: false, error: settled.error, notices };
  notices.push(...settled.notices);
  const vocabulary = input.vocabulary ?? embeddedVocabulary;
  const release = settled.date;
  const tokens = tokenize(text);
  const organizations = findOrganizations(text, vocabulary, tokens);
  // A country inside a body's name ("Comunidad Andina", "Grupo de Lima") is the body's, not a mention.
  const named = findCountries(text, tokens).filter(
    (c) => !organizations.some((o) => o.span.start <= c.span.start && c.span.end <= o.span.end),
  );
  const people = findPeople(text, named);
  // Nor is one inside a person's name: "Mauricio Macri" (Mauricio is Mauritius in Spanish).
  const countries = named.filter(
    (c) => !people.some((p) => p.nameSpan.start <= c.span.start && c.span.end <= p.nameSpan.end),
  );
  const sentences = raw.flatMap((p) => p.sentences);
  const leanAt = (offset: number): Lean => {
    const s = sentences.find((x) => x.start <= offset && offset < x.end);
    if (!s) return undefined;
    // "En noviembre, la Cancillería informó que … aceptó la invitación": a date opening a clause whose verb is past
    // leans back, whatever the rest of the sentence plans.
    const head = text.slice(offset, Math.min(s.end, offset + 60)).split(/[;]/)[0] ?? '';
    if (language === 'es' && /^[^,]{0,25},\s*(?:\p{L}+\s+){0,4}/u.test(head) && SPANISH_PAST.test(head.slice(0, 60)))
      if (!readCues(text, language, { start: offset, end: offset + head.length }).evidence) return 'past';
    // "…held a meeting with Chile's minister on Tuesday, within the framework of the Leaders' Meeting that will take
    // place this week": what the sentence says before the date tells its tense, if it says it — a word of status, or
    // a past verb with none after it in that stretch.
    const lead = { start: s.start, end: offset };
    const before = readCues(text, language, lead);
    if (before.evidence) return before.status === 'held' ? 'past' : 'future';
    if ((language === 'en' ? ENGLISH_PAST : SPANISH_PAST).test(text.slice(lead.start, lead.end))) return 'past';
    if (readCues(text, language, s).status !== 'held') return 'future';
    // A Spanish sentence without a future cue is not therefore past ("el viaje se desarrollará del 3 al 6"): lean
    // back only on a past verb, else take the nearest year.
    return language === 'en' || SPANISH_PAST.test(text.slice(s.start, s.end)) ? 'past' : undefined;
  };
  const allDates = [...findDates(text, language, release, leanAt), ...yearsAfterBodies(text, organizations, release)]
    .filter((d) => !people.some((p) => p.nameSpan.start < d.span.end && d.span.start < p.nameSpan.end))
    .sort((a, b) => a.span.start - b.span.start);
  const segmentation = layout(text, raw, allDates);
  const { dateline } = segmentation;
  // The dateline's date is the release's, never an activity's.
  const datelines = segmentation.paragraphs.filter((p) => p.kind === 'dateline').map((p) => p.span);
  if (dateline) datelines.push(dateline.span);
  if (segmentation.leadDateline) datelines.push(segmentation.leadDateline);
  const dates = allDates.filter((d) => !datelines.some((l) => l.start <= d.span.start && d.span.end <= l.end));
  const { code: home, known: homeKnown } = homeCountry(input, countries);
  const activities = groupActivities(
    text,
    language,
    segmentation,
    { countries, organizations, dates, people },
    release,
    home,
  );
  const ctx = {
    text,
    lang: language,
    home,
    homeKnown,
    release,
    themes: vocabulary.themes,
    ...(input.sourceId ? { sourceId: input.sourceId } : {}),
  };
  const file = emptyFile(input, release, language);
  // Last: every theme and type id is the vocabulary's or an explicit proposal of a new entry.
  const fitted = fitVocabulary(
    activities.map((a, i) => toDraft(a, i, ctx)),
    vocabulary,
  );
  file.drafts = fitted.drafts;
  file.mentions = {
    countries: [...new Set(countries.map((c) => c.code))].sort(),
    organizations: orgMentions(text, organizations, vocabulary),
  };
  if (file.drafts.length === 0) notices.push({ code: 'no-activity' });
  const proposals = {
    organizations: proposedOrganizations(text, organizations),
    themes: fitted.themes,
    types: fitted.types,
  };
  return { ok: true, text, file, segmentation, proposals, notices };
}

/** English past verbs of the reports: "held", "met", "signed". */
const ENGLISH_PAST =
  /(?<![\p{L}])(?:held|met|spoke|signed|received|hosted|visited|attended|participated|discussed|travell?ed|was|were)(?![\p{L}])/u;

/** Spanish preterite endings: "se reunió", "firmaron", "sostuvieron". */
const SPANISH_PAST = /(?<![\p{L}])\p{Ll}{2,}(?:ó|aron|ieron)(?![\p{L}])/u;

/** "Foreign, Commonwealth & Development Office", "Department of State": a government named without its country. */
function issuerAlias(issuer: string): string | undefined {
  const folded = issuer.toLowerCase();
  return Object.entries(countryResources.issuerAliases.names).find(([name]) =>
    folded.includes(name.toLowerCase()),
  )?.[1];
}

function homeCountry(input: DraftInput, countries: CountryMention[]): { code: string; known: boolean } {
  if (input.homeCountry && /^[A-Z]{2}$/.test(input.homeCountry)) return { code: input.homeCountry, known: true };
  const fromIssuer = input.issuer
    ? (issuerAlias(input.issuer) ?? findCountries(normalizeText(input.issuer))[0]?.code)
    : undefined;
  if (fromIssuer) return { code: fromIssuer, known: true };
  return { code: countries[0]?.code ?? HOME_COUNTRY, known: false };
}

function orgMentions(
  text: string,
  found: OrgMention[],
  vocabulary: DraftVocabulary,
): DraftsFile['mentions']['organizations'] {
  const known = new Set(vocabulary.organizations.map((o) => o.id));
  const byId = new Map<string, Set<string>>();
  for (const o of found) {
    const names = byId.get(o.id) ?? new Set<string>();
    names.add(text.slice(o.span.start, o.span.end).replace(/\s*\([^)]*\)$/, ''));
    byId.set(o.id, names);
  }
  return [...byId].map(([id, names]) => ({ ...(known.has(id) ? { id } : {}), names: [...names] }));
}

function proposedOrganizations(text: string, found: OrgMention[]): ProposedOrganization[] {
  const byId = new Map<string, ProposedOrganization>();
  for (const o of found.filter((x) => x.source !== 'vocabulary')) {
    const p = byId.get(o.id) ?? {
      id: o.id,
      written: [],
      evidence: [],
      ...(o.reference ? { reference: o.reference } : {}),
    };
    const w = text.slice(o.span.start, o.span.end);
    if (!p.written.includes(w)) p.written.push(w);
    p.evidence.push(o.span);
    byId.set(o.id, p);
  }
  return [...byId.values()];
}

function emptyFile(input: DraftInput, date: string, language: ReleaseLanguage): DraftsFile {
  const issuer = input.issuer?.trim();
  const url = input.url?.trim();
  return {
    format: DRAFTS_FORMAT,
    version: DRAFTS_VERSION,
    release: { date, language, ...(issuer ? { issuer } : {}), ...(url ? { url } : {}) },
    mentions: { countries: [], organizations: [] },
    drafts: [],
  };
}

/** For the form's Release date field: the date of the text's dateline, if it has one (else undefined). */
export function proposeReleaseDateFromText(input: string): string | undefined {
  if (checkText(input)) return undefined;
  const text = normalizeText(input);
  const { language } = detectLanguage(text);
  if (language !== 'es' && language !== 'en') return undefined;
  return proposeReleaseDate(text, segment(text), language);
}
