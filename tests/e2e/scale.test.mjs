// Every view and the import with 100,000 records stored (issue 6: "the views and the import still pass all their
// tests with 100k records loaded"). One browser profile, one import through the UI of the generator's CSV (the
// JSON of 100k is over the import's 50 MB limit), then each view read against counts made here in Node from the
// same file with plain JS. No timings are asserted: waits are generous because 100k records take a while to read.
import { test } from './fixtures.mjs';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { countStore, openBrowser, url } from './helpers.mjs';
import { EMBEDDED } from './embedded.mjs';

const N = 100_000;
const SEED = 1;
const LONG = 180_000; // reading, checking and writing 100k records on a loaded 2-core machine
const VIEW = 90_000; // a view reading 100k records from IndexedDB and drawing them
const fmt = (n) => n.toLocaleString('en-GB');
/** A number as the page writes it: "100,019" (or "100019" where a string is not formatted). */
const num = (n) => `(?:${fmt(n)}|${n})`;
const toNumber = (text) => Number(String(text).replace(/[^\d]/g, ''));
const monthName = (key) =>
  new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${key}-01T00:00:00Z`),
  );

let dir; // made in beforeAll: the runner also loads this file to list its tests
const FILE_NAME = `scale-${N}.csv`;
let file;
let b; // one browser for the whole file
let d; // the records as read here in Node, and what the views should show of them

// ── The expected values, computed without the app ──────────────────────────────────────────────────────────────

const split = (cell) => (cell ? cell.split(';') : []);
const endOfMonth = (date) => {
  const [y, m] = date.split('-').map(Number);
  return `${date.slice(0, 8)}${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
};
const endOfQuarter = (date) => {
  const m = Number(date.slice(5, 7));
  return endOfMonth(`${date.slice(0, 5)}${String(Math.ceil(m / 3) * 3).padStart(2, '0')}-01`);
};
/** The last day an activity covers: what the timeline orders by after its start date. */
const lastDay = (a) =>
  ({ day: a.date, range: a.endDate ?? a.date, month: endOfMonth(a.date), quarter: endOfQuarter(a.date) })[
    a.datePrecision
  ];

function readRecords() {
  // Every release in data/, as the built app seeds it.
  const embedded = EMBEDDED;
  const parsed = Papa.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  });
  assert.deepEqual(parsed.errors, []);
  const generated = parsed.data.map((r) => ({
    id: r.id,
    date: r.date,
    datePrecision: r.date_precision,
    endDate: r.end_date || undefined,
    status: r.status,
    title: { es: r.title_es, en: r.title_en },
    countries: split(r.countries),
    themes: split(r.themes),
    organizations: split(r.organizations),
    source: { id: r.source_id, paragraph: Number(r.source_paragraph) },
  }));
  assert.equal(generated.length, N);
  return { embedded, all: [...embedded, ...generated] };
}

/** Activities per value of a list field, most first, ties by id: [[value, count], …]. */
const counts = (all, field) => {
  const m = new Map();
  for (const a of all) for (const v of a[field]) m.set(v, (m.get(v) ?? 0) + 1);
  return [...m].sort(([k1, n1], [k2, n2]) => n2 - n1 || (k1 < k2 ? -1 : 1));
};
const THEME_EN = new Map(JSON.parse(readFileSync('data/taxonomy.json', 'utf8')).themes.map((t) => [t.id, t.label.en]));

function expected() {
  const { embedded, all } = readRecords();
  const distinct = (field) => new Set(all.flatMap((a) => a[field])).size;
  const status = (s) => all.filter((a) => a.status === s).length;
  const chile = all.filter((a) => a.countries.includes('CL'));
  const chileMigration = chile.filter((a) => a.themes.includes('migration'));
  // The records table's default order: latest start date first, ties by id.
  const latestFirst = [...chileMigration].sort((x, y) =>
    x.date !== y.date ? (x.date < y.date ? 1 : -1) : x.id < y.id ? -1 : 1,
  );
  // Months as the app counts them (monthFit.ts): certain when a record's first and last day share the month,
  // possible in each month it spans otherwise. Generated ranges are at most 40 days: at most two months here.
  const months = new Map();
  const possible = new Map();
  const bump = (m, k) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const a of all) {
    const [first, last] = [a.date.slice(0, 7), lastDay(a).slice(0, 7)];
    if (first === last) bump(months, first);
    else for (const k of [first, last]) bump(possible, k);
  }
  const firstMonth = [...months.keys(), ...possible.keys()].sort()[0];
  const busiest = Math.max(...months.values());
  const busiestMonths = [...months].filter(([, n]) => n === busiest).map(([m]) => m);
  // A busiest month is named only when no month's possible records could reach it.
  const settled =
    busiestMonths.length === 1 &&
    [...new Set([...months.keys(), ...possible.keys()])].every(
      (k) => k === busiestMonths[0] || (months.get(k) ?? 0) + (possible.get(k) ?? 0) < busiest,
    );
  // The timeline's reading order: by heading — the month a record's whole date lies in, else its own period, after
  // the month that period starts in — then start date, last day covered, id.
  const heading = (a) => {
    const [first, last] = [a.date.slice(0, 7), lastDay(a).slice(0, 7)];
    return first === last ? `${first} 0` : `${first} 1 ${a.date} ${lastDay(a)} ${a.datePrecision}`;
  };
  const cmp = (x, y) => (x < y ? -1 : x > y ? 1 : 0);
  const headings = new Map(all.map((a) => [a, heading(a)]));
  const timeline = [...all].sort(
    (x, y) =>
      cmp(headings.get(x), headings.get(y)) ||
      x.date.localeCompare(y.date) ||
      lastDay(x).localeCompare(lastDay(y)) ||
      x.id.localeCompare(y.id),
  );
  const firstHeading = heading(timeline[0]);
  return {
    embedded,
    byId: new Map(all.map((a) => [a.id, a])),
    total: all.length,
    headline: {
      Activities: all.length,
      'Counterpart countries': distinct('countries'),
      Themes: distinct('themes'),
      'International organisations': distinct('organizations'),
      Held: status('held'),
      'Announced or planned': status('announced') + status('planned'),
    },
    chile: chile.length,
    chileMigration: chileMigration.length,
    chileMigrationIds: chileMigration.map((a) => a.id).sort(),
    firstChileMigration: latestFirst[0],
    migration: all.filter((a) => a.themes.includes('migration')).length,
    withCountry: all.filter((a) => a.countries.length > 0).length,
    themeCounts: counts(all, 'themes'),
    firstMonth,
    firstMonthCount: months.get(firstMonth) ?? 0,
    firstMonthPossible: possible.get(firstMonth) ?? 0,
    firstHeadingCount: all.filter((a) => headings.get(a) === firstHeading).length,
    settled,
    busiest,
    busiestMonths,
    timeline: timeline.map((a) => ({ id: a.id, title: a.title.en })),
  };
}

// ── Page helpers ───────────────────────────────────────────────────────────────────────────────────────────────

/** Waits for `locator` to read `re`; if it never does, fails saying what it read instead. */
async function expectText(locator, re, what, timeout = VIEW) {
  const ok = await locator
    .filter({ hasText: re })
    .first()
    .waitFor({ timeout })
    .then(
      () => true,
      () => false,
    );
  if (!ok) {
    const seen = await locator
      .first()
      .textContent({ timeout: 1000 })
      .catch(() => '(not on the page)');
    assert.fail(`${what}: expected ${re}, the page shows “${seen}”`);
  }
}

/** The button in `scope` named "<label>: …" (a bar, a country), once drawn: fails saying its whole name. */
async function expectBar(scope, label, n, more = 0) {
  const bar = scope.getByRole('button', { name: new RegExp(`^${label}: `) }).first();
  await bar.waitFor();
  const tail = more > 0 ? ` certainly, ${num(more)} more may fall in it` : '';
  assert.match(await bar.getAttribute('aria-label'), new RegExp(`^${label}: ${num(n)} activities${tail}$`));
}

const records = (page) => page.getByRole('main').getByText(/activities match the filters\./);

/** "N of M activities match the filters." once N is `shown` (M always the whole data set). */
async function expectRecordsCount(page, shown, total) {
  await expectText(records(page), new RegExp(`^${num(shown)} of ${num(total)} activities`), 'records count');
}

/** Errors logged while `fn` ran: each test answers for its own console. */
async function noNewErrors(fn) {
  const mark = b.errors.length;
  await fn(b.page);
  assert.deepEqual(b.errors.slice(mark), []);
}

// One browser for the whole file: each test reads what the previous ones left (the import, then the views, then
// the undo), so they run in order and stop at the first failure. Minutes each on a loaded 2-core machine.
test.describe.configure({ mode: 'serial', timeout: 600_000 });

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'agenda-e2e-scale-'));
  file = join(dir, FILE_NAME);
  execFileSync(
    process.execPath,
    ['scripts/generate.mjs', '--n', String(N), '--seed', String(SEED), '--format', 'csv', '--out', file],
    { stdio: 'ignore' },
  );
  d = expected();
  b = await openBrowser();
  b.page.setDefaultTimeout(VIEW);
});

test.afterAll(async () => {
  await b?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

// ── The import ─────────────────────────────────────────────────────────────────────────────────────────────────

test('100,000 records import through /import: preview, moving progress bar, all stored', () =>
  noNewErrors(async (page) => {
    await page.goto(url('/import?lang=en'));
    const input = page.getByLabel('Import file', { exact: true });
    await page.waitForFunction(() => document.querySelector('input[type=file]')?.disabled === false);
    assert.equal(await countStore(page), d.embedded.length);
    await page.evaluate(() => {
      window.__bars = [];
      new MutationObserver(() => {
        for (const p of document.querySelectorAll('progress'))
          window.__bars.push([p.labels?.[0]?.textContent ?? '', p.hasAttribute('value') ? p.value : null, p.max]);
      }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['value'] });
    });
    await input.setInputFiles(file);
    const preview = page.getByRole('region', { name: `Preview of ${FILE_NAME}` });
    await preview
      .getByText(`${fmt(N)} new, 0 changed, 0 unchanged. Nothing has been written yet.`)
      .waitFor({ timeout: LONG });
    assert.equal(await countStore(page), d.embedded.length, 'nothing is written before the analyst confirms');
    await preview.getByRole('button', { name: `Import ${fmt(N)} records` }).click();
    await page
      .getByText(`Imported from ${FILE_NAME}: ${fmt(N)} new, 0 updated, 0 unchanged.`)
      .waitFor({ timeout: LONG });
    assert.equal(await countStore(page), d.total);
    const writing = (await page.evaluate(() => window.__bars)).filter(
      ([label]) => label === `Writing the records of ${FILE_NAME}`,
    );
    assert.ok(
      writing.some(([, value, max]) => max === N && value > 0 && value < N),
      'the writing bar moves',
    );
  }));

// ── The views ──────────────────────────────────────────────────────────────────────────────────────────────────

test('overview: the headline figures count all 100,019 activities', () =>
  noNewErrors(async (page) => {
    await page.goto(url('/?lang=en'));
    const region = page.getByRole('region', { name: 'Headline figures' });
    await expectText(region.locator('.headline-value').first(), new RegExp(`^${num(d.total)}$`), 'activities');
    const shown = await region
      .locator('.headline-card')
      .evaluateAll((cards) =>
        cards.map((c) => [c.querySelector('dt')?.textContent, c.querySelector('.headline-value')?.textContent]),
      );
    assert.deepEqual(Object.fromEntries(shown.map(([k, v]) => [k, toNumber(v)])), d.headline);
    await page
      .getByRole('link', { name: new RegExp(`^All ${num(d.total)} matching activities, in the records table`) })
      .waitFor();
  }));

test('records: the count, the filter bar, the rows, a record page with its provenance', () =>
  noNewErrors(async (page) => {
    await page.goto(url('/records?lang=en'));
    await expectRecordsCount(page, d.total, d.total);
    const table = page.getByRole('table');
    assert.ok((await table.locator('tbody a[href^="/records/"]').count()) > 10, 'rows are drawn');

    // Tick Chile, then Migration, in the filter bar as a user does.
    const bar = page.getByRole('region', { name: 'Filters' });
    await bar.locator('summary', { hasText: 'Country' }).first().click();
    const chile = bar.getByRole('checkbox', { name: /^Chile\b/ });
    assert.equal(toNumber(await chile.locator('xpath=..').locator('.count').textContent()), d.chile);
    await chile.click();
    await page.waitForURL(/[?&]country=CL(&|$)/);
    await expectRecordsCount(page, d.chile, d.total);
    await bar.locator('summary', { hasText: 'Theme' }).first().click();
    await bar.getByRole('checkbox', { name: /^Migration\b/ }).click();
    await page.waitForURL(/[?&]theme=migration(&|$)/);
    await expectRecordsCount(page, d.chileMigration, d.total);

    // The same filters from a link: the table starts with the latest Chilean migration activity.
    await page.goto(url('/records?country=CL&theme=migration&lang=en'));
    await expectRecordsCount(page, d.chileMigration, d.total);
    const first = page.getByRole('table').locator('tbody a[href^="/records/"]').first();
    const want = d.firstChileMigration;
    assert.equal(await first.textContent(), want.title.en);
    await first.click();
    await page.waitForURL(new RegExp(`/records/${want.id}\\?`));
    const h1 = page.getByRole('heading', { level: 1 });
    await expectText(h1, new RegExp(`^${want.title.en.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`), 'record title');
    const provenance = page.getByRole('region', { name: 'Provenance' });
    // The generator's records cite the source "synthetic", which this browser has no details for.
    await provenance
      .getByText(`Source “${want.source.id}”, paragraph ${want.source.paragraph} (not in this browser’s source list).`)
      .waitFor();

    // An embedded record still shows its release and paragraph among the 100k.
    const own = d.embedded.find((a) => a.id === 'peru-chile-migration-committee');
    await page.goto(url(`/records/${own.id}?lang=en`));
    const ownProvenance = page.getByRole('region', { name: 'Provenance' });
    await ownProvenance.getByText(`Paragraph ${own.source.paragraph} of the release`).waitFor();
    await ownProvenance.getByText('Nota de Prensa 304-25').waitFor();
  }));

test('records export: the CSV of /records?country=CL&theme=migration holds exactly those activities', () =>
  noNewErrors(async (page) => {
    await page.goto(url('/records?country=CL&theme=migration&lang=en'));
    await expectRecordsCount(page, d.chileMigration, d.total);
    const main = page.getByRole('main');
    await main.getByRole('button', { name: 'Download data', exact: true }).click();
    const [dl] = await Promise.all([
      page.waitForEvent('download', { timeout: VIEW }),
      main.getByRole('menuitem', { name: 'CSV', exact: true }).click(),
    ]);
    const path = join(dir, dl.suggestedFilename());
    await dl.saveAs(path);
    const csv = Papa.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
    assert.deepEqual(csv.errors, []);
    assert.equal(csv.data.length, d.chileMigration);
    assert.deepEqual(csv.data.map((r) => r.id).sort(), d.chileMigrationIds);
  }));

test('timeline: month counts, the first month and its first activities', () =>
  noNewErrors(async (page) => {
    await page.goto(url('/timeline?lang=en'));
    const chart = page.getByRole('figure', { name: 'Activities per month' });
    await expectBar(chart, monthName(d.firstMonth), d.firstMonthCount, d.firstMonthPossible);
    if (d.settled)
      await expectText(
        chart.locator('figcaption'),
        new RegExp(
          `^${monthName(d.busiestMonths[0])} is the busiest month: ${num(d.busiest)} of the ${num(d.total)} activities certainly fall in it\\.`,
        ),
        'busiest month',
      );
    await page.getByText(new RegExp(`^${num(d.total)} activities in date order`)).waitFor();
    const list = page.getByRole('region', { name: /^Activities in date order/ });
    const heading = list.getByRole('heading', { level: 2 }).first();
    await expectText(heading, new RegExp(`^${monthName(d.firstMonth)}`), 'first month');
    // Each activity's title is a link to its record (a month heading's link, to its review, is not in a list item);
    // in a virtualised list the first ones are drawn after measuring.
    const items = list.getByRole('listitem').getByRole('link');
    await items.first().waitFor();
    // A list that stops after its first items (with a notice saying so) counts only those under the month.
    const truncated = await page.getByText(/^Showing the first \d+ of/).isVisible();
    const listed = truncated
      ? await list.locator('section').first().getByRole('listitem').getByRole('link').count()
      : null;
    assert.equal(
      toNumber((await heading.locator('.tl-month-count').textContent()).split('·')[0]),
      // A month's heading holds what lies within it; a period across months has a heading of its own after it.
      truncated ? listed : d.firstHeadingCount,
      'activities under the first month',
    );
    const linked = (as) => as.map((a) => ({ id: a.pathname.split('/').pop(), title: a.textContent }));
    assert.deepEqual((await items.evaluateAll(linked)).slice(0, 3), d.timeline.slice(0, 3));

    // End moves focus to the last activity listed: the last of all, or of those shown when the list stops early.
    const shown = truncated
      ? toNumber(/first ([\d,]+) of/.exec(await page.getByText(/^Showing the first \d+ of/).textContent())[1])
      : d.total;
    const last = d.timeline[shown - 1];
    await items.first().focus();
    await page.keyboard.press('End');
    await page.waitForFunction((id) => document.activeElement?.pathname === `/records/${id}`, last.id, {
      timeout: VIEW,
    });
    assert.equal(await page.evaluate(() => document.activeElement.textContent), last.title);
  }));

test('map: Chile’s count in the map, its caption and its table', () =>
  noNewErrors(async (page) => {
    await page.goto(url('/map?lang=en'));
    const world = page.getByRole('figure', { name: 'Counterpart countries, places and international bodies' });
    await expectBar(world, 'Chile', d.chile);
    const countries = d.headline['Counterpart countries'];
    await expectText(
      world.locator('figcaption'),
      new RegExp(
        `^Chile leads with ${num(d.chile)} activities; ${countries} counterpart countries in all\\. ` +
          `${num(d.withCountry)} of the ${num(d.total)} activities name a counterpart country\\.`,
      ),
      'map caption',
    );
    const table = page.getByRole('table', { name: 'Activities by counterpart country' });
    const row = table.locator('tbody tr').filter({ has: page.getByRole('rowheader', { name: 'Chile', exact: true }) });
    assert.equal(toNumber(await row.locator('td').last().textContent()), d.chile);
  }));

test('themes: Migration’s count in the by-theme figure and its data table', () =>
  noNewErrors(async (page) => {
    await page.goto(url('/themes?lang=en'));
    const fig = page.getByRole('figure', { name: 'Activities by theme' });
    await expectBar(fig, 'Migration', d.migration);
    const [[lead, leadN], [second, secondN]] = d.themeCounts;
    await expectText(
      fig.locator('figcaption'),
      new RegExp(
        `^${THEME_EN.get(lead)} leads with ${num(leadN)} activities, ${num(leadN - secondN)} more than ` +
          `${THEME_EN.get(second)}\\.`,
      ),
      'by-theme caption',
    );
    await fig.getByRole('button', { name: 'Show data' }).click();
    const row = fig
      .getByRole('table')
      .locator('tbody tr')
      .filter({ has: page.getByRole('cell', { name: 'Migration', exact: true }) });
    assert.equal(toNumber(await row.locator('td').last().textContent()), d.migration);
  }));

// ── Undo, last: it takes the 100k records away again ───────────────────────────────────────────────────────────

test('undo of the 100,000-record import brings the store back to the embedded records', () =>
  noNewErrors(async (page) => {
    await page.goto(url('/import?lang=en'));
    await page
      .getByText(new RegExp(`Last import: ${FILE_NAME.replace('.', '\\.')}, .* — ${fmt(N)} records written`))
      .waitFor();
    await page.getByRole('button', { name: 'Undo last import' }).click();
    await page
      .getByText(`Import undone: 0 records restored to their earlier values, ${fmt(N)} new records removed.`)
      .waitFor({ timeout: LONG });
    assert.equal(await countStore(page), d.embedded.length);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Records' }).click();
    await expectRecordsCount(page, d.embedded.length, d.embedded.length);
  }));
