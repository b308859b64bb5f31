import type { DatePrecision, Status } from '../../domain/activity';
import type { Draft, DraftField, Span } from '../../domain/drafting';

/**
 * One draft as the analyst reviews it. Every input is text (a half-typed latitude is not a number yet); the
 * draft becomes a record candidate only when it is checked or imported (reviewRecord.ts). Each field keeps the
 * analyst's decision: kept as proposed, accepted (or edited), or dropped.
 */
export type Decision = 'proposed' | 'accepted' | 'dropped';
export type ReviewField = DraftField | 'summary';
export const REVIEW_FIELDS = [
  'title',
  'type',
  'date',
  'status',
  'countries',
  'organizations',
  'places',
  'actors',
  'themes',
  'summary',
] as const satisfies readonly ReviewField[];

export interface PlaceRow {
  name: string;
  country: string;
  lat: string;
  lon: string;
}
export interface ActorRow {
  name: string;
  roleEs: string;
  roleEn: string;
  country: string;
}

export interface ReviewDraft {
  /** The engine's id for the draft (draft-1…): a key for the list, never the record's id. */
  key: string;
  decision: Decision;
  fields: Record<ReviewField, Decision>;
  date: string;
  datePrecision: DatePrecision | '';
  endDate: string;
  status: Status;
  type: string;
  titleEs: string;
  titleEn: string;
  summaryEs: string;
  summaryEn: string;
  /** Codes and ids as the analyst types them: "CL, AR". */
  countries: string;
  themes: string;
  organizations: string;
  places: PlaceRow[];
  actors: ActorRow[];
  paragraph: number;
  confidence: Draft['confidence'];
  evidence: Draft['evidence'];
}

const num = (n: number | undefined) => (n === undefined ? '' : String(n));

export function reviewFromDraft(d: Draft): ReviewDraft {
  const fields = Object.fromEntries(REVIEW_FIELDS.map((f) => [f, 'proposed'])) as Record<ReviewField, Decision>;
  return {
    key: d.id,
    decision: 'proposed',
    fields,
    date: d.date ?? '',
    datePrecision: d.datePrecision ?? '',
    endDate: d.endDate ?? '',
    status: d.status,
    type: d.type,
    titleEs: d.title.es ?? '',
    titleEn: d.title.en ?? '',
    summaryEs: d.summary.es ?? '',
    summaryEn: d.summary.en ?? '',
    countries: d.countries.join(', '),
    themes: d.themes.join(', '),
    organizations: d.organizations.join(', '),
    places: d.places.map((p) => ({ name: p.name, country: p.country ?? '', lat: num(p.lat), lon: num(p.lon) })),
    actors: d.actors.map((a) => ({
      name: a.name,
      roleEs: a.role.es ?? '',
      roleEn: a.role.en ?? '',
      country: a.country ?? '',
    })),
    paragraph: d.source.paragraph,
    confidence: d.confidence,
    evidence: d.evidence,
  };
}

/** The evidence of a field; the summary has none of its own and points at the title's sentence. */
export function evidenceOf(r: ReviewDraft, field: ReviewField): Span[] {
  return r.evidence[field === 'summary' ? 'title' : field] ?? [];
}

export function confidenceOf(r: ReviewDraft, field: ReviewField): number | undefined {
  return r.confidence[field === 'summary' ? 'title' : field];
}

/** An edit of a field's value: editing is accepting (the analyst now vouches for the value). */
export function edit(r: ReviewDraft, field: ReviewField, patch: Partial<ReviewDraft>): ReviewDraft {
  return { ...r, ...patch, fields: { ...r.fields, [field]: 'accepted' } };
}

export function decideField(r: ReviewDraft, field: ReviewField, decision: Decision): ReviewDraft {
  return { ...r, fields: { ...r.fields, [field]: decision } };
}

/** "CL, ar ;PE" → ["CL", "AR", "PE"]: the analyst may separate with commas, semicolons or spaces. */
export function listOf(text: string, upper = false): string[] {
  const items = text
    .split(/[\s,;]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  return [...new Set(upper ? items.map((s) => s.toUpperCase()) : items)];
}
