// npm run eval:drafting:dates [-- [--dir PATH] [--microsoft PATH_TO_node_modules]]
// Compares date recognisers on the labelled date expressions (each labelled activity's `dateEvidence`): the engine's
// own grammar (src/domain/drafting/dates.ts) and chrono-node (es + en), and @microsoft/recognizers-text-date-time
// when a folder where it is installed is given (it is not a dependency of the app). A hit: an expression found
// over the evidence words that resolves to the labelled start date. Also prints how many expressions each finds in
// all texts (what a drafter must then sort out) and the time.
import * as chrono from 'chrono-node';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { cliArgs } from '../cli.mjs';
import { findDates } from '../../src/domain/drafting/dates';
import type { Fixture } from './score';

type Found = { start: number; end: number; date: string }[];
type Recogniser = (text: string, lang: 'es' | 'en', release: string) => Found;

const USAGE = `Compares date recognisers on the labelled date expressions of the labelled releases.

usage: npm run eval:drafting:dates [-- [--dir PATH] [--microsoft PATH]]

  --dir PATH         the folder of labelled releases (default DRAFTING_FIXTURES, else tests/fixtures/releases)
  --microsoft PATH   a node_modules folder holding @microsoft/recognizers-text-date-time, to compare it too
  --help, -h         this text`;

const values = cliArgs(USAGE, () =>
  parseArgs({
    options: {
      help: { type: 'boolean', short: 'h', default: false },
      dir: { type: 'string' },
      microsoft: { type: 'string' },
    },
  }),
);
const dir = resolve(values.dir ?? process.env.DRAFTING_FIXTURES ?? 'tests/fixtures/releases');

const own: Recogniser = (text, lang, release) =>
  findDates(text, lang, release).map((d) => ({ start: d.span.start, end: d.span.end, date: d.date }));
const chronoRec: Recogniser = (text, lang, release) =>
  (lang === 'es' ? chrono.es : chrono.en).parse(text, new Date(`${release}T12:00:00`)).map((r) => {
    const d = r.start.date();
    const iso = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    return { start: r.index, end: r.index + r.text.length, date: iso };
  });
const recognisers: [string, Recogniser][] = [
  ['own grammar + resources', own],
  ['chrono-node 2.10', chronoRec],
];

const msPath = values.microsoft;
if (msPath) {
  type MsResult = { start: number; end: number; resolution?: { values?: { value?: string; start?: string }[] } };
  const req = createRequire(join(resolve(msPath), 'x.js'));
  const ms = req('@microsoft/recognizers-text-date-time') as {
    recognizeDateTime: (text: string, culture: string, options?: number, ref?: Date) => MsResult[];
  };
  recognisers.push([
    'microsoft recognizers-text-date-time 1.3',
    (text, lang, release) =>
      ms.recognizeDateTime(text, lang === 'es' ? 'es-es' : 'en-us', 0, new Date(`${release}T12:00:00`)).map((r) => {
        const v = r.resolution?.values?.at(-1);
        return { start: r.start, end: r.end + 1, date: (v?.value ?? v?.start ?? '').slice(0, 10) };
      }),
  ]);
}

const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map(
    (f) =>
      JSON.parse(readFileSync(join(dir, f), 'utf8')) as Fixture & {
        labels: { activities: { dateEvidence?: string | null }[] };
      },
  );
for (const [name, rec] of recognisers) {
  let hits = 0;
  let labelled = 0;
  let found = 0;
  const t0 = performance.now();
  for (const f of fixtures) {
    const lang = f.language === 'en' ? 'en' : 'es';
    const all = rec(f.text, lang, f.date);
    found += all.length;
    for (const a of f.labels.activities) {
      if (!a.date || !a.dateEvidence) continue;
      const at = f.text.indexOf(a.dateEvidence);
      if (at < 0) continue;
      labelled++;
      const end = at + a.dateEvidence.length;
      if (all.some((x) => x.start < end && at < x.end && x.date === a.date)) hits++;
    }
  }
  const ms = performance.now() - t0;
  console.log(
    `${name.padEnd(42)} labelled expressions read right ${hits}/${labelled} (${(hits / labelled).toFixed(2)}), expressions found ${found}, ${ms.toFixed(0)} ms for ${fixtures.length} releases`,
  );
}
