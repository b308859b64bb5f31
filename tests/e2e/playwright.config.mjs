// Playwright Test runs the browser tests (`npm run test:e2e`). The app is built (or CI's build copied) into a
// temporary folder and served by `vite preview` on 127.0.0.1 through `webServer` (tests/e2e/serveDist.mjs). Each
// test opens Debian's Chromium with a fresh profile through the `launch` fixture (tests/e2e/fixtures.mjs).
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { freePort } from '../lib/serve.mjs';

// The config is read by the runner and again by each worker: the runner picks the port and the folder once and
// passes them on through the environment, which the workers inherit.
process.env.E2E_PORT ??= String(await freePort());
process.env.E2E_BASE_URL ??= `http://127.0.0.1:${process.env.E2E_PORT}`;
process.env.E2E_DIST ??= join(tmpdir(), `agenda-e2e-dist-${process.env.E2E_PORT}`);

export default defineConfig({
  testDir: '.',
  testMatch: '*.test.mjs',
  // Files two at a time (the machine has two cores); a file's tests one after another, in order.
  workers: Number(process.env.E2E_WORKERS ?? 2),
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  // A guard against hangs, not a timing check: axe over nine routes took 40 s alone and 3 minutes beside the
  // 100,000-record import on a loaded 2-core machine. The 100,000-record files set their own.
  timeout: 300_000,
  reporter: [['list']],
  // Traces and screenshots of failures, outside the repository.
  outputDir: join(tmpdir(), 'agenda-e2e-results'),
  globalTeardown: './globalTeardown.mjs',
  // The two 100,000-record files first (each keeps a core busy for minutes), the rest fill in around them: the
  // longest jobs first keeps the two workers busy to the end.
  projects: [
    { name: 'scale', testMatch: ['scale.test.mjs', 'timeline-scale.test.mjs'] },
    { name: 'app', testIgnore: ['scale.test.mjs', 'timeline-scale.test.mjs'] },
  ],
  webServer: {
    command: 'node tests/e2e/serveDist.mjs',
    cwd: join(import.meta.dirname, '../..'),
    url: process.env.E2E_BASE_URL,
    reuseExistingServer: false,
    timeout: 240_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
