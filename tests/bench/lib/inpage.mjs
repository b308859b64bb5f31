// Code that runs inside the page (passed to addInitScript / evaluate, so each function must be self-contained).

/**
 * Installed before the app's scripts: collects long tasks, the time of the last file-input change and click, and
 * (when asked) the moment the first chart with data marks and the first table row appear.
 */
export function instrument(watchFirstPaint) {
  const b = (window.__bench = {
    longtasks: [],
    firstChart: null,
    firstChartPainted: null,
    firstTable: null,
    lastMutation: 0,
    fileChangeAt: null,
    clickAt: null,
  });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.longtasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    b.longtasks = null;
  }
  document.addEventListener(
    'change',
    (e) => {
      if (e.target instanceof HTMLInputElement && e.target.type === 'file') b.fileChangeAt = e.timeStamp;
    },
    true,
  );
  document.addEventListener('click', (e) => (b.clickAt = e.timeStamp), true);
  if (!watchFirstPaint) return;

  // A data mark: a shape with an area, not part of an axis, grid, legend or background.
  const SKIP = /axis|grid|tick|legend|background|cursor|label/i;
  const isMark = (el, svg) => {
    for (let n = el; n && n !== svg; n = n.parentNode) {
      const cls = n.getAttribute?.('class') ?? '';
      if (SKIP.test(cls) || n.getAttribute?.('aria-hidden') === 'true') return false;
    }
    // Invisible hit areas (fill transparent or none, no stroke) are not marks.
    const style = getComputedStyle(el);
    const invisible = (v) => v === 'none' || v === 'transparent' || /rgba\(.*,\s*0\)$/.test(v);
    if (invisible(style.fill) && invisible(style.stroke)) return false;
    const r = el.getBBox();
    return el.tagName === 'path' ? r.width + r.height > 0 : r.width * r.height > 0;
  };
  const chartDrawn = () => {
    for (const svg of document.querySelectorAll('figure svg')) {
      let marks = 0;
      for (const el of svg.querySelectorAll('rect, path, circle')) if (isMark(el, svg) && ++marks >= 2) return true;
    }
    return false;
  };
  let checkPending = false;
  // After a frame that followed DOM changes: an animation frame's callback runs just before the frame is painted,
  // and a task queued from it runs after the paint. The check runs in that task, on a page already laid out for the
  // paint: run before it, its style and geometry reads forced extra layouts that cost the app's start-up ~30 ms the
  // floor page did not pay. The chart was drawn by the frame (`firstChart`) and is on screen after its paint.
  const checkChart = () => {
    const frame = performance.now();
    setTimeout(() => {
      checkPending = false;
      if (b.firstChart !== null || !chartDrawn()) return;
      b.firstChart = frame;
      b.firstChartPainted = performance.now();
    });
  };
  const mo = new MutationObserver(() => {
    const now = performance.now();
    b.lastMutation = now;
    if (b.firstTable === null && document.querySelector('main table tbody tr')) b.firstTable = now;
    if (b.firstChart === null && !checkPending) {
      // Looked for once per frame, not per mutation: the check reads styles and geometry.
      checkPending = true;
      requestAnimationFrame(checkChart);
    }
    if ((b.firstChart !== null && b.firstTable !== null) || now > 60_000) mo.disconnect();
  });
  b.stopWatch = () => mo.disconnect();
  // The document itself is observed from the start, before it has an element: a page whose chart is in its HTML
  // (the bench's floor page) is drawn while the parser inserts it, before DOMContentLoaded.
  mo.observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['d', 'width', 'height', 'r'],
  });
}

/**
 * Arms a watcher on <main> for the next change: records when the expected count appears in text that changed (the
 * "N of M" line, headline counts) and the time of the last DOM mutation, so the bench can tell when it settled.
 * Text is read only from mutated nodes, never from the whole page, so watching costs almost nothing at 100k rows.
 */
export function armChangeWatch(expected) {
  const forms = new Set([String(expected), expected.toLocaleString('en-GB'), expected.toLocaleString('es-PE')]);
  const has = (s) => {
    for (const f of forms) if (s.includes(f)) return true;
    return false;
  };
  const w = (window.__benchChange = { countAt: null, countPaint: null, lastMutation: null, mutations: 0 });
  const main = document.querySelector('main') ?? document.body;
  w.observer?.disconnect();
  const textOf = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return node.data;
    if (node.nodeType === Node.ELEMENT_NODE && !node.querySelector('tr, svg')) return node.textContent ?? '';
    return '';
  };
  w.observer = new MutationObserver((records) => {
    const now = performance.now();
    w.lastMutation = now;
    w.mutations += records.length;
    if (w.countAt !== null) return;
    for (const r of records) {
      const texts = r.type === 'characterData' ? [r.target.data] : [...r.addedNodes].map(textOf);
      if (texts.some(has)) {
        w.countAt = now;
        // The first frame after the commit: when the user sees it.
        requestAnimationFrame(() => setTimeout(() => (w.countPaint = performance.now())));
        return;
      }
    }
  });
  w.observer.observe(main, { childList: true, subtree: true, characterData: true });
}

/** Reads every stored activity straight from IndexedDB (not timed: the bench's own copy for the baselines). */
export function readAllActivities() {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open('agenda-exterior');
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const db = req.result;
      const get = db.transaction('activities', 'readonly').objectStore('activities').getAll();
      get.onsuccess = () => {
        window.__benchRecords = get.result;
        db.close();
        resolve(get.result.length);
      };
      get.onerror = () => reject(get.error);
    };
  });
}

/** Resolves when `activities` holds at least `n` records: a count waits for any pending write to commit. */
export function waitForCount(n) {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open('agenda-exterior');
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const db = req.result;
      const poll = () => {
        const c = db.transaction('activities', 'readonly').objectStore('activities').count();
        c.onsuccess = () => {
          if (c.result >= n) {
            db.close();
            resolve({ at: performance.now(), count: c.result });
          } else setTimeout(poll, 100);
        };
        c.onerror = () => reject(c.error);
      };
      poll();
    };
  });
}
