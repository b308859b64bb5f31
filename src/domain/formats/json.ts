import { ACTIVITIES_FORMAT, ACTIVITIES_VERSION, type ExportedActivity } from '../activity';
import { shown, type ParseResult, type Problem } from './problems';
import { JSONParser } from '@streamparser/json';
import { createValidator, PROGRESS_STEP, type ValidateOptions, type Validator } from './validate';
import { isEmpty, readCarried, withCarried, type Carried } from './carried';
import { embeddedVocabulary } from '../taxonomyData';
import { embeddedSources } from '../embeddedSources';

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
  const { activities, ...top } = data as Record<string, unknown>;
  const validator = validatorFor(fileName, options);
  if (Array.isArray(activities)) {
    const total = activities.length;
    activities.forEach((c, i) => {
      validator.add(c, i);
      if ((i + 1) % PROGRESS_STEP === 0 || i + 1 === total)
        options.onProgress?.({ done: i + 1, total, records: i + 1 });
    });
  }
  return finish(fileName, { ...top, ...('activities' in data && { activities }) }, validator, options);
}

const validatorFor = (fileName: string, options: ParseOptions) =>
  createValidator({
    file: fileName,
    locate: (i) => ({ index: i }),
    vocabulary: options.vocabulary ?? embeddedVocabulary,
    sources: options.sources ?? embeddedSources,
    // The file's own vocabulary and releases may come after its records (they do in files this app wrote before):
    // a record that needs them is checked once the whole file is read.
    deferTaxonomy: true,
  });

/**
 * The file as a whole, once its records went through `validator`: the top-level keys (`activities` only to tell
 * whether it was an array; its records are not needed here), the vocabulary and releases it carries, and the
 * records held back for them.
 */
function finish(
  fileName: string,
  obj: Record<string, unknown>,
  validator: Validator,
  options: ParseOptions,
): ParseResult {
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
  validator.settle(withCarried(options.vocabulary ?? embeddedVocabulary, carried), [
    ...(options.sources ?? embeddedSources),
    ...carried.sources,
  ]);
  // In the file's order (records held back for the file's own vocabulary were settled last).
  problems.push(...validator.problems.sort((a, b) => (a.index ?? 0) - (b.index ?? 0)));
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    records: validator.records,
    ...(!isEmpty(carried) && { carried }),
    ...(validator.stamps.size > 0 && { stamps: validator.stamps }),
  };
}

/** A JSON activities file read piece by piece (see readActivitiesJson). */
export interface JsonActivitiesReader {
  /** The next piece of the file's text. */
  write(text: string): void;
  /** The file is all read: the result, as parseActivitiesJson gives it for the same text. */
  end(): ParseResult;
  /** Records read so far. */
  readonly records: number;
}

/**
 * Reads a JSON activities file as it arrives, with a streaming parser (@streamparser/json): each record is
 * checked as soon as it is read and its raw form dropped, so a 150 MB export never exists as one string or as one
 * parsed document. The same checks and messages as parseActivitiesJson, apart from a syntax error's wording.
 */
export function readActivitiesJson(fileName: string, options: ParseOptions = {}): JsonActivitiesReader {
  const parser = new JSONParser({ paths: ['$.*', '$.activities.*'], keepStack: false });
  const validator = validatorFor(fileName, options);
  const top: Record<string, unknown> = {};
  let head = ''; // the text up to the first character that is not white space (a BOM dropped)
  let failure: Problem | null = null;
  let count = 0;
  parser.onValue = ({ value, key, parent, stack }) => {
    if (stack.length === 2 && stack[1]?.key === 'activities' && Array.isArray(parent) && typeof key === 'number') {
      validator.add(value, key);
      count++;
      // Checked: dropped from the array the parser is building (as the parser itself does with `keepStack: false`
      // when no ancestor is emitted; here `activities` is, to tell whether it was an array).
      parent.length -= 1;
    } else if (stack.length === 1 && typeof key === 'string') top[key] = value;
  };
  const fail = (p: Problem) => {
    failure ??= p;
  };
  return {
    get records() {
      return count;
    },
    write(piece) {
      if (failure) return;
      let text = piece;
      if (!/\S/.test(head)) {
        head += text;
        text = head.replace(/^\uFEFF/, '');
        const first = /\S/.exec(text)?.[0];
        if (first === undefined) return; // nothing but white space so far: wait for more
        head = text;
        if (first !== '{') {
          // Not an object (an array, a number…): said as parseActivitiesJson says it, or as a syntax error.
          let data: unknown;
          try {
            data = JSON.parse(text.length < 4096 ? text : '!');
          } catch {
            data = text.trim();
          }
          return fail(fileProblem(fileName, 'file.shape', { value: shown(data) }));
        }
      }
      if (text.includes('\u0000')) return fail(fileProblem(fileName, 'file.binary'));
      try {
        parser.write(text);
      } catch (e) {
        fail(fileProblem(fileName, 'file.notJson', { detail: shown((e as Error).message) }));
      }
    },
    end() {
      if (failure) return { ok: false, problems: [failure] };
      if (!/\S/.test(head)) return { ok: false, problems: [fileProblem(fileName, 'file.empty')] };
      if (!parser.isEnded) {
        try {
          parser.end();
        } catch (e) {
          return {
            ok: false,
            problems: [fileProblem(fileName, 'file.notJson', { detail: shown((e as Error).message) })],
          };
        }
      }
      options.onProgress?.({ done: count, total: count, records: count });
      return finish(fileName, top, validator, options);
    },
  };
}
