import { test } from './fixtures.mjs';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { url, countStore } from './helpers.mjs';
import { EMBEDDED } from './embedded.mjs';

const FIX = 'tests/fixtures/import/';

/** One stored record, read straight from IndexedDB. */
const readRecord = (page, id) =>
  page.evaluate(
    (key) =>
      new Promise((resolve, reject) => {
        const req = indexedDB.open('agenda-exterior');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          try {
            const get = req.result.transaction('activities').objectStore('activities').get(key);
            get.onsuccess = () => {
              resolve(get.result ?? null);
              req.result.close();
            };
            get.onerror = () => reject(get.error);
          } catch (e) {
            req.result.close();
            reject(e);
          }
        };
      }),
    id,
  );

async function openImport(page) {
  await page.goto(url('/import?lang=en'));
  const input = page.getByLabel('Import file', { exact: true });
  // Enabled only once the app has opened (and seeded) the database: counting before that would create an empty
  // database at version 1 from the test's own connection.
  await page.waitForFunction(() => document.querySelector('input[type=file]')?.disabled === false);
  assert.equal(await countStore(page), EMBEDDED.length);
  return input;
}

test('a bad file shows every problem in the alert and leaves the count unchanged', async ({ launch }) => {
  const b = await launch();
  const input = await openImport(b.page);
  await input.setInputFiles(FIX + 'bad-date.csv');
  const alert = b.page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.innerText(), /bad-date\.csv, row 3 \(id fixture-record-2\), date: 2025-13-45 is not a date/);
  await input.setInputFiles(FIX + 'unknown-type-and-org.json');
  await b.page.getByText('“NATO” is not an organisation of the taxonomy').waitFor();
  assert.equal(await countStore(b.page), EMBEDDED.length);
  assert.equal(await countStore(b.page, 'history'), 0);
});

test('a good file shows the preview, imports on confirm, and undo restores count and values', async ({ launch }) => {
  const b = await launch();
  const input = await openImport(b.page);
  const before = await readRecord(b.page, 'peru-chile-migration-committee');
  await input.setInputFiles(FIX + 'valid/synthetic-month-2025-10.csv');
  const preview = b.page.getByRole('region', { name: 'Preview of synthetic-month-2025-10.csv' });
  await preview.getByText('40 new, 0 changed, 0 unchanged. Nothing has been written yet.').waitFor();
  assert.equal(await countStore(b.page), EMBEDDED.length, 'nothing is written before the analyst confirms');
  await preview.getByRole('button', { name: 'Import 40 records' }).click();
  await b.page.getByText('Imported from synthetic-month-2025-10.csv: 40 new, 0 updated, 0 unchanged.').waitFor();
  assert.equal(await countStore(b.page), EMBEDDED.length + 40);

  await input.setInputFiles(FIX + 'valid/update-and-new.json');
  const p2 = b.page.getByRole('region', { name: 'Preview of update-and-new.json' });
  await p2.getByText('Fields that change: title (es), title (en)').waitFor();
  await p2.getByRole('button', { name: 'Import 2 records' }).click();
  await b.page.getByText(/1 new, 1 updated, 0 unchanged/).waitFor();
  assert.equal(await countStore(b.page), EMBEDDED.length + 41);
  assert.equal((await readRecord(b.page, 'peru-chile-migration-committee')).origin, 'analyst');

  await b.page.getByRole('button', { name: 'Undo last import' }).click();
  await b.page.getByText(/Import undone: 1 records restored/).waitFor();
  assert.equal(await countStore(b.page), EMBEDDED.length + 40);
  assert.deepEqual(await readRecord(b.page, 'peru-chile-migration-committee'), before);
});

test('a hostile title fires no dialog and shows the literal text', async ({ launch }) => {
  const b = await launch();
  let dialogs = 0;
  b.page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  const input = await openImport(b.page);
  await input.setInputFiles(FIX + 'valid/hostile-title.json');
  await b.page.getByRole('button', { name: 'Import 1 record' }).click();
  await b.page.getByText(/Imported from hostile-title.json/).waitFor();
  await b.page.goto(url('/records/fixture-record-9?lang=en'));
  const h1 = b.page.getByRole('heading', { level: 1 });
  await h1.waitFor();
  assert.equal(await h1.innerText(), '<script>alert(1)</script>');
  await b.page.getByText('<img src=x onerror=alert(2)>').first().waitFor();
  assert.equal(await b.page.locator('main img[src="x"], main script').count(), 0);
  await b.page.goto(url('/records?lang=en'));
  await b.page.getByRole('link', { name: '<script>alert(1)</script>' }).waitFor();
  assert.equal(dialogs, 0);
});

test('an 8,000-record CSV: progress bars while checking and writing, history, and undo back to the embedded count', async ({
  launch,
}) => {
  // Four write chunks (db/chunks.ts): enough for the writing bar to be seen between its ends. 100,000 records
  // through the same page are scale.test.mjs's.
  const n = 8_000;
  const ns = n.toLocaleString('en-GB'); // counts are shown as the reader writes them: 8,000
  const dir = mkdtempSync(join(tmpdir(), 'agenda-e2e-import-'));
  const file = join(dir, `synthetic-${n}.csv`);
  execFileSync(process.execPath, ['scripts/generate.mjs', '--n', String(n), '--format', 'csv', '--out', file], {
    stdio: 'ignore',
  });
  const b = await launch();
  try {
    const input = await openImport(b.page);
    // Every state of every progress bar the page shows: its accessible name (label), value and max.
    await b.page.evaluate(() => {
      window.__bars = [];
      const seen = () => {
        for (const p of document.querySelectorAll('progress'))
          window.__bars.push([p.labels?.[0]?.textContent ?? '', p.hasAttribute('value') ? p.value : null, p.max]);
      };
      new MutationObserver(seen).observe(document.body, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
        attributeFilter: ['value', 'max'],
      });
    });
    await input.setInputFiles(file);
    const preview = b.page.getByRole('region', { name: `Preview of synthetic-${n}.csv` });
    await preview.getByText(`${ns} new, 0 changed, 0 unchanged. Nothing has been written yet.`).waitFor();
    await preview.getByText(`…and ${(n - 50).toLocaleString('en-GB')} more`).waitFor();
    await preview.getByRole('button', { name: `Import ${ns} records` }).click();
    await b.page.getByText(`Imported from synthetic-${n}.csv: ${ns} new, 0 updated, 0 unchanged.`).waitFor();
    assert.equal(await countStore(b.page), EMBEDDED.length + n);

    const bars = await b.page.evaluate(() => window.__bars);
    const named = (label) => bars.filter(([l]) => l === label);
    assert.ok(named(`Checking the records of synthetic-${n}.csv`).length > 0, 'a bar while checking');
    const writing = named(`Writing the records of synthetic-${n}.csv`);
    assert.ok(
      writing.some(([, value, max]) => max === n && value > 0 && value < n),
      'the bar moves while writing',
    );

    // One summary row for the 8,000 created records, not a row (and a copy) each.
    assert.equal(await countStore(b.page, 'history'), 1);
    await b.page.goto(url('/records/syn-000123?lang=en'));
    const history = b.page.getByRole('region', { name: 'Correction history' });
    await history.getByText(`Imported from synthetic-${n}.csv`).waitFor();
    await history.getByText('new record').waitFor();

    await b.page.goto(url('/import?lang=en'));
    await b.page.getByText(new RegExp(`Last import: synthetic-${n}\\.csv, .* — ${ns} records written`)).waitFor();
    await b.page.getByRole('button', { name: 'Undo last import' }).click();
    await b.page
      .getByText(`Import undone: 0 records restored to their earlier values, ${ns} new records removed.`)
      .waitFor();
    assert.equal(await countStore(b.page), EMBEDDED.length);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
