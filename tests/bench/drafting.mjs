// npm run bench:drafting [-- --runs 15] [-- --dir PATH]   (or DRAFTING_FIXTURES=PATH)
// Builds the drafting worker with a one-page harness, serves it on 127.0.0.1, drives Debian Chromium and prints
// the median time to draft a release of about 1,000 words in the worker (round trip from the main thread), the
// longest main-thread task meanwhile, and the worker bundle's size. The release is assembled from the labelled
// Spanish releases of tests/fixtures/releases/ (real wording), paragraph by paragraph until 1,000 words.
// Timings are printed, never asserted.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { openBrowser as launch } from '../e2e/helpers.mjs';
import { serve } from '../lib/serve.mjs';
import { median } from './lib/stats.mjs';

const root = resolve(import.meta.dirname, '../..');
const { values } = parseArgs({ options: { runs: { type: 'string', default: '15' }, dir: { type: 'string' } } });
const runs = Number(values.runs);
const dir = resolve(root, values.dir ?? process.env.DRAFTING_FIXTURES ?? 'tests/fixtures/releases');

function release() {
  const fixtures = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')))
    .filter((f) => f.language === 'es');
  const paragraphs = [];
  let words = 0;
  for (const f of fixtures)
    for (const p of f.text.split(/\n\s*\n/).slice(1)) {
      if (words >= 1000) break;
      paragraphs.push(p);
      words += p.split(/\s+/).length;
    }
  return { text: ['Nota de prensa', '10 de diciembre de 2025', ...paragraphs].join('\n\n'), words };
}

const outDir = mkdtempSync(join(tmpdir(), 'agenda-drafting-bench-'));
const { text, words } = release();
await build({
  root: join(root, 'tests/bench/drafting'),
  configFile: false,
  logLevel: 'warn',
  build: { outDir, emptyOutDir: true },
});
const assets = readdirSync(join(outDir, 'assets'));
const worker = assets.filter((f) => f.includes('drafting.worker') && f.endsWith('.js'));
const bytes = worker.reduce((n, f) => n + statSync(join(outDir, 'assets', f)).size, 0);
const gzip = worker.reduce((n, f) => n + gzipSync(readFileSync(join(outDir, 'assets', f))).length, 0);

const server = await serve(root, outDir);
const b = await launch();
try {
  await b.page.addInitScript(() => {
    window.__long = [];
    new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__long.push(e.duration))).observe({
      type: 'longtask',
    });
  });
  await b.page.goto(`${server.base}/`);
  await b.page.waitForFunction(() => typeof window.__draft === 'function');
  const input = { text, releaseDate: '2025-12-10', issuer: 'Ministerio de Relaciones Exteriores del Perú' };
  const first = await b.page.evaluate((i) => window.__draft(i), input);
  // Long tasks of the page's own start-up are not the drafting's.
  await b.page.evaluate(() => (window.__long = []));
  const times = [];
  let drafts = 0;
  for (let i = 0; i < runs; i++) {
    const r = await b.page.evaluate((x) => window.__draft(x), input);
    times.push(r.ms);
    drafts = r.drafts;
  }
  const longest = await b.page.evaluate(() => Math.max(0, ...window.__long));
  times.sort((a, c) => a - c);
  console.log(`\nDrafting in the worker: a release of ${words} words (${text.length} characters), ${drafts} drafts`);
  console.log(`  first call (worker start-up included): ${first.ms.toFixed(0)} ms`);
  console.log(
    `  median of ${runs}: ${median(times).toFixed(0)} ms   (min ${times[0].toFixed(0)}, max ${times.at(-1).toFixed(0)})`,
  );
  console.log(`  longest main-thread task meanwhile: ${longest.toFixed(0)} ms`);
  console.log(
    `  worker bundle: ${(bytes / 1024).toFixed(0)} KB, ${(gzip / 1024).toFixed(0)} KB gzip (${worker.join(', ')})`,
  );
  const errors = b.errors.filter((e) => !e.includes('404'));
  if (errors.length) console.log('  errors:', errors);
} finally {
  await b.close();
  server.stop();
  rmSync(outDir, { recursive: true, force: true });
}
