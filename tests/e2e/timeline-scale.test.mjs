// The timeline with 100,000 records stored (issue 6): it lists every activity, not the first few hundred, drawing
// only the rows near the viewport; scrolling shows the right ones under the right month or period; End, Home and
// the arrow keys reach the true last and first items; axe still finds nothing serious. The records are written straight into
// the app's database (as the bench seeds it): the import itself is tested elsewhere. No timings are asserted.
import { test } from './fixtures.mjs';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedDirect } from '../bench/lib/baseline.mjs';
import { axeViolations, countStoreWhen, openBrowser, seriousViolations, url } from './helpers.mjs';
import { EMBEDDED } from './embedded.mjs';

const N = 100_000;
const LONG = 180_000; // reading 100k records on a loaded 2-core machine
const fmt = (n) => n.toLocaleString('en-GB');
const monthName = (key) =>
  new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${key}-01T00:00:00Z`),
  );

let dir; // made in beforeAll: the runner also loads this file to list its tests
let file;
let b;
let order; // every record in the timeline's reading order, worked out here without the app
let headingCount; // activities per heading (see `heading`)

// The last day an activity covers: the timeline orders by it after the start date.
const pad = (n) => String(n).padStart(2, '0');
const monthEnd = (y, m) => `${y}-${pad(m)}-${pad(new Date(Date.UTC(y, m, 0)).getUTCDate())}`;
function lastDay(a) {
  const y = Number(a.date.slice(0, 4));
  const m = Number(a.date.slice(5, 7));
  if (a.datePrecision === 'range') return a.endDate ?? a.date;
  if (a.datePrecision === 'month') return monthEnd(y, m);
  if (a.datePrecision === 'quarter') return monthEnd(y, Math.ceil(m / 3) * 3);
  return a.date;
}
const cmp = (x, y) => (x < y ? -1 : x > y ? 1 : 0);
/**
 * A record's timeline heading: the month its whole date lies in, else its own period (a quarter, a range across
 * months), which sorts after the month that period starts in. As a sort key.
 */
const heading = (a) =>
  a.date.slice(0, 7) === a.end.slice(0, 7)
    ? `${a.date.slice(0, 7)} 0`
    : `${a.date.slice(0, 7)} 1 ${a.date} ${a.end} ${a.datePrecision}`;
/** The section's name the app gives a heading, for a month heading ("March 2024 412 activities"). */
const monthSection = (key) => `${monthName(key.slice(0, 7))} ${fmt(headingCount.get(key))} activities`;

// One browser for the whole file: each test reads what the previous ones left (the import, then the views, then
// the undo), so they run in order and stop at the first failure. Minutes each on a loaded 2-core machine.
test.describe.configure({ mode: 'serial', timeout: 600_000 });

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'agenda-e2e-timeline-'));
  file = join(dir, 'timeline-scale.json');
  execFileSync(process.execPath, ['scripts/generate.mjs', '--n', String(N), '--out', file], { stdio: 'inherit' });
  const generated = JSON.parse(readFileSync(file, 'utf8')).activities;
  // Every release in data/, as the built app seeds it.
  const embedded = EMBEDDED;
  const all = [...embedded, ...generated].map((a) => ({ ...a, end: lastDay(a) }));
  for (const a of all) a.heading = heading(a);
  order = all.sort((x, y) => cmp(x.heading, y.heading) || cmp(x.date, y.date) || cmp(x.end, y.end) || cmp(x.id, y.id));
  headingCount = new Map();
  for (const a of order) headingCount.set(a.heading, (headingCount.get(a.heading) ?? 0) + 1);

  b = await openBrowser();
  // The page fetches the file from its own origin, as the bench's seeding does; here it is served from disk.
  await b.page.route('**/timeline-scale.json', (route) => route.fulfill({ path: file }));
  await b.page.goto(url('/timeline?lang=en'));
  // The list is drawn from the embedded file before the database exists (a first visit loads its code after the
  // first paint): wait until the app has stored the embedded records, or the seeding below finds no store.
  await b.page.locator('.tl-list').waitFor();
  await countStoreWhen(b.page, EMBEDDED.length, 'activities', { timeout: 60_000 });
  assert.equal(await b.page.evaluate(seedDirect, url('/timeline-scale.json')), N);
});

test.afterAll(async () => {
  await b?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const list = () => b.page.getByRole('region', { name: /^Activities in date order/ });
/** The activities' links: a month heading links to its review, so not every link in the list is an activity. */
const items = () => list().getByRole('listitem').getByRole('link');
const focusedId = () => b.page.evaluate(() => document.activeElement?.pathname?.split('/').pop() ?? null);
/** The focused item is on screen (not only in the DOM). */
const focusedInView = () =>
  b.page.evaluate(() => {
    const r = document.activeElement.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight;
  });

test('every activity is counted and the first month opens the list, with few rows in the DOM', async () => {
  const { page } = b;
  await page.goto(url('/timeline?lang=en'));
  const total = order.length;
  await page.getByText(new RegExp(`^${fmt(total)} activities in date order, under their month`)).waitFor({
    timeout: LONG,
  });
  assert.equal(await page.getByText(/Showing the first/).count(), 0);
  const first = order[0].heading;
  assert.ok(first.endsWith(' 0'), 'the first heading is a month');
  const firstHeading = list().getByRole('heading', { level: 2 }).first();
  assert.equal(await firstHeading.textContent(), monthSection(first));
  const links = items();
  const ids = await links.evaluateAll((as) => as.map((a) => a.pathname.split('/').pop()));
  assert.deepEqual(
    ids,
    order.slice(0, ids.length).map((a) => a.id),
  );
  assert.ok(ids.length > 5 && ids.length < 100, `${ids.length} rows drawn`);
});

test('far down the page, the rows drawn are the ones at that place, under their month', async () => {
  const { page } = b;
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight * 0.6));
  // The drawn rows follow the scroll, then settle once measured.
  await page.waitForFunction(
    () => Number(document.querySelector('.tl-list a[data-timeline-item]')?.dataset.timelineItem) > 1000,
  );
  await page.waitForTimeout(500);
  const drawn = await items().evaluateAll((as) =>
    as.map((a) => ({
      index: Number(a.dataset.timelineItem),
      id: a.pathname.split('/').pop(),
      section: a.closest('section').getAttribute('aria-label'),
      visible: a.getBoundingClientRect().bottom > 0 && a.getBoundingClientRect().top < window.innerHeight,
    })),
  );
  const at = drawn[0].index;
  assert.ok(at > order.length * 0.4 && at < order.length * 0.8, `first row drawn: ${at}`);
  assert.ok(
    drawn.some((r) => r.visible),
    'some drawn rows are on screen',
  );
  assert.deepEqual(
    drawn.map((r) => r.id),
    order.slice(at, at + drawn.length).map((a) => a.id),
  );
  for (const r of drawn) {
    const key = order[r.index].heading;
    if (key.endsWith(' 0')) assert.equal(r.section, monthSection(key));
    else
      assert.match(r.section, new RegExp(` ${fmt(headingCount.get(key))} activit(y|ies) known only to this period$`));
  }
  assert.deepEqual(
    seriousViolations(await axeViolations(page, 'main')).map((v) => v.id),
    [],
  );
});

test('End reaches the last of all, the arrows step from there, and Home goes back to the first', async () => {
  const { page } = b;
  await page.evaluate(() => window.scrollTo(0, 0));
  await items().first().focus();
  await page.keyboard.press('End');
  const last = order[order.length - 1];
  await page.waitForFunction((id) => document.activeElement?.pathname === `/records/${id}`, last.id);
  assert.equal(await page.evaluate(() => document.activeElement.textContent), last.title.en);
  await page.waitForTimeout(300);
  assert.ok(await focusedInView(), 'the last item is scrolled into view');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await page.waitForFunction((id) => document.activeElement?.pathname === `/records/${id}`, order.at(-3).id);
  await page.keyboard.press('Home');
  await page.waitForFunction((id) => document.activeElement?.pathname === `/records/${id}`, order[0].id);
  await page.waitForTimeout(300);
  assert.ok(await focusedInView(), 'the first item is scrolled into view');
  assert.ok(await list().getByRole('heading', { level: 2 }).first().isVisible());
  await page.keyboard.press('ArrowDown');
  assert.equal(await focusedId(), order[1].id);
});

test('filtered to Chile, End reaches Chile’s last activity', async () => {
  const { page } = b;
  const chile = order.filter((a) => a.countries.includes('CL'));
  await page.goto(url('/timeline?country=CL&lang=en'));
  await page
    .getByText(new RegExp(`^${fmt(chile.length)} activities in date order, under their month`))
    .waitFor({ timeout: LONG });
  await items().first().focus();
  assert.equal(await focusedId(), chile[0].id);
  await page.keyboard.press('End');
  await page.waitForFunction((id) => document.activeElement?.pathname === `/records/${id}`, chile.at(-1).id);
  assert.deepEqual(b.errors, []);
});
