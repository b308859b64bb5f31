// Where the time of a filter change goes, function by function, in Node (see tests/bench/domainProbe.ts).
import { runnerImport } from 'vite';

export async function domainCosts({ root, n, seed }) {
  const { module } = await runnerImport('/tests/bench/domainProbe.ts', { root, logLevel: 'warn' });
  return { available: true, n, rows: module.probe(n, seed, 7) };
}
