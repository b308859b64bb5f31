import { countryCode, isoDate, slug } from '../../domain/activity';
import { DRAFT_FIELDS, draftsFileSchema, type Draft, type DraftsFile } from '../../domain/drafting';
import { listOf, type ReviewDraft } from './reviewState';

/**
 * The drafts file as the analyst left it (CONTRACT.md, "The drafts file"): dropped drafts are gone, dropped fields
 * are empty and lose their confidence and evidence, and a field the analyst accepted or edited has confidence 1 (a
 * person vouched for it). Values the file's schema cannot hold (a half-typed date, "C1" as a country) are left out
 * rather than written, so the file always reads back.
 */
const ORG = /^[A-Z][A-Za-z0-9-]*$/;
const ok = (schema: { safeParse: (v: unknown) => { success: boolean } }, v: string) => schema.safeParse(v).success;
const partial = (es: string, en: string) => ({
  ...(es.trim() && { es: es.trim() }),
  ...(en.trim() && { en: en.trim() }),
});
const numberOr = (s: string) => (s.trim() !== '' && Number.isFinite(Number(s)) ? Number(s) : undefined);

export function exportDraft(r: ReviewDraft, sourceId?: string): Draft {
  const kept = (f: keyof ReviewDraft['fields']) => r.fields[f] !== 'dropped';
  const date = kept('date') && ok(isoDate, r.date) ? r.date : null;
  const precision = date && r.datePrecision ? r.datePrecision : null;
  const endDate = precision === 'range' && ok(isoDate, r.endDate) ? r.endDate : undefined;
  const confidence: Draft['confidence'] = {};
  const evidence: Draft['evidence'] = {};
  for (const f of DRAFT_FIELDS) {
    if (!kept(f)) continue;
    const c = r.fields[f] === 'accepted' ? 1 : r.confidence[f];
    if (c !== undefined) confidence[f] = c;
    if (r.evidence[f]) evidence[f] = r.evidence[f];
  }
  return {
    id: r.key,
    date,
    datePrecision: precision,
    ...(endDate && { endDate }),
    status: r.status,
    type: r.type,
    title: kept('title') ? partial(r.titleEs, r.titleEn) : {},
    summary: kept('summary') ? partial(r.summaryEs, r.summaryEn) : {},
    countries: kept('countries') ? listOf(r.countries, true).filter((c) => ok(countryCode, c)) : [],
    themes: kept('themes') ? listOf(r.themes).filter((t) => ok(slug, t)) : [],
    organizations: kept('organizations') ? listOf(r.organizations, true).filter((o) => ORG.test(o)) : [],
    places: kept('places')
      ? r.places
          .filter((p) => p.name.trim())
          .map((p) => {
            const [lat, lon] = [numberOr(p.lat), numberOr(p.lon)];
            return {
              name: p.name.trim(),
              ...(ok(countryCode, p.country) && { country: p.country }),
              ...(lat !== undefined && lon !== undefined && { lat, lon }),
            };
          })
      : [],
    actors: kept('actors')
      ? r.actors
          .filter((a) => a.name.trim())
          .map((a) => ({
            name: a.name.trim(),
            role: partial(a.roleEs, a.roleEn),
            ...(ok(countryCode, a.country) && { country: a.country }),
          }))
      : [],
    source: { ...(sourceId && { id: sourceId }), paragraph: r.paragraph },
    additionalSources: [],
    confidence,
    evidence,
  };
}

export function draftsFileFor(
  engine: DraftsFile,
  reviews: readonly ReviewDraft[],
  sourceId?: string,
): { ok: true; file: DraftsFile } | { ok: false; issues: string[] } {
  const file = {
    ...engine,
    drafts: reviews.filter((r) => r.decision !== 'dropped').map((r) => exportDraft(r, sourceId)),
  };
  const parsed = draftsFileSchema.safeParse(file);
  return parsed.success
    ? { ok: true, file: parsed.data }
    : { ok: false, issues: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
}
