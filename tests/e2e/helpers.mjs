// Shared pieces of the browser tests: Debian's Chromium with a fresh profile (tests open it through the `launch`
// fixture of fixtures.mjs), and reads of the app's database that never create it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { AxeBuilder } from '@axe-core/playwright';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const BASE = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:4173';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * A browser with a fresh, empty profile (so IndexedDB starts empty). `errors` collects console errors and page
 * errors (the `launch` fixture checks them after each test). The service worker is blocked unless a test asks for it
 * (`serviceWorkers: 'allow'`: the offline and update tests): installing it precaches the whole app (over 100 files)
 * in every fresh profile, work that only those tests look at.
 */
export async function openBrowser({
  locale = 'en-GB',
  viewport = { width: 1280, height: 900 },
  acceptDownloads = true,
  serviceWorkers = process.env.E2E_SERVICE_WORKERS ?? 'block',
} = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'agenda-e2e-profile-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    locale,
    viewport,
    acceptDownloads,
    serviceWorkers,
  });
  // A step that cannot happen fails after a minute with its call log, instead of retrying until the test's timeout
  // (inside Playwright Test, a browser launched by hand has no action timeout otherwise).
  context.setDefaultTimeout(60_000);
  const errors = [];
  const watch = (page) => {
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  };
  context.on('page', watch);
  const page = context.pages()[0] ?? (await context.newPage());
  watch(page);
  return {
    context,
    page,
    errors,
    /** The profile directory: it names this browser's processes (the bench reads their memory). */
    profileDir: dir,
    async close() {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const url = (path) => `${BASE}${path}`;

/**
 * Counts rows of a store straight from IndexedDB, bypassing the app. Waits until the app has created its database
 * (polling `indexedDB.databases()`), and never creates it: opening a database that does not exist yet would create
 * an empty one at version 1 from this connection, which the app then has to upgrade, and a count on a store that
 * does not exist would throw. If the database vanishes in between, the open is aborted in `onupgradeneeded`.
 */
export function countStore(page, store = 'activities', { timeout = 30_000 } = {}) {
  return page.evaluate(
    async ({ storeName, timeout }) => {
      const name = 'agenda-exterior';
      const until = Date.now() + timeout;
      const exists = async () => (await indexedDB.databases()).some((d) => d.name === name && d.version > 0);
      while (!(await exists())) {
        if (Date.now() > until)
          throw new Error(`countStore: the database ${name} was not created within ${timeout} ms`);
        await new Promise((r) => setTimeout(r, 50));
      }
      return new Promise((resolve, reject) => {
        const req = indexedDB.open(name);
        req.onupgradeneeded = () => req.transaction.abort(); // it did not exist after all: create nothing
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          try {
            const c = db.transaction(storeName, 'readonly').objectStore(storeName).count();
            c.onsuccess = () => {
              resolve(c.result);
              db.close();
            };
            c.onerror = () => {
              db.close();
              reject(c.error);
            };
          } catch (e) {
            db.close();
            reject(e);
          }
        };
      });
    },
    { storeName: store, timeout },
  );
}

/**
 * The store's count once it reaches `expected` (or the last count read, after `timeout`): on a first visit the
 * database exists before the embedded data set has arrived and been seeded into it.
 */
export async function countStoreWhen(page, expected, store = 'activities', { timeout = 30_000 } = {}) {
  const until = Date.now() + timeout;
  for (;;) {
    const n = await countStore(page, store, { timeout });
    if (n === expected || Date.now() > until) return n;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Waits until the records table (or another view) has finished loading from IndexedDB. */
export async function waitForData(page) {
  await page.waitForFunction(
    () => !document.querySelector('[role="status"][aria-live="polite"]')?.textContent?.match(/Loading|Cargando/),
  );
}

/**
 * Every row of a store, read straight from IndexedDB without creating anything (see countStore): for checking
 * what the app stored, field by field. Resolves to null when the database does not exist.
 */
export function readStore(page, store = 'activities') {
  return page.evaluate(async (storeName) => {
    const name = 'agenda-exterior';
    if (!(await indexedDB.databases()).some((d) => d.name === name)) return null;
    return new Promise((resolve, reject) => {
      const req = indexedDB.open(name);
      req.onupgradeneeded = () => req.transaction.abort();
      req.onerror = () => reject(req.error);
      req.onsuccess = () => {
        const db = req.result;
        const all = db.transaction(storeName, 'readonly').objectStore(storeName).getAll();
        all.onsuccess = () => {
          resolve(all.result);
          db.close();
        };
        all.onerror = () => {
          db.close();
          reject(all.error);
        };
      };
    });
  }, store);
}

/** The app's database as the browser lists it, `{ version, stores }`, or null when there is none; opens nothing new. */
export function databaseInfo(page) {
  return page.evaluate(async () => {
    const found = (await indexedDB.databases()).find((d) => d.name === 'agenda-exterior');
    if (!found) return null;
    return new Promise((resolve, reject) => {
      const req = indexedDB.open('agenda-exterior');
      req.onupgradeneeded = () => req.transaction.abort();
      req.onerror = () => reject(req.error);
      req.onsuccess = () => {
        const db = req.result;
        resolve({ version: db.version, stores: [...db.objectStoreNames].sort() });
        db.close();
      };
    });
  });
}

/** Writes a synthetic CSV of `n` records (scripts/generate.mjs) into `dir` and returns its path. */
export function syntheticCsv(dir, n, seed = 1) {
  const file = join(dir, `synthetic-${n}.csv`);
  execFileSync(
    process.execPath,
    ['scripts/generate.mjs', '--n', String(n), '--seed', String(seed), '--format', 'csv', '--out', file],
    {
      stdio: 'ignore',
    },
  );
  return file;
}

/**
 * axe's violations on the page as it is (only violations are gathered: which ones are found does not change), within
 * `include` when given. Legacy mode runs axe in the page in one call. The default mode runs it per frame and then
 * finishes in a second, blank page, which here took three to four times as long for the same findings (the timeline
 * at phone size: 8.5–12.4 s against 2.4–2.8 s). What legacy mode leaves out is frames from other origins, and the
 * app has no frames.
 */
export async function axeViolations(page, include) {
  const builder = new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] });
  const { violations } = await (include ? builder.include(include) : builder).analyze();
  return violations;
}

/** The serious and critical ones: the tests fail on these. */
export const seriousViolations = (violations) =>
  violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
