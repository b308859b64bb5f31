// npm run eval:drafting [-- [--dir PATH] [--verbose]]   (or DRAFTING_FIXTURES=PATH)
// Drafts every labelled release of tests/fixtures/releases/ with the engine and prints precision and recall per
// field, and the share of releases whose draft count is within one of the labelled count. See README.md here.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { cliArgs } from '../cli.mjs';
import { draftRelease } from '../../src/domain/drafting';
import { FIELDS, score, type Field, type Fixture, type Tally } from './score';

const USAGE = `Drafts every labelled release with the engine and prints precision and recall per field.

usage: npm run eval:drafting [-- [--dir PATH] [--verbose]]

  --dir PATH     the folder of labelled releases (default DRAFTING_FIXTURES, else tests/fixtures/releases)
  --verbose      per release: what was drafted next to what was labelled
  --help, -h     this text`;

const values = cliArgs(USAGE, () =>
  parseArgs({
    options: {
      help: { type: 'boolean', short: 'h', default: false },
      dir: { type: 'string' },
      verbose: { type: 'boolean', default: false },
    },
  }),
);
const dir = resolve(values.dir ?? process.env.DRAFTING_FIXTURES ?? 'tests/fixtures/releases');
const verbose = values.verbose;

if (!existsSync(dir)) {
  console.error(`No labelled releases at ${dir}: pass --dir PATH or DRAFTING_FIXTURES=PATH.`);
  process.exit(1);
}
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort();
const totals = Object.fromEntries(FIELDS.map((f) => [f, { tp: 0, predicted: 0, labelled: 0 }])) as Record<Field, Tally>;
let withinOne = 0;
let scored = 0;
const times: number[] = [];
for (const name of files) {
  const f = JSON.parse(readFileSync(join(dir, name), 'utf8')) as Fixture;
  const t0 = performance.now();
  const r = draftRelease({ text: f.text, releaseDate: f.date, issuer: f.issuer });
  times.push(performance.now() - t0);
  if (!r.ok) {
    console.log(`${name}: error ${JSON.stringify(r.error)}`);
    continue;
  }
  scored++;
  const s = score(f, r.file);
  for (const k of FIELDS) for (const m of ['tp', 'predicted', 'labelled'] as const) totals[k][m] += s[k][m];
  const n = r.file.drafts.length;
  const want = f.labels.activities.length;
  if (Math.abs(n - want) <= 1) withinOne++;
  if (verbose) {
    console.log(`\n${name}  drafts ${n} / labelled ${want}`);
    for (const k of FIELDS)
      if (s[k].tp < s[k].predicted || s[k].tp < s[k].labelled)
        console.log(`  ${k}: ${s[k].tp}/${s[k].predicted} predicted, ${s[k].tp}/${s[k].labelled} labelled`);
    console.log('  countries', r.file.mentions.countries.join(','), '| labelled', f.labels.countries.join(','));
    console.log(
      '  orgs',
      r.file.mentions.organizations.map((o) => o.id ?? o.names[0]).join(','),
      '| labelled',
      f.labels.organizations.map((o) => o.id).join(','),
    );
    for (const d of r.file.drafts)
      console.log(
        `  - ${d.type} ${d.status} ${d.date ?? '-'} ${d.datePrecision ?? ''} ¶${d.source.paragraph} ${JSON.stringify(d.title)}`,
      );
    for (const a of f.labels.activities)
      console.log(`  * ${a.type} ${a.status} ${a.date ?? '-'} ${a.datePrecision ?? ''}`);
  }
}

const pct = (x: number) => (Number.isNaN(x) ? '  –  ' : x.toFixed(2));
console.log(`\nDrafting evaluation: ${scored} of ${files.length} releases in ${dir}\n`);
console.log('field          precision  recall   (matched / predicted / labelled)');
for (const k of FIELDS) {
  const t = totals[k];
  console.log(
    `${k.padEnd(14)} ${pct(t.tp / t.predicted).padStart(9)} ${pct(t.tp / t.labelled).padStart(7)}   (${t.tp} / ${t.predicted} / ${t.labelled})`,
  );
}
console.log(
  `draft count within one of the labelled count: ${withinOne} of ${scored} (${((100 * withinOne) / Math.max(1, scored)).toFixed(0)} %)`,
);
times.sort((a, b) => a - b);
console.log(
  `time per release (Node, first includes start-up): median ${times[Math.floor(times.length / 2)]?.toFixed(1)} ms`,
);
