import { test } from './fixtures.mjs';
import assert from 'node:assert/strict';
import { url, countStore } from './helpers.mjs';

const ROUTES = ['/', '/timeline', '/map', '/themes', '/records', '/import', '/feeds', '/briefing', '/month/2025-12'];

test('after one visit, every route opens offline from the service worker with its data', async ({ launch }) => {
  const { page, context, allowErrors } = await launch({ serviceWorkers: 'allow' });
  await page.goto(url('/?lang=en'));
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  // The first page was loaded before the worker existed; from the next load on, the worker controls the page.
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const stored = await countStore(page);
  assert.ok(stored > 0);

  await context.setOffline(true);
  for (const path of ROUTES) {
    await page.goto(url(`${path}${path.includes('?') ? '&' : '?'}lang=en`));
    await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 15_000 });
    if (path === '/themes' || path === '/map') await page.locator('figure svg').first().waitFor({ timeout: 15_000 });
  }
  await page.goto(url('/records?lang=en'));
  await page.getByRole('table').waitFor();
  assert.equal(await countStore(page), stored, 'IndexedDB intact');
  await context.setOffline(false);
  allowErrors(/Failed to load resource|net::ERR/);
});
