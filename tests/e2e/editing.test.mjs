import { test } from './fixtures.mjs';
import assert from 'node:assert/strict';
import { url, countStore } from './helpers.mjs';
import { EMBEDDED } from './embedded.mjs';

test('an edit is saved and shows in the record’s correction history', async ({ launch }) => {
  const b = await launch();
  await b.page.goto(url('/records/peru-chile-migration-committee/edit?lang=en'));
  const title = b.page.getByLabel('Title (English)');
  await title.fill('Peru–Chile migration committee (edited in e2e)');
  await b.page.getByRole('button', { name: 'Save record' }).click();
  await b.page.waitForURL(/\/records\/peru-chile-migration-committee\?lang=en$/);
  await b.page.getByRole('heading', { level: 1, name: 'Peru–Chile migration committee (edited in e2e)' }).waitFor();
  const history = b.page.getByRole('region', { name: 'Correction history' });
  await history.getByText('Edited', { exact: true }).waitFor();
  await history.getByText('Changed: title (en)').waitFor();
  assert.equal(await countStore(b.page, 'history'), 1);
  assert.equal(await countStore(b.page), EMBEDDED.length);
});

test('a schema upgrade in another tab makes this tab ask for a reload', async ({ launch }) => {
  const b = await launch();
  await b.page.goto(url('/records?lang=en'));
  await b.page.getByRole('table').waitFor();
  const other = await b.context.newPage();
  await other.goto(url('/404-other-tab'));
  // Another tab opens the database at a newer version than this build knows (Dexie stores v2 as 20).
  await other.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const req = indexedDB.open('agenda-exterior', 990);
        req.onupgradeneeded = () => req.result.createObjectStore('fromTheFuture');
        req.onsuccess = () => {
          req.result.close();
          resolve(null);
        };
        req.onerror = () => reject(req.error);
        req.onblocked = () => reject(new Error('blocked: the old tab kept its connection open'));
      }),
  );
  const banner = b.page.getByRole('alert').filter({ hasText: 'updated in another tab' });
  await banner.waitFor();
  await banner.getByRole('button', { name: 'Reload' }).waitFor();
  // Dexie announces the closing with a console warning; only errors count as failures.
  b.allowErrors(/404|Failed to load resource/);
});

test('the footer says whether the browser keeps the data', async ({ launch }) => {
  const b = await launch();
  await b.page.goto(url('/?lang=en'));
  await b.page.getByText(/^Storage: (persistent|not persistent)/).waitFor();
});
