// The browser tests' web server (playwright.config.mjs `webServer`): puts the app in E2E_DIST — a copy of the build
// named by E2E_DIST_FROM (CI's `dist`, already built), or a fresh build — and serves it with `vite preview` on
// 127.0.0.1:E2E_PORT until Playwright stops it.
import { cpSync, existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, preview } from 'vite';

const root = resolve(import.meta.dirname, '../..');
const outDir = process.env.E2E_DIST;
const port = Number(process.env.E2E_PORT);
if (!outDir || !port) throw new Error('serveDist: E2E_DIST and E2E_PORT are set by tests/e2e/playwright.config.mjs');

rmSync(outDir, { recursive: true, force: true });
const prebuilt = process.env.E2E_DIST_FROM ? resolve(root, process.env.E2E_DIST_FROM) : null;
if (prebuilt) {
  if (!existsSync(resolve(prebuilt, 'index.html'))) throw new Error(`E2E_DIST_FROM: no build in ${prebuilt}`);
  cpSync(prebuilt, outDir, { recursive: true });
} else {
  await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
}
await preview({ root, build: { outDir }, preview: { host: '127.0.0.1', port, strictPort: true } });
