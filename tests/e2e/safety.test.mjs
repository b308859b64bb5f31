// Issue 16, as a careful tester would try it: two tabs on one record, a database from a newer build, a database
// the browser evicted, a page whose code cannot be downloaded. No analyst record or field may be lost in any.
import { test } from './fixtures.mjs';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { url, countStore, countStoreWhen, readStore, databaseInfo, syntheticCsv } from './helpers.mjs';
import { EMBEDDED } from './embedded.mjs';

const EDIT = '/records/oas-asylum-proposal/edit?lang=en';
const byId = async (page, id) => (await readStore(page)).find((r) => r.id === id);

/** Opens /import and waits until the app has opened and seeded its database. */
async function openImport(page, lang = 'en') {
  await page.goto(url(`/import?lang=${lang}`));
  await page.waitForFunction(() => document.querySelector('input[type=file]')?.disabled === false);
}

async function importFile(page, file, n) {
  await page.getByLabel('Import file', { exact: true }).setInputFiles(file);
  await page.getByRole('button', { name: `Import ${n} records` }).click();
  await page.getByText(new RegExp(`Imported from .*: ${n} new`)).waitFor();
}

/** "N of M activities match the filters." on /records, as numbers. */
async function shownCount(page) {
  const text = await page.getByText(/ of [\d,]+ activities match the filters/).innerText();
  const [, n, total] = text.match(/([\d,]+) of ([\d,]+)/);
  return [Number(n.replace(/,/g, '')), Number(total.replace(/,/g, ''))];
}

test('two tabs on one record: the stale save is refused with theirs/mine/merge, and the merge keeps both edits', async ({
  launch,
}) => {
  const b = await launch();
  const A = b.page;
  const B = await b.context.newPage();
  await A.goto(url(EDIT));
  await B.goto(url(EDIT));
  await A.getByLabel('Title (English)').waitFor();
  await B.getByLabel('Summary (English)').waitFor();
  const original = await byId(A, 'oas-asylum-proposal');

  const title = `${original.title.en} (changed in tab A)`;
  await A.getByLabel('Title (English)').fill(title);
  await A.getByRole('button', { name: 'Save record' }).click();
  await A.waitForURL(/\/records\/oas-asylum-proposal\?lang=en$/);
  // Tab B, never reloaded, is told before it saves.
  await B.getByText('This record was changed in another tab or window since you opened this form.', {
    exact: false,
  }).waitFor();

  const summary = 'A summary written in tab B, which must survive tab A’s save.';
  await B.getByLabel('Summary (English)').fill(summary);
  await B.getByRole('button', { name: 'Save record' }).click();
  const conflict = B.getByRole('alert').filter({
    has: B.getByRole('heading', { name: 'Not saved: this record was changed elsewhere' }),
  });
  await conflict.waitFor();
  assert.equal((await byId(A, 'oas-asylum-proposal')).title.en, title, 'the refused save wrote nothing');
  assert.equal((await byId(A, 'oas-asylum-proposal')).summary.en, original.summary.en);
  // Theirs and mine, field by field: A's title suggested from theirs, B's summary from mine.
  assert.ok(await conflict.getByRole('radio', { name: 'Keep the saved value of Title (English)' }).isChecked());
  assert.ok(await conflict.getByRole('radio', { name: 'Keep your value of Summary (English)' }).isChecked());
  await conflict.getByRole('button', { name: 'Keep theirs (drop my changes)' }).waitFor();
  await conflict.getByRole('button', { name: 'Save mine over theirs' }).waitFor();
  await conflict.getByRole('button', { name: 'Save the merged record' }).click();
  await B.waitForURL(/\/records\/oas-asylum-proposal\?lang=en$/);

  const stored = await byId(A, 'oas-asylum-proposal');
  assert.equal(stored.title.en, title);
  assert.equal(stored.summary.en, summary);
  const untouched = ['title', 'summary', 'updatedAt', 'origin'];
  const rest = (r) => Object.fromEntries(Object.entries(r).filter(([k]) => !untouched.includes(k)));
  assert.deepEqual(rest(stored), rest(original), 'no other field changed');
  assert.deepEqual({ ...stored.title, en: original.title.en }, original.title);
  const edits = (await readStore(A, 'history')).filter((h) => h.activityId === 'oas-asylum-proposal');
  assert.equal(edits.length, 2);
  assert.equal(edits[1].before.title.en, title, 'the second edit starts from tab A’s save');
});

test('another tab’s import reaches this tab’s list and count without a reload', async ({ launch }) => {
  const dir = mkdtempSync(join(tmpdir(), 'agenda-e2e-safety-'));
  const b = await launch();
  try {
    const A = b.page;
    await openImport(A);
    const stored = await countStore(A);
    const B = await b.context.newPage();
    await B.goto(url('/records?lang=en'));
    await B.getByRole('table').waitFor();
    assert.deepEqual(await shownCount(B), [stored, stored]);

    await importFile(A, syntheticCsv(dir, 5), 5);
    assert.equal(await countStore(A), stored + 5);
    await B.getByText(`${stored + 5} of ${stored + 5} activities match the filters.`).waitFor();
    await B.getByRole('link', { name: (await byId(A, 'syn-000001')).title.en }).waitFor();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a database written by a newer build (version 999) is neither raised nor written; a read-only copy is offered', async ({
  launch,
}) => {
  const b = await launch();
  // The origin's favicon: a page of the site that runs none of the app's code.
  await b.page.goto(url('/favicon.svg'));
  await b.page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const req = indexedDB.open('agenda-exterior', 999);
        req.onupgradeneeded = () => {
          const db = req.result;
          db.createObjectStore('records', { keyPath: 'id' }).put({ id: 'future-1', title: 'Kept as it is' });
          db.createObjectStore('journal', { autoIncrement: true });
        };
        req.onsuccess = () => {
          req.result.close();
          resolve(null);
        };
        req.onerror = () => reject(req.error);
      }),
  );
  const before = await databaseInfo(b.page);
  b.errors.length = 0; // the favicon page's own request for /favicon.ico is not the app's
  assert.deepEqual(before, { version: 999, stores: ['journal', 'records'] });

  for (const path of ['/?lang=en', '/records?lang=en', '/import?lang=en', EDIT]) {
    await b.page.goto(url(path));
    const notice = b.page.getByRole('alert').filter({
      has: b.page.getByRole('heading', {
        name: 'This data was saved by a newer version of Agenda Exterior — reload to get it',
      }),
    });
    await notice.waitFor();
    await notice.getByRole('button', { name: 'Reload' }).waitFor();
  }
  const download = b.page.waitForEvent('download');
  await b.page.getByRole('button', { name: 'Download a copy of the data (read-only)' }).click();
  const copy = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  assert.match(JSON.stringify(copy), /future-1.*Kept as it is/);
  await b.page.getByText(/^Copy saved as /).waitFor();

  assert.deepEqual(await databaseInfo(b.page), before, 'version and stores unchanged');
  assert.deepEqual(await readStore(b.page, 'records'), [{ id: 'future-1', title: 'Kept as it is' }]);
  assert.deepEqual(await readStore(b.page, 'journal'), []);
});

test('an evicted database: no write after the "deleted" banner, the loss is told on reload, and a backup brings it back', async ({
  launch,
}) => {
  const dir = mkdtempSync(join(tmpdir(), 'agenda-e2e-safety-'));
  const b = await launch();
  try {
    const A = b.page;
    await openImport(A);
    const embedded = await countStore(A);
    await importFile(A, syntheticCsv(dir, 5), 5);
    await A.goto(url(EDIT));
    const title = 'OAS asylum proposal (edited before the eviction)';
    await A.getByLabel('Title (English)').fill(title);
    await A.getByRole('button', { name: 'Save record' }).click();
    await A.waitForURL(/\/records\/oas-asylum-proposal\?lang=en$/);
    const analyst = (await readStore(A)).filter((r) => r.origin === 'analyst').length;
    assert.equal(analyst, 6, 'five imported records and one edited');

    await openImport(A);
    const saving = A.waitForEvent('download');
    await A.getByRole('button', { name: 'Download a backup' }).click();
    const backup = join(dir, 'backup.json');
    await (await saving).saveAs(backup);

    // Deleted from another tab of the same browser, as clearing site data or an eviction would.
    const other = await b.context.newPage();
    await other.goto(url('/favicon.svg'));
    await other.evaluate(
      () =>
        new Promise((resolve, reject) => {
          const req = indexedDB.deleteDatabase('agenda-exterior');
          req.onsuccess = () => resolve(null);
          req.onerror = () => reject(req.error);
          req.onblocked = () => reject(new Error('blocked: the app kept its connection open'));
        }),
    );
    await other.close();
    await A.getByRole('alert')
      .filter({ hasText: 'This site’s data was deleted in another tab. Reload this page.' })
      .waitFor();
    // The same tab, before reloading: an import is refused and nothing recreates the database.
    await A.getByLabel('Import file', { exact: true }).setInputFiles(syntheticCsv(dir, 3, 2));
    await A.getByRole('alert')
      .filter({ hasText: /^Nothing was written: this tab has closed the database .* Reload this page\./ })
      .waitFor();
    assert.equal(await A.getByText(/is not valid/).count(), 0, 'the file is not blamed');
    assert.equal(await A.getByRole('button', { name: 'Import 3 records' }).count(), 0);
    assert.equal(await databaseInfo(A), null, 'no database was recreated');

    await A.reload();
    const loss = A.getByRole('alert').filter({
      has: A.getByRole('heading', { name: 'Your records in this browser are gone' }),
    });
    await loss.waitFor();
    await loss.getByText(`This browser held ${analyst} records you imported or edited`).waitFor();
    await loss.getByText(/Your last backup was downloaded on /).waitFor();
    await loss.getByRole('link', { name: 'Restore from a backup file' }).click();
    await A.waitForURL(/\/import\?lang=en#backup-heading$/);
    await A.waitForFunction(() => document.querySelector('input[type=file]')?.disabled === false);
    assert.equal(await countStore(A), embedded, 'started again with the embedded records only');
    await A.getByLabel('Restore from a backup file', { exact: true }).setInputFiles(backup);
    await A.getByRole('button', { name: 'Restore this backup' }).click();
    await A.getByText(/^Backup restored: /).waitFor();
    assert.equal(await countStore(A), embedded + 5);
    assert.equal((await byId(A, 'oas-asylum-proposal')).title.en, title);
    assert.equal((await readStore(A)).filter((r) => r.origin === 'analyst').length, analyst);
    await loss.waitFor({ state: 'detached' });
    b.allowErrors(/favicon\.ico|404/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('offline before a page’s code is loaded: an error in the page’s language with "Try again", which recovers online', async ({
  launch,
}) => {
  const b = await launch();
  const { page, context } = b;
  await page.goto(url('/?lang=es'));
  await page.getByRole('navigation', { name: 'Principal' }).waitFor();
  // The overview's own deferred code (its charts, the Download data menu it loads when idle) is in first: asked for
  // in the instant between the network going and the browser saying so, it would fail for the page's life, and
  // with it chunks other pages share — another scenario than the one tested here.
  await page.getByRole('button', { name: 'Descargar datos' }).waitFor();
  await page.locator('main figure svg').first().waitFor();
  // So is the database's code, which a first visit loads once the overview has drawn (src/db/openDb.ts): the seed
  // has stored the data set.
  assert.equal(await countStoreWhen(page, EMBEDDED.length), EMBEDDED.length);
  await page.evaluate(() => (window.__sameDocument = true));
  await context.setOffline(true);
  // The browser knows it is offline (as when the network goes away), before the first page is asked for.
  await page.waitForFunction(() => navigator.onLine === false);
  const main = page.locator('main');
  const failed = page.getByRole('alert').filter({
    has: page.getByRole('heading', { name: 'No se pudo cargar esta página' }),
  });
  for (const name of ['Cronología', 'Mapa', 'Temas', 'Registros', 'Importar', 'Informe']) {
    await page.getByRole('navigation', { name: 'Principal' }).getByRole('link', { name }).click();
    await failed.waitFor();
    await failed.getByText('No tiene conexión', { exact: false }).waitFor();
    await failed.getByRole('button', { name: 'Intentar de nuevo' }).waitFor();
    assert.notEqual((await main.innerText()).trim(), '', `${name}: the main area is never blank`);
  }

  // "Try again" while still offline: the panel stays and still says why.
  await failed.getByRole('button', { name: 'Intentar de nuevo' }).click();
  await failed.getByRole('button', { name: 'Intentar de nuevo' }).waitFor();
  await failed.getByText('No tiene conexión', { exact: false }).waitFor();

  // Back online, the page on screen (Informe) loads by itself, and pages first visited offline load when visited.
  await context.setOffline(false);
  await failed.waitFor({ state: 'detached' });
  await main.getByRole('button', { name: 'Imprimir / Guardar como PDF' }).waitFor();
  for (const [name, ready] of [
    ['Registros', () => page.getByRole('table').waitFor()],
    ['Mapa', () => main.locator('svg path[role="button"]').first().waitFor()],
  ]) {
    await page.getByRole('navigation', { name: 'Principal' }).getByRole('link', { name }).click();
    await ready();
    assert.equal(await failed.count(), 0, `${name}: the error is gone`);
  }
  assert.equal(await page.evaluate(() => window.__sameDocument), true, 'recovered without a full reload');
  b.allowErrors(/ERR_INTERNET_DISCONNECTED/);
});
