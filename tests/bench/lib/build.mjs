// Builds the app into a temporary directory (recording what each chunk is made of), writes the synthetic data set
// next to it, and serves the result with `vite preview` on a free 127.0.0.1 port.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { importAppModule } from '../../../scripts/vite/runner.mjs';
import { textBySource } from './sourcemap.mjs';

/** A Vite plugin that keeps, for every chunk, its imports and the minified code each source module became. */
function composition(into) {
  return {
    name: 'bench-composition',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        into.push({
          fileName: chunk.fileName,
          isEntry: chunk.isEntry,
          isDynamicEntry: chunk.isDynamicEntry,
          facadeModuleId: chunk.facadeModuleId,
          imports: chunk.imports,
          dynamicImports: chunk.dynamicImports,
          // The minified text each source module produced, from the (hidden) source map.
          bySource: chunk.map
            ? [...textBySource(chunk.code, chunk.map)].map(([source, code]) => ({ source, code }))
            : [],
          // JSON modules carry no mappings: their rendered text stands in for their share of the chunk.
          json: Object.entries(chunk.modules)
            .filter(([id]) => /\.json$/.test(id))
            .map(([source, m]) => ({ source, code: m.code ?? '' })),
        });
      }
    },
  };
}

/** `minify: false` is for profiling (readable function names); the bench itself measures the production build. */
export async function buildApp(root, { minify = true } = {}) {
  const outDir = mkdtempSync(join(tmpdir(), 'agenda-bench-dist-'));
  const chunks = [];
  await build({
    root,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'warn',
    // 'hidden' writes .map files but no sourceMappingURL comment: the served JS is byte for byte the production JS.
    build: { outDir, emptyOutDir: true, sourcemap: 'hidden', ...(minify ? {} : { minify: false }) },
    plugins: [composition(chunks)],
  });
  return { outDir, chunks };
}

/**
 * Writes the generated data set into the served directory, so the page can fetch it for the baselines. `format`
 * 'csv' writes the same records in the contract's CSV (what `npm run generate -- --format csv` writes).
 */
export async function writeDataSet(root, outDir, n, seed, format = 'json', rich = false) {
  const module = await importAppModule('/src/testing/generate.ts', { root, logLevel: 'warn' });
  const records = module.generateActivities(n, seed, { rich });
  let text;
  if (format === 'csv') {
    const csv = await importAppModule('/src/domain/formats/csv.ts', { root, logLevel: 'warn' });
    text = csv.activitiesToCsv(records);
  } else text = module.toActivitiesJson(records);
  const dir = join(outDir, 'bench');
  mkdirSync(dir, { recursive: true });
  const name = `synthetic-${n}-${seed}${rich ? '-rich' : ''}.${format}`;
  const file = join(dir, name);
  writeFileSync(file, text);
  return { n, format, file, path: `/bench/${name}`, bytes: Buffer.byteLength(text) };
}

/** The import's file-size limit, read from the app's code (Infinity if it has none). */
export async function importLimitBytes(root) {
  try {
    const module = await importAppModule('/src/domain/formats/problems.ts', { root, logLevel: 'warn' });
    return module.MAX_FILE_BYTES ?? Infinity;
  } catch {
    return Infinity;
  }
}

export { serve } from '../../lib/serve.mjs';
