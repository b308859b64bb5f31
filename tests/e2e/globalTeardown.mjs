// After the browser tests: the served copy of the app goes (serveDist.mjs made it in E2E_DIST).
import { rmSync } from 'node:fs';

export default function globalTeardown() {
  if (process.env.E2E_DIST) rmSync(process.env.E2E_DIST, { recursive: true, force: true });
}
