// Chart exports (PNG, PNG 3×, SVG, CSV) from /themes and data exports (CSV, JSON, bundle) from /records, with
// the round trip of the data files through /import in a fresh profile.
import { test } from './fixtures.mjs';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { countStoreWhen, url } from './helpers.mjs';
import { EMBEDDED } from './embedded.mjs';

/** The embedded records with Chile as counterpart, the filter these exports use. */
const CHILE = EMBEDDED.filter((a) => a.countries.includes('CL'));

const TITLE = 'Activities by theme';
let out; // made in beforeAll: the runner also loads this file to list its tests
test.beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'agenda-e2e-exports-'));
});
test.afterAll(() => out && rmSync(out, { recursive: true, force: true }));

/** Opens the menu of `button` in `scope`, picks `item` and saves the download. */
async function download(page, scope, button, item) {
  await scope.getByRole('button', { name: button, exact: true }).click();
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    scope.getByRole('menuitem', { name: item, exact: true }).click(),
  ]);
  const path = join(out, dl.suggestedFilename());
  await dl.saveAs(path);
  return { path, name: dl.suggestedFilename(), bytes: readFileSync(path) };
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const pngWidth = (bytes) => bytes.readUInt32BE(16); // IHDR: signature (8), length (4), "IHDR" (4), width
const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

async function openChart(page) {
  await page.goto(url('/themes?country=CL&lang=en'));
  const figure = page.getByRole('figure', { name: TITLE });
  await figure.locator('svg').first().waitFor();
  const svgWidth = await figure.evaluate((f) => {
    const svg = [...f.querySelectorAll('svg')].find((s) => !s.closest('.recharts-legend-wrapper, [data-legend-label]'));
    return svg.getBoundingClientRect().width;
  });
  assert.ok(svgWidth > 100, `the chart is drawn (${svgWidth}px)`);
  return { figure, svgWidth };
}

test('a chart exports as PNG at 2× and 3× its on-screen size', async ({ launch }) => {
  const b = await launch();
  const { figure, svgWidth } = await openChart(b.page);
  const png = await download(b.page, figure, 'Export', 'PNG');
  assert.equal(png.name, `themes-by-theme_CL_${today()}.png`);
  assert.deepEqual([...png.bytes.subarray(0, 8)], PNG_SIGNATURE);
  assert.ok(pngWidth(png.bytes) >= 2 * svgWidth, `PNG ${pngWidth(png.bytes)}px vs chart ${svgWidth}px`);
  const print = await download(b.page, figure, 'Export', 'Print quality (3×)');
  assert.deepEqual([...print.bytes.subarray(0, 8)], PNG_SIGNATURE);
  assert.ok(pngWidth(print.bytes) >= 3 * svgWidth, `print PNG ${pngWidth(print.bytes)}px vs chart ${svgWidth}px`);
});

test('a chart exports as a standalone SVG that librsvg renders, carrying title, filters and source', async ({
  launch,
}) => {
  const b = await launch();
  const { figure } = await openChart(b.page);
  const svg = await download(b.page, figure, 'Export', 'SVG');
  assert.equal(svg.name, `themes-by-theme_CL_${today()}.svg`);
  const text = svg.bytes.toString('utf8');
  assert.match(text, /<svg[^>]* width="\d+"[^>]* height="\d+"/);
  assert.ok(text.includes(`>${TITLE}<`), 'title');
  assert.ok(text.includes('>Country: Chile<'), 'filters in words, named by kind');
  assert.ok(!/127\.0\.0\.1|localhost/.test(text), 'no loopback address');
  assert.ok(text.includes('304-25'), 'source');
  assert.ok(text.includes('Exported '), 'export date');
  assert.ok(!/foreignObject/i.test(text), 'no foreignObject');
  assert.ok(!/(href|url\()\s*=?\s*"?(https?:)/i.test(text), 'no external reference');
  const png = join(out, 'rendered.png');
  const r = spawnSync('rsvg-convert', ['-o', png, svg.path], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual([...readFileSync(png).subarray(0, 8)], PNG_SIGNATURE);
});

test('a time chart keeps its hatching in the exported SVG and PNG, and says what it means', async ({ launch }) => {
  const b = await launch();
  // No date filter: the range- and quarter-dated records of the data set make hatched columns.
  await b.page.goto(url('/timeline?lang=en'));
  const figure = b.page.getByRole('figure', { name: 'Activities per month' });
  await figure.locator('svg').first().waitFor();
  const svg = await download(b.page, figure, 'Export', 'SVG');
  const text = svg.bytes.toString('utf8');
  const ids = [...text.matchAll(/<pattern[^>]* id="([^"]+)"/g)].map((m) => m[1]);
  assert.ok(ids.length >= 2, `the chart's pattern and the legend's are defined in the file (${ids})`);
  for (const id of ids) assert.ok(text.includes(`fill="url(#${id})"`), `something is filled with #${id}`);
  assert.ok(text.includes('Hatched: activities whose date is known only to a longer period'), 'the caveat');
  assert.ok(text.includes('Known only to a longer period'), 'the hatched series in the legend');
  assert.ok(text.includes('>All activities (no filter)<'), 'the filter line says there is none');
  const png = join(out, 'hatched.png');
  const r = spawnSync('rsvg-convert', ['-o', png, svg.path], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const raster = await download(b.page, figure, 'Export', 'PNG');
  assert.deepEqual([...raster.bytes.subarray(0, 8)], PNG_SIGNATURE);
});

test('a chart exports its rows as CSV', async ({ launch }) => {
  const b = await launch();
  const { figure } = await openChart(b.page);
  const csv = await download(b.page, figure, 'Export', 'CSV');
  assert.equal(csv.name, `themes-by-theme_CL_${today()}.csv`);
  const lines = csv.bytes
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  // Under country=CL: a row per theme the Chilean activities carry, most frequent first.
  const themes = new Map();
  for (const a of CHILE) for (const t of a.themes) themes.set(t, (themes.get(t) ?? 0) + 1);
  assert.equal(lines.length, 1 + themes.size);
  assert.deepEqual(
    lines.slice(1).map((l) => Number(l.split(',').at(-1))),
    [...themes.values()].sort((x, y) => y - x),
  );
});

/** The records exported from /records?country=CL, as files. */
async function exportRecords(launch) {
  const b = await launch();
  await b.page.goto(url('/records?country=CL&lang=en'));
  await b.page.getByRole('table').waitFor();
  const main = b.page.getByRole('main');
  const csv = await download(b.page, main, 'Download data', 'CSV');
  const json = await download(b.page, main, 'Download data', 'JSON');
  const zip = await download(b.page, main, 'Download data', 'Data bundle (.zip)');
  return { csv, json, zip };
}

/** A stored record as it appears in files: without the fields the app adds (origin, updatedAt). */
function withoutAppFields(record) {
  const rest = { ...record };
  delete rest.origin;
  delete rest.updatedAt;
  return rest;
}

/** In a fresh profile: removes the exported records, imports `file` through /import, and reads them back. */
async function importInFreshProfile(launch, file, ids) {
  const b = await launch();
  await b.page.goto(url('/records?lang=en'));
  await b.page.getByRole('table').waitFor();
  // On a first visit the table shows the embedded set before the database holds it: wait for the seed.
  assert.equal(await countStoreWhen(b.page, EMBEDDED.length), EMBEDDED.length);
  // Delete the records first, so finding them afterwards proves the import, not the embedded data set.
  await b.page.evaluate(
    (idList) =>
      new Promise((resolve, reject) => {
        const req = indexedDB.open('agenda-exterior');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const tx = req.result.transaction('activities', 'readwrite');
          for (const id of idList) tx.objectStore('activities').delete(id);
          tx.oncomplete = () => {
            req.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    ids,
  );
  await b.page.goto(url('/import?lang=en'));
  await b.page.getByLabel('Import file').setInputFiles(file);
  const read = () =>
    b.page.evaluate(
      (idList) =>
        new Promise((resolve, reject) => {
          const req = indexedDB.open('agenda-exterior');
          req.onerror = () => reject(req.error);
          req.onsuccess = () => {
            const store = req.result.transaction('activities').objectStore('activities');
            const found = [];
            let left = idList.length;
            for (const id of idList) {
              const g = store.get(id);
              g.onsuccess = () => {
                if (g.result) found.push(g.result);
                if (--left === 0) {
                  req.result.close();
                  resolve(found);
                }
              };
            }
          };
        }),
      ids,
    );
  // The import page may ask to confirm what it is about to write.
  for (let i = 0; i < 100; i++) {
    const found = await read();
    if (found.length === ids.length) {
      return found.map(withoutAppFields).sort((a, c) => a.id.localeCompare(c.id));
    }
    // "Import 2 records" — not the file input, which Chromium also exposes as a button named "Import file".
    const confirm = b.page.getByRole('button', { name: /^import \d+ records?$/i }).first();
    if (await confirm.isEnabled().catch(() => false)) await confirm.click().catch(() => {});
    await b.page.waitForTimeout(100);
  }
  assert.fail(`the imported records did not appear (${(await read()).length} of ${ids.length})`);
}

let exported = null;

test('the filtered records export as CSV (with BOM), JSON and a bundle with a README', async ({ launch }) => {
  exported = await exportRecords(launch);
  const { csv, json, zip } = exported;
  assert.equal(json.name, `activities_CL_${today()}.json`);
  const file = JSON.parse(json.bytes.toString('utf8'));
  assert.equal(file.format, 'agenda-exterior.activities');
  assert.equal(file.version, 1);
  assert.equal(file.activities.length, CHILE.length, 'every activity with Chile as counterpart');
  assert.ok(file.activities.every((r) => r.countries.includes('CL')));
  assert.ok(
    file.activities.every((r) => !('origin' in r)),
    'file records carry no origin',
  );

  assert.equal(csv.name, `activities_CL_${today()}.csv`);
  assert.deepEqual([...csv.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
  assert.equal(csv.bytes.toString('utf8').trim().split('\r\n').length, 1 + CHILE.length);

  const files = unzipSync(new Uint8Array(zip.bytes));
  assert.deepEqual(Object.keys(files).sort(), ['README.txt', csv.name, json.name].sort());
  assert.deepEqual(strFromU8(files[json.name]), json.bytes.toString('utf8'));
  const readme = strFromU8(files['README.txt']);
  assert.match(readme, /Filters: Country: Chile/);
  assert.match(readme, /Nota de Prensa 304-25/);
  assert.match(readme, /How to cite:/);
});

test('the exported JSON and CSV import back unchanged in a fresh profile', async ({ launch }) => {
  exported ??= await exportRecords(launch);
  const { csv, json } = exported;
  const records = JSON.parse(json.bytes.toString('utf8')).activities.sort((a, c) => a.id.localeCompare(c.id));
  const ids = records.map((r) => r.id);
  assert.deepEqual(await importInFreshProfile(launch, json.path, ids), records, 'JSON round trip');
  assert.deepEqual(await importInFreshProfile(launch, csv.path, ids), records, 'CSV round trip');
});
