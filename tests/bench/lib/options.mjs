// Bench options, from flags or environment: `npm run bench -- --quick`, `--n 20000 --runs 3`,
// `--only cold,bundle`, or BENCH_N / BENCH_RUNS / BENCH_ONLY.
import { parseArgs } from 'node:util';

export const SCENARIOS = ['cold', 'bundle', 'import', 'filter', 'feed', 'domain'];

export const HELP = `npm run bench [-- options]   builds the app, drives Chromium, prints each figure next to its baseline

  --quick            10,000 records, 2 runs (BENCH_QUICK=1)
  --n N              records in the synthetic data set (default 100000; BENCH_N)
  --runs R           runs per figure, the median is reported (default 5; BENCH_RUNS)
  --only a,b         scenarios among ${SCENARIOS.join(', ')} (default all; BENCH_ONLY)
  --seed S           generator seed (default 1; BENCH_SEED)
  --out FILE         where to write the JSON results (default tests/bench/results/latest.json; BENCH_OUT)
  --rich             real-size records (two actors, two additional sources, longer summaries: ~150 MB of JSON
                     for 100,000), as an analyst's own export would be; BENCH_RICH=1
  --help             this text

The import scenario imports the whole data set through /import, as JSON (~65 MB for 100,000 records, read as a
stream) and as CSV (~40 MB); the raw-put baseline reads the JSON.`;

export function readOptions(argv = process.argv.slice(2), env = process.env) {
  const { values } = parseArgs({
    args: argv,
    options: {
      help: { type: 'boolean', default: false },
      n: { type: 'string' },
      runs: { type: 'string' },
      only: { type: 'string' },
      quick: { type: 'boolean', default: false },
      rich: { type: 'boolean', default: false },
      seed: { type: 'string' },
      out: { type: 'string' },
    },
  });
  if (values.help) {
    console.log(HELP);
    process.exit(0);
  }
  const quick = values.quick || env.BENCH_QUICK === '1';
  const n = Number(values.n ?? env.BENCH_N ?? (quick ? 10_000 : 100_000));
  const runs = Number(values.runs ?? env.BENCH_RUNS ?? (quick ? 2 : 5));
  const only = (values.only ?? env.BENCH_ONLY ?? SCENARIOS.join(',')).split(',').filter(Boolean);
  for (const s of only) if (!SCENARIOS.includes(s)) throw new Error(`unknown scenario "${s}" (known: ${SCENARIOS})`);
  if (!Number.isInteger(n) || n < 1 || !Number.isInteger(runs) || runs < 1)
    throw new Error('--n and --runs are positive integers');
  return {
    n,
    runs,
    only,
    quick,
    rich: values.rich || env.BENCH_RICH === '1',
    seed: Number(values.seed ?? env.BENCH_SEED ?? 1),
    out: values.out ?? env.BENCH_OUT,
  };
}
