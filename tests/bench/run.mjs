// npm run bench [-- --quick | --n 100000 --runs 5 | --only cold,bundle,import,filter]
// Builds the app, serves it on 127.0.0.1, drives Debian Chromium and prints each figure (median of the runs) next
// to its baseline measured in the same run, then writes the figures to tests/bench/results/latest.json.
// Timings are printed, never asserted: `npm test` does not run this.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { CHROMIUM } from '../e2e/helpers.mjs';
import { buildApp, importLimitBytes, serve, writeDataSet } from './lib/build.mjs';
import { chromiumVersion } from './lib/browser.mjs';
import { readOptions } from './lib/options.mjs';
import { figures, printTable } from './lib/report.mjs';
import { bundleSize } from './scenarios/bundle.mjs';
import { coldVisit } from './scenarios/cold.mjs';
import { domainCosts } from './scenarios/domain.mjs';
import { feedSync } from './scenarios/feed.mjs';
import { filterAtScale } from './scenarios/filter.mjs';
import { importThroughUi } from './scenarios/import.mjs';

const root = resolve(import.meta.dirname, '../..');
if (!existsSync(CHROMIUM)) {
  console.error(`Chromium not found at ${CHROMIUM}. Install it with: apt-get install -y chromium`);
  process.exit(1);
}
const opts = readOptions();
const log = (msg) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}`);
const started = Date.now();
const load0 = loadavg();

log(
  `building (n=${opts.n}${opts.rich ? ' real-size records' : ''}, runs=${opts.runs}, scenarios ${opts.only.join(',')})`,
);
const { outDir, chunks } = await buildApp(root);
const needsData = ['import', 'filter', 'feed'].some((s) => opts.only.includes(s));
const data = needsData ? await writeDataSet(root, outDir, opts.n, opts.seed, 'json', opts.rich) : null;
if (data) log(`data set: ${opts.n} records, ${(data.bytes / 1e6).toFixed(1)} MB`);
// The same records are imported as JSON and as CSV (the contract's two formats), each against the raw put of the
// JSON's records. A file over the import's size limit is not imported: the same records as CSV instead, or, if that
// is over the limit too, the largest round thousand that fits.
let importData = data;
let importCsv = null;
if (data && opts.only.includes('import')) {
  const limit = await importLimitBytes(root);
  const mb = (x) => `${(x.bytes / 1e6).toFixed(1)} MB`;
  if (data.bytes <= limit) {
    const csv = await writeDataSet(root, outDir, opts.n, opts.seed, 'csv', opts.rich);
    if (csv.bytes <= limit) importCsv = { ...csv, baselinePath: data.path };
  } else {
    const csv = await writeDataSet(root, outDir, opts.n, opts.seed, 'csv', opts.rich);
    if (csv.bytes <= limit) {
      importData = { ...csv, baselinePath: data.path };
      log(
        `the import takes at most ${(limit / 2 ** 20).toFixed(0)} MiB and the JSON is ${mb(data)}: importing the same ${opts.n} records as CSV (${mb(csv)})`,
      );
    } else {
      const fits = Math.floor(((limit / csv.bytes) * opts.n * 0.99) / 1000) * 1000;
      const small = await writeDataSet(root, outDir, fits, opts.seed, 'csv', opts.rich);
      const smallJson = await writeDataSet(root, outDir, fits, opts.seed, 'json', opts.rich);
      importData = { ...small, baselinePath: smallJson.path };
      log(
        `the import takes at most ${(limit / 2 ** 20).toFixed(0)} MiB: importing ${fits} records as CSV (${mb(small)})`,
      );
    }
  }
}
const server = await serve(root, outDir);
const ctx = { root, base: server.base, runs: opts.runs, n: opts.n, seed: opts.seed, data, importData, chunks, outDir };

const results = { n: opts.n, runs: opts.runs };
try {
  results.chromium = await chromiumVersion();
  if (opts.only.includes('cold')) {
    log('cold first visit');
    results.cold = await coldVisit(ctx);
  }
  if (opts.only.includes('bundle')) {
    log('JS for /');
    results.bundle = await bundleSize(ctx);
  }
  if (opts.only.includes('import')) {
    log('import through the UI vs raw put');
    results.import = await importThroughUi(ctx);
    if (importCsv) results.importCsv = await importThroughUi({ ...ctx, importData: importCsv });
  }
  if (opts.only.includes('filter')) {
    log('filter changes and heap at scale');
    results.filter = await filterAtScale(ctx);
  }
  if (opts.only.includes('feed')) {
    log('first sync of a team feed vs raw put');
    results.feed = await feedSync(ctx);
  }
  if (opts.only.includes('domain')) {
    log('domain functions in Node');
    results.domain = await domainCosts(ctx);
  }
} finally {
  server.stop();
  rmSync(outDir, { recursive: true, force: true });
}

const rows = figures(results);
console.log(
  `\nAgenda Exterior bench: ${opts.n.toLocaleString('en-GB')} records, median of ${opts.runs} run(s), ${results.chromium}, ${cpus().length} CPUs, load ${load0[0].toFixed(2)}\n`,
);
printTable(rows);
if (results.domain) {
  console.log(
    `\nWhere a filter change spends its time, in Node over ${opts.n.toLocaleString('en-GB')} records (median of 7):`,
  );
  for (const r of results.domain.rows) console.log(`${r.ms.toFixed(1).padStart(9)} ms  ${r.what}`);
}

const out = resolve(root, opts.out ?? 'tests/bench/results/latest.json');
mkdirSync(dirname(out), { recursive: true });
const meta = {
  date: new Date().toISOString(),
  node: process.version,
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model,
  loadAverage: { start: load0, end: loadavg() },
  durationS: Math.round((Date.now() - started) / 1000),
  seed: opts.seed,
  dataBytes: data?.bytes ?? null,
  importDataBytes: importData?.bytes ?? null,
  importDataFormat: importData?.format ?? null,
};
// Chunk module code is bulky and already summarised in `bundle.composition`.
// Formatted as the repository's prettier would, so `npm run format` leaves the committed file alone.
const json = JSON.stringify({ meta, figures: rows, results });
writeFileSync(out, await format(json, { ...(await resolveConfig(out)), parser: 'json' }));
log(`wrote ${out}`);
