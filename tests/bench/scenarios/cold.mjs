// 1. Cold first visit → first chart drawn with data, against a floor. Each visit is a fresh browser process with a
// fresh profile: empty cache, empty IndexedDB (so the embedded data set is fetched and seeded during the visit, as
// on a real first visit). The floor is a static page served by the same server in the same run: one inline SVG
// chart of the same data (the embedded records per month) and nothing else — what any page showing that chart
// costs on this machine. App and floor visits alternate, so both see the same load; each figure is a median.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openBrowser } from '../lib/browser.mjs';
import { median } from '../lib/stats.mjs';

/** Where a chart can be found, best first; /records is the last resort and measures the table instead. */
const ROUTES = [
  { path: '/', waitFor: 'firstChart', paintedKey: 'firstChartPainted' },
  { path: '/themes', waitFor: 'firstChart', paintedKey: 'firstChartPainted' },
  { path: '/records', waitFor: 'firstTable', paintedKey: 'firstTable' },
];
const FLOOR = { path: '/bench-floor.html', waitFor: 'firstChart', paintedKey: 'firstChartPainted' };

/** The floor page: records per start month of data/activities, as bars in a figure, inline. */
export function floorPage(root) {
  const dir = join(root, 'data/activities');
  const perMonth = new Map();
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.json')))
    for (const a of JSON.parse(readFileSync(join(dir, f), 'utf8')).activities)
      perMonth.set(a.date.slice(0, 7), (perMonth.get(a.date.slice(0, 7)) ?? 0) + 1);
  const months = [...perMonth.keys()].sort();
  const max = Math.max(...perMonth.values());
  const w = 40;
  const bars = months
    .map((m, i) => {
      const h = Math.round((perMonth.get(m) / max) * 200);
      return `<rect x="${i * w + 4}" y="${220 - h}" width="${w - 8}" height="${h}" fill="#1f3a5f"><title>${m}: ${perMonth.get(m)}</title></rect>`;
    })
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Floor</title></head><body><main><h1>Activities per month</h1><figure><svg width="${months.length * w}" height="240" role="img" aria-label="Activities per month">${bars}</svg><figcaption>${months[0]} – ${months.at(-1)}</figcaption></figure></main></body></html>`;
}

async function visit(base, route, timeoutMs) {
  const launched = Date.now();
  const b = await openBrowser({ watchFirstPaint: true });
  try {
    await b.page.goto(`${base}${route.path}?lang=en`);
    const drawn = await b.page
      .waitForFunction((k) => window.__bench[k] !== null, route.paintedKey, { timeout: timeoutMs, polling: 50 })
      .then(() => true)
      .catch(() => false);
    const m = await b.page.evaluate(() => ({
      origin: performance.timeOrigin,
      bench: {
        firstChart: window.__bench.firstChart,
        firstChartPainted: window.__bench.firstChartPainted,
        firstTable: window.__bench.firstTable,
      },
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      dcl: performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd ?? null,
    }));
    const ms = drawn ? m.bench[route.paintedKey] : null;
    // Two clocks: the page's (from its navigation start) and the wall clock from the browser's launch, the fresh
    // process and profile included, which both pages pay alike: what an analyst opening the link waits.
    const wallMs = drawn ? m.origin + ms - launched : null;
    return { drawn, ms, wallMs, fcp: m.fcp, dcl: m.dcl, errors: [...b.errors] };
  } finally {
    await b.close();
  }
}

export async function coldVisit({ base, runs, root, outDir }) {
  writeFileSync(join(outDir, FLOOR.path.slice(1)), floorPage(root));
  let route = null;
  const samples = [];
  const floor = [];
  const skipped = [];
  for (const r of ROUTES) {
    const first = await visit(base, r, 15_000);
    if (first.drawn) {
      route = r;
      break;
    }
    skipped.push(r.path);
  }
  if (!route) return { available: false, note: `no chart on / or /themes and no table on /records within 15 s` };
  // The probe above warmed the server and the disk cache: the measured visits start after it, alternating.
  while (samples.length < runs) {
    floor.push(await visit(base, FLOOR, 60_000));
    samples.push(await visit(base, route, 60_000));
  }
  const ms = median(samples.map((s) => s.ms));
  const floorMs = median(floor.map((s) => s.ms));
  const wallMs = median(samples.map((s) => s.wallMs));
  const floorWallMs = median(floor.map((s) => s.wallMs));
  return {
    available: true,
    route: route.path,
    measures: route.waitFor === 'firstChart' ? 'first figure svg with data marks, painted' : 'first records table row',
    note: skipped.length ? `no chart with data on ${skipped.join(', ')}: measured ${route.path} instead` : undefined,
    ms,
    fcpMs: median(samples.map((s) => s.fcp)),
    dclMs: median(samples.map((s) => s.dcl)),
    samples: samples.map((s) => s.ms),
    floorMs,
    floorFcpMs: median(floor.map((s) => s.fcp)),
    floorSamples: floor.map((s) => s.ms),
    wallMs,
    floorWallMs,
    wallSamples: samples.map((s) => s.wallMs),
    floorWallSamples: floor.map((s) => s.wallMs),
    // Against the floor on the wall clock (what the analyst waits); on the page's clock too, for the record.
    ratio: wallMs / floorWallMs,
    pageRatio: ms / floorMs,
    errors: [...samples, ...floor].flatMap((s) => s.errors),
  };
}
