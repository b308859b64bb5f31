// Writes a synthetic data set in the contract's JSON format, or its CSV format (see src/testing/generate.ts).
// Usage: npm run generate -- --n 100000 --out FILE [--seed 1] [--format json|csv]   (without --out: to stdout)
// 100,000 records are ~65 MB as JSON, over the import's 50 MB limit, and ~40 MB as CSV.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { cliArgs } from './cli.mjs';
import { importAppModule } from './vite/runner.mjs';

const USAGE = `Writes a synthetic data set of the contract's activities format (for scale tests and benchmarks).

usage: npm run generate -- [--n 1000] [--seed 1] [--format json|csv] [--rich] [--out FILE]

  --n N          how many records (an integer, default 1000)
  --seed S       the random seed (an integer, default 1): the same seed writes the same records
  --format F     json (default) or csv
  --rich         real-size records: two actors, two additional sources, a longer summary (~1.5 KB each as JSON)
  --out FILE     where to write (relative to the directory npm was run from); without it, to stdout
  --help, -h     this text`;

const values = cliArgs(USAGE, () =>
  parseArgs({
    options: {
      help: { type: 'boolean', short: 'h', default: false },
      n: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
      format: { type: 'string', default: 'json' },
      rich: { type: 'boolean', default: false },
    },
  }),
);
const n = Number(values.n);
const seed = Number(values.seed);
if (!Number.isInteger(n) || n < 0 || !Number.isInteger(seed) || !['json', 'csv'].includes(values.format)) {
  console.error(`n and seed must be integers, format json or csv.\n\n${USAGE}`);
  process.exit(2);
}

// Node cannot import the TypeScript domain directly; vite's runner compiles it on the fly (as write-schema.mjs does).
const module = await importAppModule('/src/testing/generate.ts');
const records = module.generateActivities(n, seed, { rich: values.rich });
const text =
  values.format === 'csv'
    ? (await importAppModule('/src/domain/formats/csv.ts')).activitiesToCsv(records)
    : module.toActivitiesJson(records);
if (values.out) {
  // npm runs scripts from the package root; resolve against the caller's directory instead.
  const out = resolve(process.env.INIT_CWD ?? process.cwd(), values.out);
  writeFileSync(out, text);
  console.error(`wrote ${n} records (seed ${seed}, ${(Buffer.byteLength(text) / 1e6).toFixed(1)} MB) to ${out}`);
} else {
  process.stdout.write(text);
}
