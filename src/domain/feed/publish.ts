import type { ActivityFile } from '../activity';
import { parseActivitiesCsv } from '../formats/csvReader';
import { kindOf } from '../formats/importFile';
import { parseActivitiesJson } from '../formats/json';
import type { Problem } from '../formats/problems';
import { embeddedSources } from '../embeddedSources';
import { buildFeed, type BuiltFeed } from './build';

export interface InputFile {
  name: string;
  text: string;
}

export type PublishResult = { ok: true; feed: BuiltFeed } | { ok: false; problems: Problem[] };

/**
 * What `npm run feed:build` publishes: files of the JSON or CSV format, checked exactly as the app's import checks
 * them (schema, taxonomy, cited paragraphs; no size limit, since a feed is split into chunks), an id only once
 * across all of them. Any problem means no feed: a half-published data set would be worse than none.
 */
export async function publishFeed(
  files: readonly InputFile[],
  meta: { title: string; generated: string },
): Promise<PublishResult> {
  const problems: Problem[] = [];
  const records: ActivityFile[] = [];
  const firstFile = new Map<string, string>();
  for (const f of files) {
    const kind = kindOf(f.name, f.text);
    const parsed =
      kind === 'csv'
        ? parseActivitiesCsv(f.text, f.name)
        : kind === 'json'
          ? parseActivitiesJson(f.text, f.name)
          : { ok: false as const, problems: [{ file: f.name, field: '(file)', code: 'file.kind' as const }] };
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      continue;
    }
    for (const r of parsed.records) {
      const first = firstFile.get(r.id);
      if (first !== undefined)
        problems.push({ file: f.name, id: r.id, field: 'id', code: 'id.duplicate', params: { value: r.id, first } });
      else {
        firstFile.set(r.id, f.name);
        records.push(r);
      }
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, feed: await buildFeed(records, { ...meta, sources: embeddedSources }) };
}
