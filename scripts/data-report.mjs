// Prints how the embedded data set (data/) is spread: records per month, per source, per date precision, and how
// many day-precise dates rest on a cited source. Plain Node on purpose: it reads the JSON files as shipped, so it
// reports what the app will seed, with no build step in between.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

function readAll(folder, key) {
  const dir = fileURLToPath(new URL(`../data/${folder}/`, import.meta.url));
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => JSON.parse(readFileSync(dir + f, 'utf8'))[key]);
}

function countBy(items, keyOf) {
  const counts = new Map();
  for (const item of items) counts.set(keyOf(item), (counts.get(keyOf(item)) ?? 0) + 1);
  return [...counts.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * A day is "backed" when a source the record cites gives it: the release itself when it dates its own events
 * (no reporting period), otherwise an additional source — the same rule tests/unit/dataset.test.ts applies.
 */
export function isBackedDay(record, sourcesById) {
  if (record.datePrecision !== 'day') return false;
  const source = sourcesById.get(record.source.id);
  return Boolean(source && !source.reportingPeriod) || record.additionalSources.length > 0;
}

/** Pure summary of records and sources; returned as plain rows so the printing stays separate. */
export function summarise(records, sources) {
  const sourcesById = new Map(sources.map((s) => [s.id, s]));
  const dayPrecise = records.filter((r) => r.datePrecision === 'day');
  const backed = dayPrecise.filter((r) => isBackedDay(r, sourcesById));
  return {
    total: records.length,
    sourcesUsed: new Set(records.map((r) => r.source.id)).size,
    byMonth: countBy(records, (r) => r.date.slice(0, 7)),
    // Records dated by month, quarter or range, counted by the month they start in.
    coarserByMonth: countBy(
      records.filter((r) => r.datePrecision !== 'day'),
      (r) => r.date.slice(0, 7),
    ),
    bySource: countBy(records, (r) => r.source.id).map(([id, n]) => [sourcesById.get(id)?.citation ?? id, n]),
    byPrecision: countBy(records, (r) => r.datePrecision),
    dayPrecise: dayPrecise.length,
    backedDays: backed.length,
  };
}

const pct = (n, of) => (of === 0 ? '0.0' : ((100 * n) / of).toFixed(1));
const rows = (pairs) => pairs.map(([k, n]) => `  ${String(n).padStart(4)}  ${k}`).join('\n');

function print(s) {
  console.log(`Embedded data set: ${s.total} records from ${s.sourcesUsed} sources\n`);
  console.log(`Records per month (month of \`date\`):\n${rows(s.byMonth)}\n`);
  console.log(`…of which dated coarser than a day (month, quarter, range):\n${rows(s.coarserByMonth)}\n`);
  console.log(`Records per date precision:\n${rows(s.byPrecision)}\n`);
  console.log(`Records per source:\n${rows(s.bySource)}\n`);
  console.log(
    `Day-precise dates backed by a cited source: ${s.backedDays} of ${s.dayPrecise} day-precise records ` +
      `(${pct(s.backedDays, s.dayPrecise)}%); ${pct(s.backedDays, s.total)}% of all records`,
  );
}

// Only when run as a script: tests import the pure summary (under jsdom, where import.meta.url is not a file URL).
if (import.meta.url.startsWith('file:') && process.argv[1] === fileURLToPath(import.meta.url)) {
  print(summarise(readAll('activities', 'activities'), readAll('sources', 'sources')));
}
