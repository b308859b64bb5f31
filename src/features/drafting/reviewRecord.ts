import type { ActivityFile } from '../../domain/activity';
import { numberCell } from '../../domain/formats/csvCells';
import type { Problem } from '../../domain/formats/problems';
import { validateCandidates } from '../../domain/formats/validate';
import type { Source } from '../../domain/source';
import type { MergedVocabulary } from '../../domain/vocabulary';
import { listOf, type ReviewDraft, type ReviewField } from './reviewState';

/**
 * A reviewed draft as a record candidate, checked exactly as an imported record is (schema + vocabulary + the
 * pasted release's paragraphs): the editor's standard, through the same domain validator.
 */
const kept = (r: ReviewDraft, f: ReviewField) => r.fields[f] !== 'dropped';
const blank = (s: string) => (s.trim() === '' ? undefined : s.trim());

export function candidateOf(r: ReviewDraft, id: string, sourceId: string): Record<string, unknown> {
  const range = r.datePrecision === 'range';
  return {
    id,
    date: kept(r, 'date') ? blank(r.date) : undefined,
    datePrecision: kept(r, 'date') ? blank(r.datePrecision) : undefined,
    ...(kept(r, 'date') && range && { endDate: blank(r.endDate) }),
    status: r.status,
    type: kept(r, 'type') ? blank(r.type) : undefined,
    title: { es: kept(r, 'title') ? r.titleEs : '', en: kept(r, 'title') ? r.titleEn : '' },
    summary: { es: kept(r, 'summary') ? r.summaryEs : '', en: kept(r, 'summary') ? r.summaryEn : '' },
    countries: kept(r, 'countries') ? listOf(r.countries, true) : [],
    themes: kept(r, 'themes') ? listOf(r.themes) : [],
    organizations: kept(r, 'organizations') ? listOf(r.organizations, true) : [],
    places: kept(r, 'places')
      ? r.places.map((p) => ({ name: p.name, country: p.country, lat: numberCell(p.lat), lon: numberCell(p.lon) }))
      : [],
    actors: kept(r, 'actors')
      ? r.actors.map((a) => ({
          name: a.name,
          role: { es: a.roleEs, en: a.roleEn },
          // A person the release names without a country has none, not an empty one.
          ...(blank(a.country) ? { country: blank(a.country) } : {}),
        }))
      : [],
    source: { id: sourceId, paragraph: r.paragraph },
    additionalSources: [],
  };
}

export type Checked = { ok: true; record: ActivityFile } | { ok: false; problems: Problem[] };

export function checkReview(
  r: ReviewDraft,
  id: string,
  source: Pick<Source, 'id' | 'paragraphs'>,
  vocabulary: MergedVocabulary,
): Checked {
  const { records, problems } = validateCandidates([candidateOf(r, id, source.id)], {
    file: '',
    locate: () => ({}),
    sources: [source],
    vocabulary,
  });
  const record = records[0];
  return record && problems.length === 0 ? { ok: true, record } : { ok: false, problems };
}

/**
 * Record ids derived from the release, never from a guess about the event: `<source id>-p<paragraph>`, with a
 * counter when one paragraph yields two drafts. Drafting the same release again gives the same ids, so a second
 * import updates its records instead of duplicating them.
 */
export function recordIds(reviews: readonly ReviewDraft[], sourceId: string): string[] {
  const seen = new Map<number, number>();
  return reviews.map((r) => {
    const n = (seen.get(r.paragraph) ?? 0) + 1;
    seen.set(r.paragraph, n);
    return `${sourceId}-p${r.paragraph}${n > 1 ? `-${n}` : ''}`;
  });
}
