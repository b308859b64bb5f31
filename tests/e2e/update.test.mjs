// A new version deployed while the analyst edits offline. The test serves its own copy of the app (the other files
// run beside it against the shared server) and deploys into that copy.
import { test } from './fixtures.mjs';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serve } from '../lib/serve.mjs';

const EDIT = '/records/peru-chile-migration-committee/edit?lang=en';
const UNSAVED = 'Half-written title, not saved yet';

let own; // { base, stop, dir }
test.beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'agenda-e2e-update-'));
  cpSync(process.env.E2E_DIST, dir, { recursive: true });
  own = { dir, ...(await serve(resolve(import.meta.dirname, '../..'), dir)) };
});
test.afterAll(() => {
  own?.stop();
  if (own) rmSync(own.dir, { recursive: true, force: true });
});

test('back online, a new version is offered and the unsaved edit stays until the analyst reloads', async ({
  launch,
}) => {
  const at = (path) => `${own.base}${path}`;
  const sw = join(own.dir, 'sw.js');
  const b = await launch({ serviceWorkers: 'allow' });
  b.allowErrors(/Failed to load resource|net::ERR/); // requests made while offline
  await b.page.goto(at('/?lang=en'));
  await b.page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await b.page.reload();
  await b.page.waitForFunction(() => navigator.serviceWorker.controller !== null);

  // Offline, the analyst starts an edit; meanwhile a new version is deployed (the worker's bytes change).
  await b.context.setOffline(true);
  await b.page.goto(at(EDIT));
  const title = b.page.getByLabel('Title (English)');
  await title.fill(UNSAVED);
  writeFileSync(sw, `${readFileSync(sw, 'utf8')}\n// redeployed ${Date.now()}\n`);
  const banner = b.page.getByRole('status').filter({ hasText: 'A new version is ready.' });
  assert.equal(await banner.count(), 0, 'nothing is offered while offline');

  await b.context.setOffline(false);
  await banner.waitFor({ timeout: 30_000 });
  assert.equal(await title.inputValue(), UNSAVED, 'the unsaved edit is still in the form');
  assert.equal(b.page.url(), at(EDIT), 'nothing reloaded by itself');

  // Reload: the waiting worker takes over and the page reloads into the new version.
  await Promise.all([b.page.waitForEvent('load'), banner.getByRole('button', { name: 'Reload' }).click()]);
  await b.page.getByRole('heading', { level: 1 }).first().waitFor();
  assert.equal(await banner.count(), 0, 'the new version runs: nothing more to offer');
});
