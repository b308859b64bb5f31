import type { ActivityFile, DatePrecision, Status } from '../../domain/activity';
import { numberCell } from '../../domain/formats/csvCells';
import type { Problem } from '../../domain/formats/problems';
import { validateCandidates } from '../../domain/formats/validate';
import type { Source } from '../../domain/source';
import type { MergedVocabulary } from '../../domain/vocabulary';

/**
 * The form's state: every input is text (a half-typed latitude is not a number yet), lists are arrays of rows.
 * It becomes a record candidate only on submit, and is then checked exactly as an imported record is.
 */
export interface PlaceDraft {
  name: string;
  country: string;
  lat: string;
  lon: string;
}
export interface ActorDraft {
  name: string;
  roleEs: string;
  roleEn: string;
  country: string;
}
export interface SourceDraft {
  url: string;
  publisher: string;
  date: string;
  supportsEs: string;
  supportsEn: string;
}

export interface Draft {
  id: string;
  date: string;
  datePrecision: DatePrecision;
  endDate: string;
  status: Status;
  type: string;
  titleEs: string;
  titleEn: string;
  summaryEs: string;
  summaryEn: string;
  countries: string[];
  themes: string[];
  organizations: string[];
  places: PlaceDraft[];
  actors: ActorDraft[];
  sourceId: string;
  sourceParagraph: string;
  additionalSources: SourceDraft[];
}

export const emptyPlace = (): PlaceDraft => ({ name: '', country: '', lat: '', lon: '' });
export const emptyActor = (): ActorDraft => ({ name: '', roleEs: '', roleEn: '', country: '' });
export const emptySource = (): SourceDraft => ({ url: '', publisher: '', date: '', supportsEs: '', supportsEn: '' });

/** A blank form: nothing is pre-filled that the analyst did not choose, except the first known source. */
export function emptyDraft(sourceId = ''): Draft {
  return {
    id: '',
    date: '',
    datePrecision: 'day',
    endDate: '',
    status: 'held',
    type: '',
    titleEs: '',
    titleEn: '',
    summaryEs: '',
    summaryEn: '',
    countries: [],
    themes: [],
    organizations: [],
    places: [],
    actors: [],
    sourceId,
    sourceParagraph: '',
    additionalSources: [],
  };
}

export function draftFromRecord(a: ActivityFile): Draft {
  return {
    id: a.id,
    date: a.date,
    datePrecision: a.datePrecision,
    endDate: a.endDate ?? '',
    status: a.status,
    type: a.type,
    titleEs: a.title.es,
    titleEn: a.title.en,
    summaryEs: a.summary.es,
    summaryEn: a.summary.en,
    countries: [...a.countries],
    themes: [...a.themes],
    organizations: [...a.organizations],
    places: a.places.map((p) => ({ name: p.name, country: p.country, lat: String(p.lat), lon: String(p.lon) })),
    actors: a.actors.map((p) => ({ name: p.name, roleEs: p.role.es, roleEn: p.role.en, country: p.country })),
    sourceId: a.source.id,
    sourceParagraph: String(a.source.paragraph),
    additionalSources: a.additionalSources.map((s) => ({
      url: s.url,
      publisher: s.publisher,
      date: s.date,
      supportsEs: s.supports.es,
      supportsEn: s.supports.en,
    })),
  };
}

const blankToUndefined = (s: string) => (s.trim() === '' ? undefined : s);

export function draftToCandidate(d: Draft): unknown {
  return {
    id: blankToUndefined(d.id.trim()),
    date: blankToUndefined(d.date),
    datePrecision: d.datePrecision,
    ...(d.datePrecision === 'range' || d.endDate !== '' ? { endDate: blankToUndefined(d.endDate) } : {}),
    status: d.status,
    type: blankToUndefined(d.type),
    title: { es: d.titleEs, en: d.titleEn },
    summary: { es: d.summaryEs, en: d.summaryEn },
    countries: d.countries,
    themes: d.themes,
    organizations: d.organizations,
    places: d.places.map((p) => ({ name: p.name, country: p.country, lat: numberCell(p.lat), lon: numberCell(p.lon) })),
    actors: d.actors.map((p) => ({ name: p.name, role: { es: p.roleEs, en: p.roleEn }, country: p.country })),
    source: { id: d.sourceId.trim(), paragraph: numberCell(d.sourceParagraph) },
    additionalSources: d.additionalSources.map((s) => ({
      url: s.url.trim(),
      publisher: s.publisher,
      date: blankToUndefined(s.date),
      supports: { es: s.supportsEs, en: s.supportsEn },
    })),
  };
}

/** The same checks as an import (schema + taxonomy), so a record typed in is held to the same standard. */
export function validateDraft(
  d: Draft,
  sources: readonly Pick<Source, 'id' | 'paragraphs'>[],
  vocabulary: MergedVocabulary,
): { ok: true; record: ActivityFile } | { ok: false; problems: Problem[] } {
  const candidate = [draftToCandidate(d)];
  const { records, problems } = validateCandidates(candidate, { file: '', locate: () => ({}), sources, vocabulary });
  const record = records[0];
  return record && problems.length === 0 ? { ok: true, record } : { ok: false, problems };
}

/** An id from the English title: "Meeting with Chile's minister" → "meeting-with-chile-s-minister". */
export function slugify(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}
