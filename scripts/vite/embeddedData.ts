import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { ActivitiesFile, ActivityFile } from '../../src/domain/activity';
import { activitiesOfFiles, sourcesOfFiles, type JsonModules } from '../../src/domain/dataFiles.ts';
import type { Source } from '../../src/domain/source';

/**
 * The embedded data set (data/activities/ and data/sources/) as data, not code: the build writes it as one JSON
 * file and the app fetches it only when the database does not hold it yet (a first visit, or a newer data set).
 * A returning visit compares the build's content hash with the database's marker and fetches nothing, and no
 * visit parses the records as JavaScript. The module `virtual:embedded-data` exports that hash and a loader; in
 * development and tests the loader imports the same data as a module instead of fetching it.
 */
const ID = 'virtual:embedded-data';
const INLINE_ID = 'virtual:embedded-data/inline';
/**
 * data/taxonomy.json without its definitions, which the app does not show (they document the vocabulary for
 * whoever codes records, in data/taxonomy.md, and the test suite checks every entry has one): what every page
 * needs at start-up to label themes, types and organisations, 7 KB gzip lighter.
 */
const TAXONOMY_ID = 'virtual:taxonomy-labels';

export function taxonomyLabels(taxonomy: Record<string, unknown[]>): Record<string, unknown[]> {
  return Object.fromEntries(
    Object.entries(taxonomy).map(([kind, entries]) => [
      kind,
      entries.map((e) => {
        const { definition: _definition, ...rest } = e as { definition?: unknown };
        return rest;
      }),
    ]),
  );
}

function jsonFiles<T>(dir: string): { files: string[]; modules: JsonModules<T> } {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => join(dir, f));
  const modules: JsonModules<T> = {};
  for (const f of files) modules[f] = { default: JSON.parse(readFileSync(f, 'utf8')) as T };
  return { files, modules };
}

/** The data set as the app seeds it, and the files it was read from (in the order src/domain/dataFiles.ts gives). */
export function readEmbeddedData(root: string): {
  data: { activities: ActivityFile[]; sources: Source[] };
  files: string[];
} {
  const acts = jsonFiles<ActivitiesFile>(resolve(root, 'data/activities'));
  const srcs = jsonFiles<{ sources: Source[] }>(resolve(root, 'data/sources'));
  return {
    data: { activities: activitiesOfFiles(acts.modules), sources: sourcesOfFiles(srcs.modules) },
    files: [...acts.files, ...srcs.files],
  };
}

/** SHA-256 of the data set's JSON: the same value `hashOf` in src/db/embedded.ts computes in the browser. */
export function embeddedDataHash(json: string): string {
  return createHash('sha256').update(json).digest('hex');
}

export function embeddedData(): Plugin {
  let command: 'build' | 'serve' = 'serve';
  let root = process.cwd();
  let base = '/';
  return {
    name: 'agenda:embedded-data',
    configResolved(config) {
      command = config.command;
      root = config.root;
      base = config.base;
    },
    resolveId(id) {
      return id === ID || id === INLINE_ID || id === TAXONOMY_ID ? `\0${id}` : undefined;
    },
    load(id) {
      if (id === `\0${TAXONOMY_ID}`) {
        const file = resolve(root, 'data/taxonomy.json');
        this.addWatchFile(file);
        const taxonomy = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown[]>;
        return `export default ${JSON.stringify(taxonomyLabels(taxonomy))};`;
      }
      if (id !== `\0${ID}` && id !== `\0${INLINE_ID}`) return undefined;
      const { data, files } = readEmbeddedData(root);
      for (const f of files) this.addWatchFile(f);
      const json = JSON.stringify(data);
      if (id === `\0${INLINE_ID}`) return `export default ${json};`;
      const hash = embeddedDataHash(json);
      const head = `export const embeddedDataHash = ${JSON.stringify(hash)};\n`;
      if (command === 'serve')
        return `${head}export const loadEmbeddedData = () => import(${JSON.stringify(INLINE_ID)}).then((m) => m.default);\n`;
      const fileName = `assets/embedded-${hash.slice(0, 12)}.json`;
      this.emitFile({ type: 'asset', fileName, source: json });
      return `${head}export async function loadEmbeddedData() {
  const res = await fetch(${JSON.stringify(base + fileName)});
  if (!res.ok) throw new Error('The embedded data set could not be loaded (HTTP ' + res.status + ')');
  return res.json();
}\n`;
    },
  };
}
