import { test } from './fixtures.mjs';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { axeViolations, url } from './helpers.mjs';

/** Every embedded record, read from data/ as the app's seed reads it (the set grows: nothing here is a fixed count). */
const records = readdirSync('data/activities')
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => JSON.parse(readFileSync(`data/activities/${f}`, 'utf8')).activities);

/** The months a record may fall in, walking the calendar one day at a time (shares no code with the app). */
function monthsOf(a) {
  const start = new Date(`${a.date}T00:00:00Z`);
  const y = start.getUTCFullYear();
  const m = start.getUTCMonth();
  const end =
    a.datePrecision === 'range'
      ? new Date(`${a.endDate ?? a.date}T00:00:00Z`)
      : a.datePrecision === 'month'
        ? new Date(Date.UTC(y, m + 1, 0))
        : a.datePrecision === 'quarter'
          ? new Date(Date.UTC(y, Math.floor(m / 3) * 3 + 3, 0))
          : start;
  const out = new Set();
  for (let d = new Date(start); d <= end; d = new Date(d.getTime() + 864e5)) out.add(d.toISOString().slice(0, 7));
  return out;
}

function count(month) {
  let certain = 0;
  let possible = 0;
  for (const a of records) {
    const months = monthsOf(a);
    if (!months.has(month)) continue;
    if (months.size === 1) certain++;
    else possible++;
  }
  return { certain, possible };
}

const plural = (n, one, other) => (n === 1 ? one : other);

for (const lang of ['en', 'es']) {
  test(`/month/2025-11?lang=${lang}: the "What changed" region states November's and October's counts from the data`, async ({
    launch,
  }) => {
    const b = await launch({ locale: lang === 'es' ? 'es-PE' : 'en-GB' });
    await b.page.goto(url(`/month/2025-11?lang=${lang}`));
    const name = lang === 'es' ? 'Qué cambió' : 'What changed';
    const region = b.page.getByRole('region', { name });
    await region.waitFor({ timeout: 30_000 });
    const text = (await region.textContent()).replace(/\s+/g, ' ');
    const nov = count('2025-11');
    const oct = count('2025-10');
    if (lang === 'en') {
      assert.ok(
        text.includes(
          `November 2025: ${nov.certain} ${plural(nov.certain, 'activity', 'activities')} dated within the month`,
        ),
        text,
      );
      assert.ok(
        text.includes(`October 2025: ${oct.certain} ${plural(oct.certain, 'activity', 'activities')} dated within`),
        text,
      );
      if (nov.possible > 0) assert.ok(text.includes(`and ${nov.possible} more known only to a longer period`), text);
    } else {
      assert.ok(
        text.includes(
          `Noviembre de 2025: ${nov.certain} ${plural(nov.certain, 'actividad fechada', 'actividades fechadas')} dentro del mes`,
        ),
        text,
      );
      assert.ok(
        text.includes(
          `Octubre de 2025: ${oct.certain} ${plural(oct.certain, 'actividad fechada', 'actividades fechadas')}`,
        ),
        text,
      );
      if (nov.possible > 0) assert.ok(text.includes(`y ${nov.possible} más de`), text);
    }
    // The month's list holds every record that may fall in November, as the date filter would list them.
    const list = b.page.getByRole('region', {
      name: lang === 'es' ? 'Las actividades del mes' : 'The month’s activities',
    });
    assert.equal(await list.getByRole('link').count(), nov.certain + nov.possible);
    assert.deepEqual(
      (await axeViolations(b.page, 'main')).map((v) => v.id),
      [],
    );
  });
}

test('/month/2025-11: its figure exports as SVG and PNG and goes into the briefing; its data are the month’s records', async ({
  launch,
}) => {
  const b = await launch();
  const dir = mkdtempSync(join(tmpdir(), 'agenda-e2e-month-'));
  const save = async (scope, button, item) => {
    await scope.getByRole('button', { name: button, exact: true }).click();
    const [dl] = await Promise.all([
      b.page.waitForEvent('download'),
      scope.page().getByRole('menuitem', { name: item, exact: true }).click(),
    ]);
    const path = join(dir, dl.suggestedFilename());
    await dl.saveAs(path);
    return { name: dl.suggestedFilename(), text: readFileSync(path, 'utf8'), bytes: readFileSync(path) };
  };
  try {
    await b.page.goto(url('/month/2025-11?lang=en'));
    const figure = b.page.getByRole('figure', { name: 'Activities per month up to November 2025' });
    await figure.locator('svg').first().waitFor({ timeout: 30_000 });
    const svg = await save(figure, 'Export', 'SVG');
    // The chart's months: November and the five before, none before the data set's first month.
    const first = records.map((a) => a.date.slice(0, 7)).sort()[0];
    const from = first > '2025-06' ? first : '2025-06';
    const period = />Period: 1 (?:(\w+) )?– 30 Nov 2025</u.exec(svg.text);
    assert.ok(period, 'the window’s dates, labelled');
    const shownFrom = period[1] ?? 'Nov';
    assert.equal(
      shownFrom,
      new Date(`${from}-01T00:00:00Z`).toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' }),
    );
    const nov = count('2025-11');
    if (nov.possible > 0) {
      assert.match(svg.text, /<pattern /, 'the hatching travels with the image');
      assert.ok(svg.text.includes('Hatched: activities whose date is known only'), 'and is explained');
    }
    const png = await save(figure, 'Export', 'PNG');
    assert.deepEqual([...png.bytes.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47]);

    await figure.getByRole('button', { name: 'Add to briefing' }).click();
    await figure.getByRole('button', { name: 'In the briefing' }).waitFor();

    const list = b.page.getByRole('region', { name: 'The month’s activities' });
    const csv = await save(list, 'Download data', 'CSV');
    const rows = csv.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    assert.equal(rows.length - 1, nov.certain + nov.possible, 'one row per record the date filter lists for November');
    assert.match(csv.name, /_2025-11-01--2025-11-30_/);

    await b.page.goto(url('/briefing?lang=en'));
    await b.page
      .getByRole('img', { name: /^Activities per month up to November 2025 — Period: 1 (\w+ )?– 30 Nov 2025\./u })
      .waitFor();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
