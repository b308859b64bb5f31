// 5. First sync of a team feed of the whole data set, through the Feeds page (Feed address, Subscribe: the sync
// starts at once, in the feed worker), until stored and until the page says so, against a raw IndexedDB put loop
// of the same records; and the longest main-thread task meanwhile (the bound: 200 ms at 100,000 records).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { importAppModule } from '../../../scripts/vite/runner.mjs';
import { countStore } from '../../e2e/helpers.mjs';
import { rawPutBaseline } from '../lib/baseline.mjs';
import { longestTask, openBrowser } from '../lib/browser.mjs';
import { waitForCount } from '../lib/inpage.mjs';
import { median } from '../lib/stats.mjs';

/** Publishes the data set as `feed:build` would (same code), into the served directory. */
async function publish(root, outDir, data) {
  const module = await importAppModule('/src/domain/feed/publish.ts', { root, logLevel: 'warn' });
  const text = readFileSync(data.file, 'utf8');
  const result = await module.publishFeed([{ name: 'bench.json', text }], {
    title: 'Bench feed',
    generated: '2026-12-05T00:00:00.000Z',
  });
  if (!result.ok) throw new Error(`feed:build refused the data set: ${JSON.stringify(result.problems.slice(0, 3))}`);
  const dir = join(outDir, 'bench-feed');
  for (const c of result.feed.chunks) {
    mkdirSync(dirname(join(dir, c.path)), { recursive: true });
    writeFileSync(join(dir, c.path), c.bytes);
  }
  writeFileSync(join(dir, 'feed.json'), result.feed.manifestText);
  return { path: '/bench-feed/feed.json', chunks: result.feed.chunks.length };
}

async function openFeeds(b, base) {
  await b.page.goto(`${base}/feeds?lang=en`);
  await b.page.getByLabel('Feed address').waitFor();
  return countStore(b.page); // the app has opened and seeded its database
}

async function baselineRun(base, data) {
  const b = await openBrowser();
  try {
    await openFeeds(b, base);
    const baseline = await b.page.evaluate(rawPutBaseline, data.path);
    const longtasks = await b.bench('window.__bench.longtasks');
    return { ...baseline, longestTaskMs: longestTask(longtasks, baseline.start, baseline.start + baseline.ms) };
  } finally {
    await b.close();
  }
}

async function oneRun(base, data, feed) {
  const baseline = await baselineRun(base, data);
  const b = await openBrowser();
  try {
    const before = await openFeeds(b, base);
    // Watches for the progress bar and the result line from the start, so neither is missed between polls.
    await b.page.evaluate(() => {
      const w = (window.__benchFeed = { progressSeen: false, resultAt: null, phases: {} });
      new MutationObserver(() => {
        const bar = document.querySelector('main progress');
        if (bar) w.progressSeen = true;
        // When each phase (manifest, fetch and check, write) first shows: its progress bar's accessible name.
        const phase = bar?.getAttribute('aria-label');
        if (phase && !(phase in w.phases)) w.phases[phase] = performance.now();
        if (w.resultAt === null && /Synced:/.test(document.querySelector('main')?.textContent ?? ''))
          w.resultAt = performance.now();
      }).observe(document.querySelector('main'), {
        childList: true,
        subtree: true,
        characterData: true,
        attributes: true,
      });
    });
    await b.page.getByLabel('Feed address').fill(`${base}${feed.path}`);
    await b.page.getByRole('button', { name: 'Subscribe' }).click();
    const clickAt = await b.bench('window.__bench.clickAt');
    const stored = await b.page.evaluate(waitForCount, before + data.n);
    await b.page.getByText(/Synced:/).waitFor({ timeout: 600_000 });
    const w = await b.page.evaluate(() => window.__benchFeed);
    const longtasks = await b.bench('window.__bench.longtasks');
    return {
      baseline,
      storedMs: stored.at - clickAt,
      shownMs: w.resultAt - clickAt,
      stored: stored.count - before,
      progressSeen: w.progressSeen,
      longestTaskMs: longestTask(longtasks, clickAt, w.resultAt),
      longestUntilStoredMs: longestTask(longtasks, clickAt, stored.at),
      phases: Object.fromEntries(Object.entries(w.phases).map(([k, t]) => [k, Math.round(t - clickAt)])),
      // Where the time goes: every long task from the click on, as [ms after the click, duration].
      longTasks: (longtasks ?? [])
        .filter(([start, d]) => start + d >= clickAt && start <= w.resultAt)
        .map(([start, d]) => [Math.round(start - clickAt), Math.round(d)]),
      errors: [...b.errors],
    };
  } finally {
    await b.close();
  }
}

export async function feedSync({ root, outDir, base, runs, data }) {
  const feed = await publish(root, outDir, data);
  const samples = [];
  for (let i = 0; i < runs; i++) samples.push(await oneRun(base, data, feed));
  const baselineMs = median(samples.map((s) => s.baseline.ms));
  const storedMs = median(samples.map((s) => s.storedMs));
  return {
    n: data.n,
    chunks: feed.chunks,
    baselineMs,
    baselinePerSec: (data.n / baselineMs) * 1000,
    storedMs,
    perSec: (data.n / storedMs) * 1000,
    ratio: baselineMs / storedMs,
    shownMs: median(samples.map((s) => s.shownMs)),
    longestTaskMs: median(samples.map((s) => s.longestTaskMs)),
    longestUntilStoredMs: median(samples.map((s) => s.longestUntilStoredMs)),
    baselineLongestTaskMs: median(samples.map((s) => s.baseline.longestTaskMs)),
    progressSeen: samples.every((s) => s.progressSeen),
    samples: samples.map((s) => ({
      storedMs: s.storedMs,
      shownMs: s.shownMs,
      baselineMs: s.baseline.ms,
      longestTaskMs: s.longestTaskMs,
      stored: s.stored,
      longTasks: s.longTasks,
      phases: s.phases,
    })),
    errors: samples.flatMap((s) => s.errors),
  };
}
