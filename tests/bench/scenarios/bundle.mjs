// 2. Gzip size of the JS needed to render `/`'s first chart: measured twice, as the browser fetched it (every
// same-origin .js requested before the first chart was drawn; what is requested later — the idle-time "Download
// data" menu, the service worker, the feeds' sync — is listed apart) and from the build's chunk graph (entry +
// static imports + the overview route's lazy chunk and its imports), with what each package contributes. The
// embedded data set, fetched as JSON on a first visit, is reported on its own line.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { openBrowser } from '../lib/browser.mjs';

const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const KB = 1024;

export async function fetchedJs(base) {
  const b = await openBrowser({ watchFirstPaint: true });
  const bodies = [];
  b.page.on('response', (r) => {
    const u = new URL(r.url());
    if (u.origin === base && /\.(js|json)$/.test(u.pathname))
      bodies.push(r.body().then((body) => ({ path: u.pathname, body })));
  });
  try {
    await b.page.goto(`${base}/?lang=en`, { waitUntil: 'networkidle' });
    await b.page.waitForFunction(() => window.__bench.firstChart !== null, null, { timeout: 5000 }).catch(() => {});
    // When each file was asked for, on the page's own clock (the first chart's time is on the same clock).
    const { firstChart, started } = await b.page.evaluate(() => ({
      firstChart: window.__bench.firstChart,
      started: Object.fromEntries(
        performance.getEntriesByType('resource').map((e) => [new URL(e.name).pathname, e.startTime]),
      ),
    }));
    const all = (await Promise.all(bodies)).map(({ path, body }) => ({
      path,
      bytes: body.length,
      gzip: gz(body),
      beforeChart: firstChart !== null && (started[path] ?? Infinity) <= firstChart,
    }));
    const sum = (list) => list.reduce((s, f) => s + f.gzip, 0) / KB;
    const js = all.filter((f) => f.path.endsWith('.js'));
    const files = js.filter((f) => f.beforeChart);
    const later = js.filter((f) => !f.beforeChart);
    const data = all.filter((f) => f.path.endsWith('.json') && f.beforeChart);
    return {
      files,
      gzipKB: firstChart === null ? null : sum(files),
      later,
      laterGzipKB: sum(later),
      data,
      dataGzipKB: sum(data),
      errors: [...b.errors],
    };
  } finally {
    await b.close();
  }
}

/** node_modules/<pkg> (scoped too), src/<folder>, data/…, or the module id itself. */
function groupOf(id) {
  const clean = id.replace(/^\0/, '').replace(/\?.*$/, '');
  const nm = clean.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (nm) return nm[1];
  const src = clean.match(/\/(src\/[^/]+(?:\/[^/.]+)?)\//);
  if (src) return src[1];
  const data = clean.match(/\/(data\/[^/]+)/);
  return data ? data[1] : clean.split('/').slice(-2).join('/');
}

/** The chunks `/` needs according to the build graph. */
export function staticGraph(chunks) {
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const needed = new Set();
  const add = (file) => {
    if (needed.has(file) || !byFile.has(file)) return;
    needed.add(file);
    for (const i of byFile.get(file).imports) add(i);
  };
  for (const c of chunks) if (c.isEntry) add(c.fileName);
  const overview = chunks.find(
    (c) => c.isDynamicEntry && /features\/overview\/OverviewPage\.tsx$/.test(c.facadeModuleId ?? ''),
  );
  if (overview) add(overview.fileName);
  const groups = new Map();
  for (const file of needed) {
    const { bySource, json } = byFile.get(file);
    const jsonBytes = json.reduce((sum, m) => sum + m.code.length, 0);
    for (const m of [...bySource, ...json]) {
      const g = groupOf(m.source);
      // JSON modules have no mappings, so their text sits in the unmapped part too: count it once, as JSON.
      const code = g === '(generated)' ? m.code.slice(0, Math.max(0, m.code.length - jsonBytes)) : m.code;
      groups.set(g, (groups.get(g) ?? '') + code);
    }
  }
  const composition = [...groups.entries()]
    .map(([group, code]) => ({ group, minKB: Buffer.byteLength(code) / KB, gzipKB: gz(code) / KB }))
    .filter((g) => g.minKB > 0.5)
    .sort((a, b) => b.minKB - a.minKB);
  const entry = chunks.find((c) => c.isEntry);
  return {
    files: [...needed],
    overviewChunk: overview?.fileName ?? null,
    entryModules: entry ? [...new Set(entry.bySource.map((m) => groupOf(m.source)))] : [],
    composition,
  };
}

export async function bundleSize({ base, chunks, outDir }) {
  const fetched = await fetchedJs(base);
  const graph = staticGraph(chunks);
  const graphGzipKB = graph.files.reduce((s, f) => s + gz(readFileSync(join(outDir, f))), 0) / KB;
  return {
    available: true,
    gzipKB: fetched.gzipKB,
    graphGzipKB,
    laterGzipKB: fetched.laterGzipKB,
    dataGzipKB: fetched.dataGzipKB,
    fetched: fetched.files,
    fetchedLater: fetched.later,
    data: fetched.data,
    ...graph,
    errors: fetched.errors,
  };
}
