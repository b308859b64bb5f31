// 3 and 4. Import of the data set through the UI (/import, the file input labelled "Import file", then confirming
// the preview), validated until stored, against a raw IndexedDB put loop of the same records in the same browser;
// and the longest main-thread task during that import.
import { countStore } from '../../e2e/helpers.mjs';
import { rawPutBaseline } from '../lib/baseline.mjs';
import { longestTask, openBrowser } from '../lib/browser.mjs';
import { waitForCount } from '../lib/inpage.mjs';
import { sampleHeaps } from '../lib/heapSampler.mjs';
import { rendererPeaksMB } from '../lib/processMemory.mjs';
import { median } from '../lib/stats.mjs';

/** The preview's confirm button, "Import 100,000 records" (or a "Confirm…" button). */
const CONFIRM = /^\s*(import\s+[\d.,\u00a0\u202f ]+\s*records?\b|confirm)/i;

async function previewOrAlert(page) {
  const found = await page.waitForFunction(
    (source) => {
      const re = new RegExp(source, 'i');
      const button = [...document.querySelectorAll('main button:not([data-bench-before])')].find(
        (el) => re.test(el.textContent ?? '') && !el.disabled && el.offsetParent !== null,
      );
      if (button) return { kind: 'preview', at: performance.now(), name: button.textContent };
      const alert = document.querySelector('[role="alert"]');
      const text = alert?.innerText?.replace(/\s+/g, ' ').trim();
      if (text) return { kind: 'alert', at: performance.now(), text: text.slice(0, 400) };
      return null;
    },
    CONFIRM.source,
    { polling: 'raf', timeout: 600_000 },
  );
  return found.jsonValue();
}

/** /import in `b`, once the app has opened (and seeded) its database: the file input is enabled then. */
async function openImport(b, base) {
  await b.page.goto(`${base}/import?lang=en`);
  const input = b.page.getByLabel('Import file');
  const ui = await input
    .waitFor({ state: 'attached', timeout: 10_000 })
    .then(() => true)
    .catch(() => false);
  if (ui) await b.page.waitForFunction(() => document.querySelector('input[type=file]')?.disabled === false);
  return { input, ui };
}

/**
 * The raw put loop, in a browser of its own (fresh profile), with the app's live schema. Not in the import's
 * browser: measured here, whichever of two 100k writes runs second in one profile is 15–40% slower (the first
 * one's scratch database, deleted, still occupies IndexedDB's storage), so running the baseline first in the same
 * profile charged its clean-up to the import. Each now starts from an empty profile.
 */
async function baselineRun(base, data) {
  const b = await openBrowser();
  try {
    await openImport(b, base);
    const baseline = await b.page.evaluate(rawPutBaseline, data.baselinePath ?? data.path);
    const longtasks = await b.bench('window.__bench.longtasks');
    return { ...baseline, longestTaskMs: longestTask(longtasks, baseline.start, baseline.start + baseline.ms) };
  } finally {
    await b.close();
  }
}

async function oneRun({ base, data }) {
  const n = data.n;
  const baseline = await baselineRun(base, data);
  const b = await openBrowser();
  try {
    const { input, ui } = await openImport(b, base);
    if (!ui) return { ui: false, baseline };
    const before = await countStore(b.page);
    const heaps = await sampleHeaps(b.page);

    // Buttons present before the file is chosen are not the preview's confirm button.
    await b.page.evaluate(() =>
      document.querySelectorAll('main button').forEach((el) => el.setAttribute('data-bench-before', '')),
    );
    await input.setInputFiles(data.file);
    const preview = await previewOrAlert(b.page);
    if (preview.kind === 'alert') return { ui: true, rejected: preview.text, baseline, errors: [...b.errors] };
    const changeAt = await b.bench('window.__bench.fileChangeAt');
    await b.page.getByRole('button', { name: preview.name.trim(), exact: true }).click();
    const clickAt = await b.bench('window.__bench.clickAt');
    const stored = await b.page.evaluate(waitForCount, before + n);
    const heapPeaks = await heaps.stop();
    const longtasks = await b.bench('window.__bench.longtasks');
    // Read before the browser closes: the page's renderer (page + import worker) at its peak during the visit.
    const rendererPeakMB = Math.max(0, ...rendererPeaksMB(b.profileDir));
    const validateMs = preview.at - changeAt;
    const writeMs = stored.at - clickAt;
    return {
      ui: true,
      baseline,
      validateMs,
      writeMs,
      totalMs: validateMs + writeMs,
      stored: stored.count - before,
      longestTaskMs: longestTask(longtasks, changeAt, stored.at),
      longestValidateTaskMs: longestTask(longtasks, changeAt, preview.at),
      longestWriteTaskMs: longestTask(longtasks, clickAt, stored.at),
      baselineLongestTaskMs: baseline.longestTaskMs,
      rendererPeakMB,
      heapPeaks,
      errors: [...b.errors],
    };
  } finally {
    await b.close();
  }
}

/** Chooses `data.file` on /import and returns the alert's text if the app refuses it (e.g. too large). */
async function refusal(base, data) {
  const b = await openBrowser();
  try {
    await b.page.goto(`${base}/import?lang=en`);
    await b.page.getByLabel('Import file').setInputFiles(data.file);
    const r = await previewOrAlert(b.page);
    return r.kind === 'alert' ? r.text : null;
  } finally {
    await b.close();
  }
}

/**
 * `data` is the full data set (JSON); `importData` the file to import: the same, or the same records as CSV when the
 * JSON is over the import's size limit (or the largest set that fits), in which case the bench first shows that
 * the full JSON file is refused.
 */
export async function importThroughUi({ base, runs, data, importData }) {
  const n = importData.n;
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const s = await oneRun({ base, data: importData });
    samples.push(s);
    if (!s.ui || s.rejected) break; // nothing more to learn from repeating it
  }
  const perSec = (ms) => (ms ? (n / ms) * 1000 : null);
  const baselineMs = median(samples.map((s) => s.baseline.ms));
  const common = {
    n,
    format: importData.format,
    fileMB: importData.bytes / 1e6,
    fullFileRefused: importData === data || !samples[0]?.ui ? undefined : await refusal(base, data),
    baselineMs,
    baselinePerSec: perSec(baselineMs),
    baselineIndexes: samples[0]?.baseline.indexes,
  };
  if (!samples[0]?.ui) return { available: false, note: 'no file input labelled "Import file" on /import', ...common };
  if (samples[0].rejected)
    return { available: false, note: `the import rejected the file: ${samples[0].rejected}`, ...common };
  const totalMs = median(samples.map((s) => s.totalMs));
  return {
    available: true,
    ...common,
    totalMs,
    perSec: perSec(totalMs),
    ratio: baselineMs / totalMs,
    validateMs: median(samples.map((s) => s.validateMs)),
    writeMs: median(samples.map((s) => s.writeMs)),
    longestTaskMs: median(samples.map((s) => s.longestTaskMs)),
    longestValidateTaskMs: median(samples.map((s) => s.longestValidateTaskMs)),
    longestWriteTaskMs: median(samples.map((s) => s.longestWriteTaskMs)),
    baselineLongestTaskMs: median(samples.map((s) => s.baselineLongestTaskMs)),
    rendererPeakMB: Math.max(...samples.map((s) => s.rendererPeakMB)),
    // The JS heaps themselves (page, import worker, their sum at one sample), the largest of the runs.
    heapPeakMB: Math.max(...samples.map((s) => s.heapPeaks.sumMB)),
    workerHeapPeakMB: Math.max(...samples.map((s) => s.heapPeaks.workerMB)),
    pageHeapPeakMB: Math.max(...samples.map((s) => s.heapPeaks.pageMB)),
    // Each run's import next to the baseline measured just before it, so a run's pairing can be read back.
    samples: samples.map((x) => ({
      totalMs: x.totalMs,
      validateMs: x.validateMs,
      writeMs: x.writeMs,
      baselineMs: x.baseline.ms,
      longestTaskMs: x.longestTaskMs,
      stored: x.stored,
    })),
    errors: samples.flatMap((s) => s.errors ?? []),
  };
}
