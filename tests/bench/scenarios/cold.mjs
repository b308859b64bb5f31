// 1. Cold first visit → first chart drawn with data. Fresh profile each run: empty cache, empty IndexedDB (so the
// embedded data set is seeded during the visit, as on a real first visit).
import { openBrowser } from '../lib/browser.mjs';
import { median } from '../lib/stats.mjs';

/** Where a chart can be found, best first; /records is the last resort and measures the table instead. */
const ROUTES = [
  { path: '/', waitFor: 'firstChart' },
  { path: '/themes', waitFor: 'firstChart' },
  { path: '/records', waitFor: 'firstTable' },
];

async function visit(base, route, timeoutMs) {
  const b = await openBrowser({ watchFirstPaint: true });
  try {
    await b.page.goto(`${base}${route.path}?lang=en`);
    const drawn = await b.page
      .waitForFunction((k) => window.__bench[k] !== null, route.waitFor, { timeout: timeoutMs, polling: 50 })
      .then(() => true)
      .catch(() => false);
    const m = await b.page.evaluate(() => ({
      bench: { firstChart: window.__bench.firstChart, firstTable: window.__bench.firstTable },
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      dcl: performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd ?? null,
    }));
    return { drawn, ms: drawn ? m.bench[route.waitFor] : null, fcp: m.fcp, dcl: m.dcl, errors: [...b.errors] };
  } finally {
    await b.close();
  }
}

export async function coldVisit({ base, runs }) {
  let route = null;
  const samples = [];
  const skipped = [];
  for (const r of ROUTES) {
    const first = await visit(base, r, 15_000);
    if (first.drawn) {
      route = r;
      samples.push(first);
      break;
    }
    skipped.push(r.path);
  }
  if (!route) return { available: false, note: `no chart on / or /themes and no table on /records within 15 s` };
  while (samples.length < runs) samples.push(await visit(base, route, 60_000));
  return {
    available: true,
    route: route.path,
    measures: route.waitFor === 'firstChart' ? 'first figure svg with data marks' : 'first records table row',
    note: skipped.length ? `no chart with data on ${skipped.join(', ')}: measured ${route.path} instead` : undefined,
    ms: median(samples.map((s) => s.ms)),
    fcpMs: median(samples.map((s) => s.fcp)),
    dclMs: median(samples.map((s) => s.dcl)),
    samples: samples.map((s) => s.ms),
    errors: samples.flatMap((s) => s.errors),
  };
}
