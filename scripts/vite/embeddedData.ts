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

/** localStorage key of the hint "this browser has stored the data set with this hash" (src/db/embedded.ts). */
export const STORED_HINT_KEY = 'agenda-exterior:embedded-stored';

/**
 * A tiny classic script, loaded `async` from the page's head, that asks for the data set at once when the hint
 * says this browser has not stored it: as a preload the app's own fetch then picks up, while the app's code is
 * still downloading (the app can only ask once all its start-up modules have arrived and run, ~200 ms later).
 * An external file because the page's CSP allows no inline script.
 */
function hintScript(hash: string, url: string): string {
  return `try{if(localStorage.getItem(${JSON.stringify(STORED_HINT_KEY)})!==${JSON.stringify(hash)}){var l=document.createElement('link');l.rel='preload';l.as='fetch';l.crossOrigin='anonymous';l.href=${JSON.stringify(url)};document.head.appendChild(l)}}catch(e){}\n`;
}

/** `worker`: the instance for the workers' bundles, which have no page to add the hint to. */
export function embeddedData({ worker = false }: { worker?: boolean } = {}): Plugin {
  let command: 'build' | 'serve' = 'serve';
  let root = process.cwd();
  let base = '/';
  let built: { json: string; hash: string; fileName: string; hintFile: string; files: string[] } | null = null;
  const current = () => {
    if (command === 'build' && built) return built;
    const { data, files } = readEmbeddedData(root);
    const json = JSON.stringify(data);
    const hash = embeddedDataHash(json);
    const id = hash.slice(0, 12);
    built = { json, hash, fileName: `assets/embedded-${id}.json`, hintFile: `assets/embedded-hint-${id}.js`, files };
    return built;
  };
  return {
    name: 'agenda:embedded-data',
    configResolved(config) {
      command = config.command;
      root = config.root;
      base = config.base;
    },
    buildStart() {
      // The page's build writes the files; the workers' bundles only fetch the same address.
      if (command !== 'build' || worker) return;
      const { json, hash, fileName, hintFile } = current();
      this.emitFile({ type: 'asset', fileName, source: json });
      this.emitFile({ type: 'asset', fileName: hintFile, source: hintScript(hash, base + fileName) });
    },
    transformIndexHtml() {
      if (command !== 'build' || worker) return undefined;
      return [
        {
          tag: 'script',
          attrs: { src: base + current().hintFile, async: true },
          injectTo: 'head-prepend',
        },
      ];
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
      const { json, hash, fileName, files } = current();
      for (const f of files) this.addWatchFile(f);
      if (id === `\0${INLINE_ID}`) return `export default ${json};`;
      const head = `export const embeddedDataHash = ${JSON.stringify(hash)};\nexport const storedHintKey = ${JSON.stringify(STORED_HINT_KEY)};\n`;
      if (command === 'serve')
        return `${head}export const loadEmbeddedData = () => import(${JSON.stringify(INLINE_ID)}).then((m) => m.default);\n`;
      // Fetched as the hint script's preload asked for it (same URL, mode and credentials), so that one is used.
      return `${head}export async function loadEmbeddedData() {
  const res = await fetch(${JSON.stringify(base + fileName)}, { credentials: 'same-origin' });
  if (!res.ok) throw new Error('The embedded data set could not be loaded (HTTP ' + res.status + ')');
  return res.json();
}\n`;
    },
  };
}
