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
async function publish(root, outDir, data, change = null) {
  const module = await importAppModule('/src/domain/feed/publish.ts', { root, logLevel: 'warn' });
  let text = readFileSync(data.file, 'utf8');
  if (change) text = JSON.stringify(change(JSON.parse(text)));
  const result = await module.publishFeed([{ name: 'bench.json', text }], {
    title: 'Bench feed',
    generated: change ? '2026-12-06T00:00:00.000Z' : '2026-12-05T00:00:00.000Z',
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
    const resync = feed.resync ? await resyncTen(b, feed) : null;
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
      resync,
      errors: [...b.errors],
    };
  } finally {
    await b.close();
  }
}

/** Ten records of one month retitled: the first change a team makes after the first sync. */
const TEN = (file) => {
  const month = file.activities[0].date.slice(0, 7);
  let left = 10;
  return {
    ...file,
    activities: file.activities.map((a) =>
      left > 0 && a.date.startsWith(month) && left-- ? { ...a, title: { ...a.title, en: `${a.title.en} (rev)` } } : a,
    ),
  };
};

/** After the first sync, the feed republished with ten records of one month changed: "Sync now", chunks counted. */
async function resyncTen(b, feed) {
  await feed.resync();
  const chunks = [];
  const onRequest = (r) => /\/chunks\//.test(r.url()) && chunks.push(r.url());
  b.context.on('request', onRequest);
  const t0 = Date.now();
  await b.page.getByRole('button', { name: 'Sync now' }).click();
  const result = b.page.getByText(/Synced: 0 new, 10 changed, 0 removed, 0 conflicts \(1 files fetched\)/);
  await result.waitFor({ timeout: 600_000 });
  b.context.off('request', onRequest);
  return { shownMs: Date.now() - t0, chunksRequested: chunks.length };
}

export async function feedSync({ root, outDir, base, runs, data }) {
  const first = await publish(root, outDir, data);
  const samples = [];
  for (let i = 0; i < runs; i++) {
    // Every run starts from the first version of the feed, and republishes the ten changes after its first sync.
    const feed = { ...(await publish(root, outDir, data)), resync: () => publish(root, outDir, data, TEN) };
    samples.push(await oneRun(base, data, feed));
  }
  const feed = first;
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
    resyncShownMs: median(samples.map((s) => s.resync.shownMs)),
    resyncChunks: Math.max(...samples.map((s) => s.resync.chunksRequested)),
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
