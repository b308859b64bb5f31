// Bench options, from flags or environment: `npm run bench -- --quick`, `--n 20000 --runs 3`,
// `--only cold,bundle`, or BENCH_N / BENCH_RUNS / BENCH_ONLY.
import { parseArgs } from 'node:util';

export const SCENARIOS = ['cold', 'bundle', 'import', 'filter', 'domain'];

export function readOptions(argv = process.argv.slice(2), env = process.env) {
  const { values } = parseArgs({
    args: argv,
    options: {
      n: { type: 'string' },
      runs: { type: 'string' },
      only: { type: 'string' },
      quick: { type: 'boolean', default: false },
      seed: { type: 'string' },
      out: { type: 'string' },
    },
  });
  const quick = values.quick || env.BENCH_QUICK === '1';
  const n = Number(values.n ?? env.BENCH_N ?? (quick ? 10_000 : 100_000));
  const runs = Number(values.runs ?? env.BENCH_RUNS ?? (quick ? 2 : 5));
  const only = (values.only ?? env.BENCH_ONLY ?? SCENARIOS.join(',')).split(',').filter(Boolean);
  for (const s of only) if (!SCENARIOS.includes(s)) throw new Error(`unknown scenario "${s}" (known: ${SCENARIOS})`);
  if (!Number.isInteger(n) || n < 1 || !Number.isInteger(runs) || runs < 1)
    throw new Error('--n and --runs are positive integers');
  return { n, runs, only, quick, seed: Number(values.seed ?? env.BENCH_SEED ?? 1), out: values.out ?? env.BENCH_OUT };
}
