// Builds the app, serves it on 127.0.0.1 (a free port), and runs every tests/e2e/*.test.mjs with node's test
// runner against it in Debian's Chromium. Usage: npm run test:e2e [-- file.test.mjs …]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
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
const build = spawnSync(process.execPath, [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
  cwd: root,
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);

const { base, stop } = await serve(root, outDir);

const args = process.argv.slice(2);
const files = args.length
  ? args
  : readdirSync(join(root, 'tests/e2e'))
      .filter((f) => f.endsWith('.test.mjs'))
      .sort()
      .map((f) => join('tests/e2e', f));
const run = spawnSync(process.execPath, ['--test', '--test-concurrency=1', ...files], {
  cwd: root,
  stdio: 'inherit',
  // E2E_DIST: the served folder, so a test can deploy a new version in place (update.test.mjs).
  env: { ...process.env, E2E_BASE_URL: base, E2E_DIST: outDir },
});
stop();
rmSync(outDir, { recursive: true, force: true });
process.exit(run.status ?? 1);
