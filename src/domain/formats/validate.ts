import type { z } from 'zod';
import { exportedActivitySchema, type ActivityFile, type ExportedActivity } from '../activity';
import { isCountryCode } from '../countries';
import { embeddedVocabulary } from '../taxonomyData';
import { embeddedSources } from '../embeddedSources';
import type { MergedVocabulary } from '../vocabulary';
import type { Source } from '../source';
import { isProblemCode, shown, type Problem, type ProblemCode } from './problems';

type Path = readonly PropertyKey[];

export interface FieldName {
  field: string;
  params?: Record<string, string | number>;
}

export interface ValidateOptions {
  file: string;
  /** Where candidate `i` sits in the file: a CSV row or a JSON index. */
  locate: (i: number) => { row?: number; index?: number };
  /** How a path inside a record is named for the analyst (a CSV column, or a JSON path by default). */
  fieldOf?: (path: Path) => FieldName;
  /**
   * The themes, types and organisations a record may use: the app passes the merged vocabulary (embedded + the
   * analyst's, see readVocabulary); the embedded one when none is given (data-set checks, property tests).
   */
  vocabulary?: MergedVocabulary;
  /** Sources whose paragraphs are known; a record citing one must cite a paragraph it has. */
  sources?: readonly Pick<Source, 'id' | 'paragraphs'>[];
  /** Called every PROGRESS_STEP candidates and at the end, for a progress bar. */
  onProgress?: (p: CheckProgress) => void;
}

/**
 * How far a check has got: `done` of `total` drives a progress bar (records for JSON, characters for CSV, whose
 * record count is only known at the end); `records` is the number of records checked so far.
 */
export interface CheckProgress {
  done: number;
  total: number;
  records: number;
}

export const PROGRESS_STEP = 2000;

/** `places[0].lat`, `title.es`: the path as it reads in the JSON file. */
export function jsonPath(path: Path): FieldName {
  let s = '';
  for (const p of path) s += typeof p === 'number' ? `[${p}]` : `${s ? '.' : ''}${String(p)}`;
  return { field: s || '(record)' };
}

function codeOf(issue: z.core.$ZodIssue): { code: ProblemCode; params: Record<string, string | number> } {
  const params: Record<string, string | number> = {};
  if (isProblemCode(issue.message)) return { code: issue.message, params };
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return { code: 'required', params };
      if (issue.expected === 'int') return { code: 'integer', params };
      return { code: 'type', params: { expected: issue.expected } };
    case 'invalid_value':
      // A choice left empty is missing, not a wrong value ("Date precision: “” is not one of…").
      if (issue.input === undefined) return { code: 'required', params };
      return { code: 'enum', params: { options: issue.values.map(String).join(', ') } };
    case 'too_small':
      return { code: 'tooSmall', params: { limit: Number(issue.minimum) } };
    case 'too_big':
      return { code: 'tooBig', params: { limit: Number(issue.maximum) } };
    case 'invalid_format':
      if (issue.format === 'url') return { code: 'url', params };
      return { code: 'invalid', params };
    default:
      return { code: 'invalid', params };
  }
}

/** The taxonomy checks zod cannot know: codes must name a real country, theme, type, organisation, paragraph. */
function taxonomyProblems(
  a: ActivityFile,
  sources: ReadonlyMap<string, ReadonlySet<number>>,
  { typesById, themesById, orgsById }: MergedVocabulary,
) {
  const out: { path: Path; code: ProblemCode; value: string | number }[] = [];
  if (!typesById.has(a.type)) out.push({ path: ['type'], code: 'type.unknown', value: a.type });
  a.themes.forEach((t, i) => {
    if (!themesById.has(t)) out.push({ path: ['themes', i], code: 'theme.unknown', value: t });
  });
  a.organizations.forEach((o, i) => {
    if (!orgsById.has(o)) out.push({ path: ['organizations', i], code: 'organization.unknown', value: o });
  });
  a.countries.forEach((c, i) => {
    if (!isCountryCode(c)) out.push({ path: ['countries', i], code: 'country.unknown', value: c });
  });
  a.places.forEach((p, i) => {
    if (!isCountryCode(p.country))
      out.push({ path: ['places', i, 'country'], code: 'country.unknown', value: p.country });
  });
  a.actors.forEach((p, i) => {
    if (!isCountryCode(p.country))
      out.push({ path: ['actors', i, 'country'], code: 'country.unknown', value: p.country });
  });
  const paragraphs = sources.get(a.source.id);
  if (paragraphs && !paragraphs.has(a.source.paragraph))
    out.push({ path: ['source', 'paragraph'], code: 'source.paragraph', value: a.source.paragraph });
  return out;
}

function valueAt(root: unknown, path: Path): unknown {
  let v = root;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
}

export interface Validator {
  /** Checks candidate `i` (its position in the file, for `locate`). */
  add(candidate: unknown, i: number): void;
  records: ActivityFile[];
  /** The `updatedAt` of the valid records that had one, by id (the records themselves are content only). */
  stamps: Map<string, string>;
  problems: Problem[];
  /**
   * With `deferTaxonomy`: checks the records held back against the vocabulary and sources known at the end (a
   * JSON file may carry its own after its records), adding them to `records` or their problems to `problems`.
   */
  settle(vocabulary: MergedVocabulary, sources: readonly Pick<Source, 'id' | 'paragraphs'>[]): void;
}

const sourceMapOf = (sources: readonly Pick<Source, 'id' | 'paragraphs'>[]) =>
  new Map(sources.map((s) => [s.id, new Set(s.paragraphs.map((p) => p.number))]));

/**
 * Validates candidate records with the schema of the embedded data plus the taxonomy, and reports every problem
 * (not just the first) with where it is. Repeated ids inside one file are an error at each repeat. Candidates are
 * added one at a time, so a reader can check each record as it builds it (no second pass over the file).
 */
export function createValidator({
  file,
  locate,
  fieldOf = jsonPath,
  sources = embeddedSources,
  vocabulary = embeddedVocabulary,
  deferTaxonomy = false,
}: Omit<ValidateOptions, 'onProgress'> & {
  /**
   * Hold back, instead of refusing, a record that uses a theme, type or organisation not known yet or cites a
   * release not known yet; `settle` checks those once the file's own vocabulary and releases are read.
   */
  deferTaxonomy?: boolean;
}): Validator {
  const sourceMap = sourceMapOf(sources);
  const deferred: { data: ExportedActivity; i: number; slot: number }[] = [];
  const records: ActivityFile[] = [];
  const stamps = new Map<string, string>();
  const problems: Problem[] = [];
  const firstSeen = new Map<string, number>();
  // Only called for a problem: a valid record (nearly all of a large file) allocates nothing for it.
  const problemAt = (
    i: number,
    id: string | undefined,
    path: Path,
    code: ProblemCode,
    params: Record<string, string | number>,
  ): Problem => {
    const f = fieldOf(path);
    return {
      file,
      ...locate(i),
      ...(id !== undefined && { id }),
      field: f.field,
      code,
      params: { ...f.params, ...params },
    };
  };
  // Split off only when present: most records of a large file have no stamp, and need no copy.
  const content = (data: ExportedActivity): ActivityFile => {
    if (data.updatedAt === undefined) return data;
    const { updatedAt, ...record } = data;
    stamps.set(record.id, updatedAt);
    return record;
  };
  const add = (candidate: unknown, i: number) => {
    const rawId = valueAt(candidate, ['id']);
    const id = typeof rawId === 'string' && rawId !== '' ? rawId : undefined;
    const at = (path: Path, code: ProblemCode, params: Record<string, string | number>) =>
      problemAt(i, id, path, code, params);
    if (candidate === null || typeof candidate !== 'object' || Array.isArray(candidate)) {
      problems.push(at([], 'record.notObject', { value: shown(candidate) }));
      return;
    }
    if (id !== undefined) {
      const first = firstSeen.get(id);
      if (first === undefined) firstSeen.set(id, i);
      else {
        const w = locate(first);
        problems.push(at(['id'], 'id.duplicate', { value: id, first: w.row ?? w.index ?? first }));
      }
    }
    const parsed = exportedActivitySchema.safeParse(candidate, { reportInput: true });
    if (!parsed.success) {
      const badFormat = new Set(
        parsed.error.issues.filter((x) => x.message === 'date.format').map((x) => x.path.join('.')),
      );
      for (const issue of parsed.error.issues) {
        const { code, params } = codeOf(issue);
        // "2025/13/45 is not in the form YYYY-MM-DD" says it all: no second "is not a date" for the same cell.
        if (code === 'date.invalid' && badFormat.has(issue.path.join('.'))) continue;
        if (issue.code === 'unrecognized_keys') {
          for (const key of issue.keys) problems.push(at([...issue.path, key], 'unknownField', { value: key }));
          continue;
        }
        // The value as written in the file (a custom check's `input` would be the whole record).
        const value = valueAt(candidate, issue.path);
        problems.push(at(issue.path, code, { ...params, ...(value !== undefined && { value: shown(value) }) }));
      }
      return;
    }
    const tax = taxonomyProblems(parsed.data, sourceMap, vocabulary);
    if (deferTaxonomy && (tax.length > 0 || !sourceMap.has(parsed.data.source.id))) {
      // Its place is kept, so the records stay in the file's order. A record that fails when settled leaves its
      // place empty, but then the file is refused as a whole and its records are not used.
      deferred.push({ data: parsed.data, i, slot: records.length });
      records.push(parsed.data);
      return;
    }
    for (const p of tax) problems.push(at(p.path, p.code, { value: p.value }));
    if (tax.length === 0) records.push(content(parsed.data));
  };
  const settle: Validator['settle'] = (vocab, srcs) => {
    const map = sourceMapOf(srcs);
    for (const { data, i, slot } of deferred.splice(0)) {
      const tax = taxonomyProblems(data, map, vocab);
      for (const p of tax) problems.push(problemAt(i, data.id, p.path, p.code, { value: p.value }));
      if (tax.length === 0) records[slot] = content(data);
    }
  };
  return { add, records, stamps, problems, settle };
}

/** Validates a list of candidates (see createValidator), reporting progress every PROGRESS_STEP. */
export function validateCandidates(
  candidates: readonly unknown[],
  options: ValidateOptions,
): { records: ActivityFile[]; stamps: Map<string, string>; problems: Problem[] } {
  const v = createValidator(options);
  const total = candidates.length;
  candidates.forEach((c, i) => {
    v.add(c, i);
    if ((i + 1) % PROGRESS_STEP === 0 || i + 1 === total) options.onProgress?.({ done: i + 1, total, records: i + 1 });
  });
  return { records: v.records, stamps: v.stamps, problems: v.problems };
}
