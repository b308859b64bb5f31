// node tests/bench/filterProfile.mjs [--path /themes] [--n 100000] [--minify] [--window 250]
// A CPU profile of one filter change (Chile, from the filter bar) at scale, in an unminified build unless --minify:
// self time by function and by source file, to find what a filter change spends beyond filtering. Not a benchmark.
import { parseArgs } from 'node:util';
import { countStore } from '../e2e/helpers.mjs';
import { seedDirect } from './lib/baseline.mjs';
import { openBrowser } from './lib/browser.mjs';
import { buildApp, serve, writeDataSet } from './lib/build.mjs';
import { FILTER } from './scenarios/filter.mjs';

const { values } = parseArgs({
  options: {
    path: { type: 'string', default: '/' },
    n: { type: 'string', default: '100000' },
    minify: { type: 'boolean' },
    // Also inclusive time (the function and what it calls) over the first `window` ms after the click only: what
    // the view's own update spends, before the deferred work.
    window: { type: 'string' },
  },
});
const root = process.cwd();
const { outDir } = await buildApp(root, { minify: Boolean(values.minify) });
const data = await writeDataSet(root, outDir, Number(values.n), 1);
const server = await serve(root, outDir);
const b = await openBrowser({ watchFirstPaint: true });
try {
  await b.page.goto(`${server.base}/records?lang=en`);
  await b.page.getByRole('table').waitFor();
  await countStore(b.page);
  await b.page.evaluate(seedDirect, data.path);
  await b.page.goto(`${server.base}${values.path}?lang=en`);
  await b.page.waitForFunction(() => window.__bench.firstChart ?? window.__bench.firstTable, null, {
    timeout: 300_000,
  });
  await b.page.waitForTimeout(2000);
  const bar = b.page.getByRole('region', { name: 'Filters' });
  await bar.locator('summary', { hasText: 'Country' }).first().click();
  const box = bar.getByRole('checkbox', { name: new RegExp(`^${FILTER.countryLabel}\\b`) });
  await box.waitFor();
  await b.page.waitForTimeout(500);
  await b.cdp.send('Profiler.enable');
  await b.cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await b.cdp.send('Profiler.start');
  await box.click();
  await b.page.waitForTimeout(1500);
  const { profile } = await b.cdp.send('Profiler.stop');
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const fn = new Map();
  const file = new Map();
  profile.samples.forEach((id, i) => {
    const f = byId.get(id).callFrame;
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    if (f.functionName === '(idle)' || f.functionName === '(program)') return;
    const where = f.url.split('/').pop() || '(native)';
    const k = `${f.functionName || '(anonymous)'} ${where}:${f.lineNumber + 1}`;
    fn.set(k, (fn.get(k) ?? 0) + dt);
    file.set(where, (file.get(where) ?? 0) + dt);
  });
  const top = (m, n) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `${v.toFixed(1).padStart(7)} ms  ${k}`)
      .join('\n');
  console.log(`self time by function (${values.path}, Chile ticked):\n${top(fn, 30)}\n\nby file:\n${top(file, 15)}`);
  if (values.window) {
    const limit = Number(values.window);
    const parent = new Map();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const inclusive = new Map();
    let at = 0;
    let first = null;
    profile.samples.forEach((id, i) => {
      const dt = (profile.timeDeltas[i] ?? 0) / 1000;
      at += dt;
      const f = byId.get(id).callFrame;
      if (f.functionName === '(idle)' || f.functionName === '(program)') return;
      first ??= at;
      if (at - first > limit) return;
      const seen = new Set();
      for (let n = id; n !== undefined; n = parent.get(n)) {
        const cf = byId.get(n).callFrame;
        const k = `${cf.functionName || '(anonymous)'} ${cf.url.split('/').pop() || '(native)'}:${cf.lineNumber + 1}`;
        if (seen.has(k)) continue;
        seen.add(k);
        inclusive.set(k, (inclusive.get(k) ?? 0) + dt);
      }
    });
    console.log(`\ninclusive time, first ${limit} ms of work after the click:\n${top(inclusive, Number(process.env.TOPN ?? 60))}`);
  }
} finally {
  await b.close();
  await server.close?.();
}
process.exit(0); // the preview server's process would keep Node alive
