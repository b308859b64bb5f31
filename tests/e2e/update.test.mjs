import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, url } from './helpers.mjs';

const DIST = process.env.E2E_DIST;
const EDIT = '/records/peru-chile-migration-committee/edit?lang=en';
const UNSAVED = 'Half-written title, not saved yet';

test(
  'back online, a new version is offered and the unsaved edit stays until the analyst reloads',
  {
    skip: DIST ? false : 'needs E2E_DIST (run through npm run test:e2e)',
  },
  async () => {
    const sw = join(DIST ?? '', 'sw.js');
    const deployed = readFileSync(sw, 'utf8');
    const b = await launch({ serviceWorkers: 'allow' });
    try {
      await b.page.goto(url('/?lang=en'));
      await b.page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
      await b.page.reload();
      await b.page.waitForFunction(() => navigator.serviceWorker.controller !== null);

      // Offline, the analyst starts an edit; meanwhile a new version is deployed (the worker's bytes change).
      await b.context.setOffline(true);
      await b.page.goto(url(EDIT));
      const title = b.page.getByLabel('Title (English)');
      await title.fill(UNSAVED);
      writeFileSync(sw, `${deployed}\n// redeployed ${Date.now()}\n`);
      const banner = b.page.getByRole('status').filter({ hasText: 'A new version is ready.' });
      assert.equal(await banner.count(), 0, 'nothing is offered while offline');

      await b.context.setOffline(false);
      await banner.waitFor({ timeout: 30_000 });
      assert.equal(await title.inputValue(), UNSAVED, 'the unsaved edit is still in the form');
      assert.equal(b.page.url(), url(EDIT), 'nothing reloaded by itself');

      // Reload: the waiting worker takes over and the page reloads into the new version.
      await Promise.all([b.page.waitForEvent('load'), banner.getByRole('button', { name: 'Reload' }).click()]);
      await b.page.getByRole('heading', { level: 1 }).first().waitFor();
      assert.equal(await banner.count(), 0, 'the new version runs: nothing more to offer');
      assert.deepEqual(
        b.errors.filter((e) => !/Failed to load resource|net::ERR/.test(e)),
        [],
      );
    } finally {
      writeFileSync(sw, deployed);
      await b.close();
    }
  },
);
