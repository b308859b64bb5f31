// Builds the app, serves it on 127.0.0.1 (a free port), and runs every tests/e2e/*.test.mjs with node's test
// runner against it in Debian's Chromium. Usage: npm run test:e2e [-- file.test.mjs …]
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROMIUM } from './helpers.mjs';
import { serve } from '../lib/serve.mjs';

const root = resolve(import.meta.dirname, '../..');
if (!existsSync(CHROMIUM)) {
  console.error(`Chromium not found at ${CHROMIUM}. Install it with: apt-get install -y chromium`);
  process.exit(1);
}

const outDir = mkdtempSync(join(tmpdir(), 'agenda-e2e-dist-'));
const vite = join(root, 'node_modules/vite/bin/vite.js');
// E2E_DIST_FROM=dist: test the build CI has just made (copied, since update.test.mjs deploys into the served folder).
const prebuilt = process.env.E2E_DIST_FROM ? resolve(root, process.env.E2E_DIST_FROM) : null;
if (prebuilt) {
  if (!existsSync(join(prebuilt, 'index.html'))) {
    console.error(`E2E_DIST_FROM: no build in ${prebuilt}`);
    process.exit(1);
  }
  cpSync(prebuilt, outDir, { recursive: true });
} else {
  const build = spawnSync(
    process.execPath,
    [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const { base, stop } = await serve(root, outDir);

// After the others: the two 100,000-record files (both cores for a minute each: together, not beside the rest),
// then update.test.mjs alone, which deploys a new version into the served folder (every page open at that moment
// would see it).
const SCALE = new Set(['scale.test.mjs', 'timeline-scale.test.mjs']);
const ALONE = new Set(['update.test.mjs']);
// The other files run two at a time (each test has its own browser and profile; the server only serves files).
const CONCURRENCY = Number(process.env.E2E_CONCURRENCY ?? 2);

const args = process.argv.slice(2);
const files = args.length
  ? args
  : readdirSync(join(root, 'tests/e2e'))
      .filter((f) => f.endsWith('.test.mjs'))
      .sort()
      .map((f) => join('tests/e2e', f));
const named = (set) => files.filter((f) => set.has(f.split(/[\\/]/).pop()));
const scale = named(SCALE);
const alone = named(ALONE);
const shared = files.filter((f) => !scale.includes(f) && !alone.includes(f));

function runFiles(list, concurrency) {
  if (list.length === 0) return 0;
  const run = spawnSync(process.execPath, ['--test', `--test-concurrency=${concurrency}`, ...list], {
    cwd: root,
    stdio: 'inherit',
    // E2E_DIST: the served folder, so a test can deploy a new version in place (update.test.mjs).
    env: { ...process.env, E2E_BASE_URL: base, E2E_DIST: outDir },
  });
  return run.status ?? 1;
}

const started = Date.now();
const status = [runFiles(shared, CONCURRENCY), runFiles(scale, 2), runFiles(alone, 1)];
console.log(`browser tests: ${files.length} files in ${Math.round((Date.now() - started) / 1000)} s`);
stop();
rmSync(outDir, { recursive: true, force: true });
process.exit(status.find((s) => s !== 0) ?? 0);
