// The views in Chromium: each renders its figures with data, clicks set filters that the other views agree with.
import { test } from './fixtures.mjs';
import assert from 'node:assert/strict';
import { url } from './helpers.mjs';
import {
  EMBEDDED,
  activitiesText,
  countWhere,
  headingMonths,
  monthBefore,
  monthBounds,
  monthName,
  startMonths,
  themeLabel,
  underWayIn,
} from './embedded.mjs';

const params = (page) => new URL(page.url()).searchParams;

/** The number of records the records table lists ("2 of 19 activities match the filters.", "1,102 of 1,119 …"). */
/** The records page's count; with `expected`, once it reads that (or after 10 s, whatever it reads then). */
async function recordsCount(page, expected) {
  const line = page.getByText(/of [\d,]+ activities match the filters/);
  if (expected !== undefined)
    await page
      .getByText(new RegExp(`^${expected.toLocaleString('en')} of [\\d,]+ activities match`))
      .waitFor({ timeout: 10_000 })
      .catch(() => {});
  const text = await line.textContent();
  return Number(/^([\d,]+)/.exec(text)?.[1]?.replaceAll(',', ''));
}

/** The headline count, once it reads `expected` (or after the timeout, whatever it reads then). */
async function headlineActivities(page, expected) {
  const value = page
    .getByRole('region', { name: 'Headline figures' })
    .locator('.headline-card .headline-value')
    .first();
  // The URL changes before React commits the new month's figures (a transition): wait for them, then read.
  await value
    .filter({ hasText: new RegExp(`^${expected}$`) })
    .waitFor({ timeout: 5000 })
    .catch(() => {});
  return Number(await value.textContent());
}

test('overview: figures with data, and the month switcher sets from/to', async ({ launch }) => {
  const b = await launch();
  const { page } = b;
  await page.goto(url('/?lang=en'));
  for (const name of ['Activities per month', 'Top themes', 'Top counterpart countries']) {
    const fig = page.getByRole('figure', { name });
    // rect.chart-bar: Recharts puts its clip-path <rect> (never visible) first in the <svg>.
    await fig.locator('svg rect.chart-bar').first().waitFor();
    assert.ok((await fig.locator('svg rect.chart-bar').count()) > 2, `${name} draws bars`);
  }
  assert.equal(await headlineActivities(page, EMBEDDED.length), EMBEDDED.length);
  // "Previous" starts from the latest month records start in, then steps back a month.
  const latest = startMonths.at(-1);
  const before = monthBefore(latest);
  const nav = page.getByRole('navigation', { name: 'Browse by month' });
  await nav.getByRole('button', { name: `Previous month: ${monthName(latest)}` }).click();
  await page.waitForURL(new RegExp(`from=${monthBounds(latest).from}`));
  assert.equal(params(page).get('to'), monthBounds(latest).to);
  assert.equal(await headlineActivities(page, underWayIn(latest)), underWayIn(latest));
  await nav.getByRole('button', { name: `Previous month: ${monthName(before)}` }).click();
  await page.waitForURL(new RegExp(`from=${monthBounds(before).from}`));
  assert.equal(await headlineActivities(page, underWayIn(before)), underWayIn(before));
  // The records table agrees with the overview for the same month.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Records' }).click();
  await page.getByRole('table').waitFor();
  assert.equal(await recordsCount(page), underWayIn(before));
  assert.equal(params(page).get('from'), monthBounds(before).from);
});

test('timeline: month chart, month groups linked to their review, the quarter under its own heading, arrow keys', async ({
  launch,
}) => {
  const b = await launch();
  const { page } = b;
  await page.goto(url('/timeline?lang=en'));
  const chart = page.getByRole('figure', { name: 'Activities per month' });
  const first = startMonths[0];
  await chart.getByRole('button', { name: new RegExp(`^${monthName(first)}: \\d+`) }).waitFor();
  for (const month of headingMonths) {
    const heading = page.getByRole('heading', { level: 2, name: new RegExp(`^${monthName(month)}`) });
    assert.equal(await heading.getByRole('link').getAttribute('href'), `/month/${month}?lang=en`);
  }
  // The Rubio visit, known only to Q1 2026: under a heading of that quarter, not under January.
  const quarter = page.getByRole('region', { name: /^Q1 2026/ });
  const visit = EMBEDDED.find((a) => a.datePrecision === 'quarter' && a.date === '2026-01-01');
  assert.ok((await quarter.textContent()).includes(visit.title.en), 'the visit is under Q1 2026');
  assert.doesNotMatch(await page.getByRole('region', { name: /^January 2026/ }).textContent(), /Q1 2026/);
  const firstItem = page.locator('a[data-timeline-item]').first();
  await firstItem.focus();
  await page.keyboard.press('ArrowDown');
  const second = await page.locator('a[data-timeline-item]').nth(1).textContent();
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), second);
  await chart.getByRole('button', { name: /^December 2025: \d+ activit/ }).click();
  await page.waitForURL(/from=2025-12-01&to=2025-12-31/);
});

test('themes: four figures; a bar and a cell set filters that /records agrees with', async ({ launch }) => {
  const b = await launch();
  const { page } = b;
  await page.goto(url('/themes?lang=en'));
  for (const name of ['Activities by theme', 'Activities by type', 'Themes month by month', 'Countries and themes'])
    await page.getByRole('figure', { name }).locator('svg').first().waitFor();
  const byTheme = page.getByRole('figure', { name: 'Activities by theme' });
  const crime = countWhere((a) => a.themes.includes('organized-crime'));
  await byTheme.getByRole('button', { name: `${themeLabel('organized-crime')}: ${activitiesText(crime)}` }).click();
  await page.waitForURL(/theme=organized-crime/);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Records' }).click();
  await page.getByRole('table').waitFor();
  assert.equal(await recordsCount(page, crime), crime);
  assert.equal(await page.getByRole('table').locator('tbody tr').count(), crime);

  await page.goto(url('/themes?lang=en'));
  const matrix = page.getByRole('figure', { name: 'Countries and themes' });
  const chileMigration = countWhere((a) => a.countries.includes('CL') && a.themes.includes('migration'));
  await matrix.getByRole('button', { name: `Chile and Migration: ${chileMigration}` }).click();
  await page.waitForURL(/country=CL&theme=migration/);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Records' }).click();
  await page.getByRole('table').waitFor();
  assert.equal(await recordsCount(page, chileMigration), chileMigration);
});

test('the filters chosen do not push the page down (their chips appear in the space kept for them)', async ({
  launch,
}) => {
  const { page } = await launch();
  // Two widths where the bar's controls just fit one row, in each language: a count badge must not wrap them.
  for (const [width, lang, facets] of [
    [1280, 'en', ['Country', 'Theme']],
    [1180, 'es', ['País', 'Tema']],
  ]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(url(`/records?lang=${lang}`));
    await page.getByRole('table').waitFor();
    const top = async () => (await page.getByRole('heading', { level: 1 }).boundingBox()).y;
    const before = await top();
    const bar = page.locator('.filter-bar');
    for (const [i, facet] of facets.entries()) {
      await bar.locator('summary', { hasText: facet }).first().click();
      await bar.getByRole('checkbox').first().click();
      await page.waitForURL(i === 0 ? /[?&](country)=/ : /[?&]theme=/);
      await page.keyboard.press('Escape');
    }
    await bar.getByRole('listitem').nth(1).waitFor();
    assert.equal(await top(), before, `${width} px, ${lang}: the heading stays where it was`);
  }
});
