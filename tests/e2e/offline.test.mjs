import { test } from './fixtures.mjs';
import assert from 'node:assert/strict';
import { url, countStore } from './helpers.mjs';
import { ROUTES } from './routes.mjs';

/** Routes whose main content is a chart: it must be drawn offline too, not only the heading. */
const CHARTS = new Set(['/', '/timeline', '/map', '/themes', '/month/2025-11']);

test('after one visit, every route opens offline from the service worker with its data', async ({ launch }) => {
  const { page, context, allowErrors } = await launch({ serviceWorkers: 'allow' });
  await page.goto(url('/?lang=en'));
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  // The first page was loaded before the worker existed; from the next load on, the worker controls the page.
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const stored = await countStore(page);
  assert.ok(stored > 0);
  // Installable: Chromium's own check of the manifest, its icons and the service worker finds nothing missing.
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  assert.deepEqual(installabilityErrors, []);
  const { errors: manifestErrors } = await cdp.send('Page.getAppManifest');
  assert.deepEqual(manifestErrors, []);

  await context.setOffline(true);
  for (const path of ROUTES) {
    await page.goto(url(`${path}${path.includes('?') ? '&' : '?'}lang=en`));
    await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 15_000 });
    if (CHARTS.has(path)) await page.locator('figure svg').first().waitFor({ timeout: 15_000 });
  }
  await page.goto(url('/records?lang=en'));
  await page.getByRole('table').waitFor();
  assert.equal(await countStore(page), stored, 'IndexedDB intact');
  await context.setOffline(false);
  allowErrors(/Failed to load resource|net::ERR/);
});
