// node tests/bench/filterProfile.mjs [--path /themes] [--n 100000] [--minify]
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
} finally {
  await b.close();
  await server.close?.();
}
