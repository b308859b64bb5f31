import { ACTIVITIES_FORMAT, ACTIVITIES_VERSION, type ActivityFile } from '../activity';
import { shown, type ParseResult, type Problem } from './problems';
import { validateCandidates, type ValidateOptions } from './validate';

export const BACKUP_FORMAT = 'agenda-exterior.backup';

/** The contract's JSON file: `{format, version, activities}`, pretty-printed so a diff of two exports reads well. */
export function activitiesToJson(records: readonly ActivityFile[]): string {
  return `${JSON.stringify({ format: ACTIVITIES_FORMAT, version: ACTIVITIES_VERSION, activities: records }, null, 2)}\n`;
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
    if (!['format', 'version', 'activities'].includes(key))
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
  // A wrong tag or version still gets its records checked: the analyst sees everything to fix in one go.
  const checked = validateCandidates(obj.activities, { file: fileName, locate: (i) => ({ index: i }), ...options });
  problems.push(...checked.problems);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, records: checked.records };
}
