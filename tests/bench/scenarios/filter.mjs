// 5 and 6. With the data set stored (seeded straight into IndexedDB, so this does not depend on the import UI):
// each view's load, a filter change (a country, then a theme) until the new count is on screen, against
// Array.filter over the same records in memory; and the JS heap with everything loaded.
import { countStore } from '../../e2e/helpers.mjs';
import { filterBaseline, seedDirect } from '../lib/baseline.mjs';
import { openBrowser } from '../lib/browser.mjs';
import { armChangeWatch, readAllActivities } from '../lib/inpage.mjs';
import { median } from '../lib/stats.mjs';

export const FILTER = { country: 'CL', countryLabel: 'Chile', theme: 'migration', themeLabel: 'Migration' };
const PAGES = [
  { path: '/', ready: 'firstChart' },
  { path: '/records', ready: 'firstTable' },
  { path: '/themes', ready: 'firstChart' },
];

/** Ticks a value in the filter bar like a user; falls back to changing the URL if the bar has no such checkbox. */
async function tick(page, paramLabel, optionLabel, param, value) {
  const bar = page.getByRole('region', { name: 'Filters' });
  const box = bar.getByRole('checkbox', { name: new RegExp(`^${optionLabel}\\b`) });
  if (!(await box.isVisible()))
    await bar
      .locator('summary', { hasText: paramLabel })
      .first()
      .click({ timeout: 5000 })
      .catch(() => {});
  if (
    await box.waitFor({ state: 'visible', timeout: 5000 }).then(
      () => true,
      () => false,
    )
  ) {
    await box.click();
    return { via: 'filter bar', t0: await page.evaluate(() => window.__bench.clickAt) };
  }
  const t0 = await page.evaluate(
    ([p, v]) => {
      const u = new URL(location.href);
      const cur = u.searchParams.get(p);
      u.searchParams.set(p, cur ? `${cur},${v}` : v);
      const t = performance.now();
      history.pushState(history.state, '', u);
      dispatchEvent(new PopStateEvent('popstate', { state: history.state }));
      return t;
    },
    [param, value],
  );
  return { via: 'URL', t0 };
}

/** Waits for the new count on screen, then for the DOM to stay quiet for 1 s. */
async function measureChange(page, expected, trigger) {
  await page.evaluate(armChangeWatch, expected);
  const { via, t0 } = await trigger();
  await page.waitForFunction(
    () => {
      const w = window.__benchChange;
      return w.countPaint !== null || (w.mutations > 0 && performance.now() - w.lastMutation > 1500);
    },
    null,
    { timeout: 300_000, polling: 100 },
  );
  await page.waitForFunction(() => performance.now() - window.__benchChange.lastMutation > 1000, null, {
    timeout: 300_000,
    polling: 100,
  });
  const w = await page.evaluate(() => {
    const { countAt, countPaint, lastMutation } = window.__benchChange;
    window.__benchChange.observer.disconnect();
    return { countAt, countPaint, lastMutation };
  });
  return {
    via,
    countShown: w.countPaint !== null,
    ms: (w.countPaint ?? w.lastMutation) - t0,
    commitMs: w.countAt === null ? null : w.countAt - t0,
    settledMs: w.lastMutation - t0,
  };
}

async function oneRun({ base, data }) {
  const b = await openBrowser({ watchFirstPaint: true });
  try {
    await b.page.goto(`${base}/records?lang=en`);
    await b.page.getByRole('table').waitFor();
    const before = await countStore(b.page);
    await b.page.evaluate(seedDirect, data.path);
    const total = await b.page.evaluate(readAllActivities);
    const baseline = await b.page.evaluate(filterBaseline, { ...FILTER, reps: 7 });
    await b.page.evaluate(() => delete window.__benchRecords);
    const pages = {};
    for (const p of PAGES) {
      await b.page.goto(`${base}${p.path}?lang=en`);
      // Ready when the view has drawn; given up when nothing has changed on the page for 10 s without that.
      const ready = await b.page
        .waitForFunction(
          (k) => window.__bench[k] ?? (performance.now() - window.__bench.lastMutation > 10_000 ? -1 : null),
          p.ready,
          { timeout: 300_000, polling: 100 },
        )
        .then((h) => h.jsonValue())
        .then((v) => (v === -1 ? null : v));
      if (ready === null) {
        pages[p.path] = { available: false, ready: p.ready };
        continue;
      }
      await b.page.evaluate(() => window.__bench.stopWatch?.());
      const heap = await b.heap();
      const country = await measureChange(b.page, baseline.country.hits, () =>
        tick(b.page, 'Country', FILTER.countryLabel, 'country', FILTER.country),
      );
      const theme = await measureChange(b.page, baseline.theme.hits, () =>
        tick(b.page, 'Theme', FILTER.themeLabel, 'theme', FILTER.theme),
      );
      pages[p.path] = { available: true, loadMs: ready, heap, country, theme };
    }
    return { stored: total - before, total, baseline, pages, errors: [...b.errors] };
  } finally {
    await b.close();
  }
}

export async function filterAtScale({ base, runs, data }) {
  const samples = [];
  for (let i = 0; i < runs; i++) samples.push(await oneRun({ base, data }));
  const pages = {};
  for (const { path } of PAGES) {
    const ok = samples.map((s) => s.pages[path]).filter((p) => p?.available);
    if (ok.length === 0) {
      pages[path] = { available: false, ready: samples[0]?.pages[path]?.ready };
      continue;
    }
    const m = (f) => median(ok.map(f));
    pages[path] = {
      available: true,
      loadMs: m((p) => p.loadMs),
      heapMB: m((p) => p.heap.jsHeapUsedMB),
      domNodes: m((p) => p.heap.nodes),
      country: {
        ms: m((p) => p.country.ms),
        commitMs: m((p) => p.country.commitMs),
        settledMs: m((p) => p.country.settledMs),
        via: ok[0].country.via,
        countShown: ok.every((p) => p.country.countShown),
      },
      theme: {
        ms: m((p) => p.theme.ms),
        commitMs: m((p) => p.theme.commitMs),
        settledMs: m((p) => p.theme.settledMs),
        via: ok[0].theme.via,
        countShown: ok.every((p) => p.theme.countShown),
      },
    };
  }
  return {
    available: true,
    total: samples[0].total,
    hits: { country: samples[0].baseline.country.hits, theme: samples[0].baseline.theme.hits },
    baseline: {
      countryMs: median(samples.map((s) => s.baseline.country.ms)),
      themeMs: median(samples.map((s) => s.baseline.theme.ms)),
    },
    pages,
    errors: samples.flatMap((s) => s.errors),
  };
}
