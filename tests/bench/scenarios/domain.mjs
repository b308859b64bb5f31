// Where the time of a filter change goes, function by function, in Node (see tests/bench/domainProbe.ts).
import { importAppModule } from '../../../scripts/vite/runner.mjs';

export async function domainCosts({ root, n, seed }) {
  const module = await importAppModule('/tests/bench/domainProbe.ts', { root, logLevel: 'warn' });
  return { available: true, n, rows: module.probe(n, seed, 7) };
}
