import type { ActivitiesFile, ActivityFile } from './activity';
import type { Source } from './source';

/** Modules as `import.meta.glob(…, { eager: true })` gives them: file path → parsed JSON. */
export type JsonModules<T> = Record<string, { default: T } | undefined>;

/**
 * The records of every activities file, files in path order: one data set however many releases it spans.
 * Path order keeps the data set (and so its hash) the same from one build to the next.
 */
export function activitiesOfFiles(files: JsonModules<ActivitiesFile>): ActivityFile[] {
  return Object.keys(files)
    .sort()
    .flatMap((path) => files[path]?.default.activities ?? []);
}

/** The entries of every sources file (`{ "sources": [...] }`), files in path order. */
export function sourcesOfFiles(files: JsonModules<{ sources: Source[] }>): Source[] {
  return Object.keys(files)
    .sort()
    .flatMap((path) => files[path]?.default.sources ?? []);
}
