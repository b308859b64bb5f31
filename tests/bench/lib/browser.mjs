// Debian Chromium through playwright-core, with the e2e suite's launch flags and a fresh profile per launch
// (so every run starts with an empty HTTP cache and an empty IndexedDB), plus the bench's in-page instruments.
import { openBrowser as launch } from '../../e2e/helpers.mjs';
import { instrument } from './inpage.mjs';

export async function openBrowser({ watchFirstPaint = false } = {}) {
  const b = await launch();
  b.page.setDefaultTimeout(600_000);
  await b.page.addInitScript(instrument, watchFirstPaint);
  const cdp = await b.context.newCDPSession(b.page);
  await cdp.send('Performance.enable');
  return {
    ...b,
    cdp,
    /** JS heap in use after two forced garbage collections, and the DOM node count. */
    async heap() {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const { metrics } = await cdp.send('Performance.getMetrics');
      const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
      return { jsHeapUsedMB: m.JSHeapUsedSize / 2 ** 20, nodes: m.Nodes };
    },
    bench: (expr = 'window.__bench') => b.page.evaluate(expr),
  };
}

export async function chromiumVersion() {
  const b = await launch();
  try {
    const cdp = await b.context.newCDPSession(b.page);
    return (await cdp.send('Browser.getVersion')).product;
  } finally {
    await b.close();
  }
}

/** Longest long task (ms) overlapping [from, to], from the page's PerformanceObserver. */
export function longestTask(longtasks, from, to) {
  if (!longtasks) return null;
  return longtasks
    .filter(([start, duration]) => start + duration >= from && start <= to)
    .reduce((max, [, d]) => Math.max(max, d), 0);
}
