// A tab left open while a new version is deployed: the page code it asks for next is gone from the server. The test
// serves its own copy of the app and "deploys" into it by renaming the hashed files, as a new build does.
import { test } from './fixtures.mjs';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serve } from '../lib/serve.mjs';

let own; // { base, stop, dir }
test.beforeEach(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'agenda-e2e-deploy-'));
  cpSync(process.env.E2E_DIST, dir, { recursive: true });
  own = { dir, ...(await serve(resolve(import.meta.dirname, '../..'), dir)) };
});
test.afterEach(() => {
  own?.stop();
  if (own) rmSync(own.dir, { recursive: true, force: true });
});

/**
 * Renames hashed files as a new build would, and rewrites every reference to them. As with content hashes, a chunk
 * whose text changes (it names a renamed file) is renamed too, until nothing else changes: a build never serves new
 * text under an old name, and a tab of the old build that loads such a chunk would run two copies of the app.
 */
function redeploy(dir, pattern) {
  const assets = join(dir, 'assets');
  const scripts = readdirSync(assets).filter((f) => f.endsWith('.js'));
  const renamed = new Map(scripts.filter((f) => pattern.test(f)).map((f) => [f, f.replace(/\.js$/, '-next.js')]));
  for (let grew = true; grew; ) {
    grew = false;
    for (const f of scripts) {
      if (renamed.has(f)) continue;
      const text = readFileSync(join(assets, f), 'utf8');
      if ([...renamed.keys()].some((from) => text.includes(from))) {
        renamed.set(f, f.replace(/\.js$/, '-next.js'));
        grew = true;
      }
    }
  }
  for (const [from, to] of renamed) renameSync(join(assets, from), join(assets, to));
  for (const file of [join(dir, 'index.html'), ...[...renamed.values()].map((f) => join(assets, f))]) {
    let text = readFileSync(file, 'utf8');
    for (const [from, to] of renamed) text = text.replaceAll(from, to);
    writeFileSync(file, text);
  }
  return renamed.size;
}

/** A fresh browser on this copy's overview, settled, allowed the failed requests a removed chunk causes. */
async function openOverview(launch) {
  const { page, allowErrors } = await launch();
  allowErrors(/Failed to load resource|Failed to fetch dynamically imported module|error loading dynamically/);
  await page.goto(`${own.base}/?lang=en`);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  // A tab left open: the code the overview loads after its first paint (the database, the charts) has arrived.
  await page.waitForLoadState('networkidle');
  return page;
}

test('a page whose code a new deployment removed: the tab reloads once into the new build and shows the page', async ({
  launch,
}) => {
  const page = await openOverview(launch);
  await page.evaluate(() => (window.__beforeDeploy = true));
  // The new build: the entry and the records page under new names; this tab still runs the old entry.
  assert.ok(redeploy(own.dir, /^(index-[^.]+|RecordsPage-[^.]+)\.js$/) >= 2);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Records' }).click();
  await page.getByRole('table').waitFor({ timeout: 30_000 });
  assert.equal(await page.evaluate(() => window.__beforeDeploy ?? false), false, 'the tab was reloaded');
  assert.match(
    await page.evaluate(() => document.querySelector('script[type="module"][src]').getAttribute('src')),
    /-next\.js$/,
  );
});

test('a page whose code fails to load while the same build is served: shown with "Try again", no reload', async ({
  launch,
}) => {
  const page = await openOverview(launch);
  await page.evaluate(() => (window.__beforeFailure = true));
  // The server loses the records page's code (a broken upload), but index.html still names this build.
  const assets = join(own.dir, 'assets');
  for (const f of readdirSync(assets).filter((x) => /^RecordsPage-[^.]+\.js$/.test(x))) rmSync(join(assets, f));
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Records' }).click();
  await page.getByRole('button', { name: 'Try again' }).waitFor({ timeout: 30_000 });
  assert.equal(await page.evaluate(() => window.__beforeFailure ?? false), true, 'no reload');
});
