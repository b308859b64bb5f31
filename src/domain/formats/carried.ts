import type { ActivityFile } from '../activity';
import { sourceSchema, type Source } from '../source';
import { mergeVocabulary, NO_ADDITIONS, type AddedVocabulary, type MergedVocabulary } from '../vocabulary';
import { parseEntry } from '../vocabularyEntry';
import { shown, type Problem } from './problems';

/**
 * What a JSON export carries beside its records so that another browser can import them: the analyst's own
 * vocabulary entries the records use, and the analyst's releases they cite. Embedded entries and releases are
 * never carried (every copy of the app has them).
 */
export interface Carried {
  vocabulary: AddedVocabulary;
  sources: Source[];
}

export function carriedBy(
  records: readonly ActivityFile[],
  vocab: MergedVocabulary,
  sources: readonly Source[],
): Carried {
  const themes = new Set(records.flatMap((r) => r.themes));
  const types = new Set(records.map((r) => r.type));
  const orgs = new Set(records.flatMap((r) => r.organizations));
  const cited = new Set(records.map((r) => r.source.id));
  return {
    vocabulary: {
      themes: vocab.themes.filter((e) => themes.has(e.id) && vocab.isAdded('theme', e.id)),
      activityTypes: vocab.activityTypes.filter((e) => types.has(e.id) && vocab.isAdded('type', e.id)),
      organizations: vocab.organizations.filter((e) => orgs.has(e.id) && vocab.isAdded('organization', e.id)),
    },
    sources: sources.filter((s) => s.origin === 'analyst' && cited.has(s.id)),
  };
}

export const isEmpty = (c: Carried) =>
  c.sources.length === 0 &&
  c.vocabulary.themes.length + c.vocabulary.activityTypes.length + c.vocabulary.organizations.length === 0;

/** The file's `vocabulary` and `sources`, checked entry by entry; each bad one is a problem naming it. */
export function readCarried(obj: Record<string, unknown>, file: string): { carried: Carried; problems: Problem[] } {
  const problems: Problem[] = [];
  const bad = (field: string, value: unknown) =>
    problems.push({ file, field, code: 'invalid', params: { value: shown(value) } });
  const v = obj.vocabulary;
  const lists: AddedVocabulary = { themes: [], activityTypes: [], organizations: [] };
  if (v !== undefined && (v === null || typeof v !== 'object' || Array.isArray(v))) bad('vocabulary', v);
  else if (v) {
    const kinds = { themes: 'theme', activityTypes: 'type', organizations: 'organization' } as const;
    for (const [key, raw] of Object.entries(v as Record<string, unknown>)) {
      const kind = kinds[key as keyof typeof kinds] as (typeof kinds)[keyof typeof kinds] | undefined;
      if (!kind || !Array.isArray(raw)) {
        bad(`vocabulary.${key}`, raw);
        continue;
      }
      raw.forEach((e: unknown, i) => {
        const entry = parseEntry(kind, e);
        if (entry) (lists[key as keyof AddedVocabulary] as unknown[]).push(entry);
        else bad(`vocabulary.${key}[${i}]`, e);
      });
    }
  }
  const sources: Source[] = [];
  const s = obj.sources;
  if (s !== undefined && !Array.isArray(s)) bad('sources', s);
  else
    (s ?? []).forEach((raw: unknown, i: number) => {
      const r = sourceSchema.safeParse(raw);
      if (r.success) sources.push({ ...r.data, origin: 'analyst' });
      else bad(`sources[${i}]`, (raw as { id?: unknown } | null)?.id ?? raw);
    });
  return { carried: { vocabulary: lists, sources }, problems };
}

/** The vocabulary a file's records are checked against: the browser's, plus what the file carries. */
export function withCarried(base: MergedVocabulary, c: Carried): MergedVocabulary {
  if (isEmpty({ ...c, sources: [] })) return base;
  return mergeVocabulary(
    { themes: [...base.themes], activityTypes: [...base.activityTypes], organizations: [...base.organizations] },
    c.vocabulary,
  );
}

export const NOTHING_CARRIED: Carried = { vocabulary: NO_ADDITIONS, sources: [] };
