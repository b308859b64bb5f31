import { ACTIVITIES_FORMAT, ACTIVITIES_VERSION, type ExportedActivity } from '../activity';
import { shown, type ParseResult, type Problem } from './problems';
import { validateCandidates, type ValidateOptions } from './validate';
import { isEmpty, readCarried, withCarried, type Carried } from './carried';
import { embeddedSources, embeddedVocabulary } from '../taxonomyData';

export const BACKUP_FORMAT = 'agenda-exterior.backup';

/**
 * The contract's JSON file: `{format, version, activities}`, pretty-printed so a diff of two exports reads well.
 * When the records use the analyst's own vocabulary entries or cite their own releases, those travel with them
 * (`vocabulary`, `sources`), so the file imports in another browser too. A record written with its
 * `updatedAt` (toExportRecord) keeps it through an import there.
 */
export function activitiesToJson(records: readonly ExportedActivity[], carried?: Carried): string {
  const extra = carried && !isEmpty(carried) ? carriedFields(carried) : {};
  return `${JSON.stringify({ format: ACTIVITIES_FORMAT, version: ACTIVITIES_VERSION, activities: records, ...extra }, null, 2)}\n`;
}

function carriedFields({ vocabulary: v, sources }: Carried) {
  const lists = Object.entries(v).filter(([, list]) => (list as unknown[]).length > 0);
  return {
    ...(lists.length > 0 && { vocabulary: Object.fromEntries(lists) }),
    ...(sources.length > 0 && { sources }),
  };
}

export type ParseOptions = Pick<ValidateOptions, 'sources' | 'vocabulary' | 'onProgress'>;

const fileProblem = (file: string, code: Problem['code'], params?: Problem['params']): Problem => ({
  file,
  field: '(file)',
  code,
  ...(params && { params }),
});

/** Reads a JSON activities file. Any problem anywhere means no records: a file imports whole or not at all. */
export function parseActivitiesJson(text: string, fileName: string, options: ParseOptions = {}): ParseResult {
  const body = text.replace(/^\uFEFF/, '');
  if (!/\S/.test(body)) return { ok: false, problems: [fileProblem(fileName, 'file.empty')] };
  if (body.includes('\u0000')) return { ok: false, problems: [fileProblem(fileName, 'file.binary')] };
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (e) {
    return { ok: false, problems: [fileProblem(fileName, 'file.notJson', { detail: shown((e as Error).message) })] };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    return { ok: false, problems: [fileProblem(fileName, 'file.shape', { value: shown(data) })] };
  const obj = data as Record<string, unknown>;
  if (obj.format === BACKUP_FORMAT) return { ok: false, problems: [fileProblem(fileName, 'file.isBackup')] };
  const problems: Problem[] = [];
  if (obj.format !== ACTIVITIES_FORMAT)
    problems.push({
      file: fileName,
      field: 'format',
      code: 'file.format',
      params: { value: shown(obj.format), expected: ACTIVITIES_FORMAT },
    });
  if (obj.version !== ACTIVITIES_VERSION)
    problems.push({
      file: fileName,
      field: 'version',
      code: 'file.version',
      params: { value: shown(obj.version), expected: ACTIVITIES_VERSION },
    });
  for (const key of Object.keys(obj))
    if (!['format', 'version', 'activities', 'vocabulary', 'sources'].includes(key))
      problems.push({ file: fileName, field: key, code: 'unknownField', params: { value: key } });
  if (!Array.isArray(obj.activities)) {
    problems.push({
      file: fileName,
      field: 'activities',
      code: 'file.shape',
      params: { value: shown(obj.activities) },
    });
    return { ok: false, problems };
  }
  const { carried, problems: carriedProblems } = readCarried(obj, fileName);
  problems.push(...carriedProblems);
  // A wrong tag or version still gets its records checked: the analyst sees everything to fix in one go.
  const checked = validateCandidates(obj.activities, {
    file: fileName,
    locate: (i) => ({ index: i }),
    ...options,
    vocabulary: withCarried(options.vocabulary ?? embeddedVocabulary, carried),
    sources: [...(options.sources ?? embeddedSources), ...carried.sources],
  });
  problems.push(...checked.problems);
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    records: checked.records,
    ...(!isEmpty(carried) && { carried }),
    ...(checked.stamps.size > 0 && { stamps: checked.stamps }),
  };
}
