import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Test files under `roots` (relative to `cwd`) whose names end with `suffix`, as posix paths. */
function listFiles(cwd: string, roots: string[], suffix: string): string[] {
  return roots
    .flatMap((root) =>
      readdirSync(join(cwd, root), { recursive: true, encoding: 'utf8' })
        .filter((name) => name.endsWith(suffix))
        .map((name) => `${root}/${name.split('\\').join('/')}`),
    )
    .sort();
}

// vi.mock/vi.doMock replace a module in the worker's module cache: a file that does it must run in a fresh module
// graph, or the replacement leaks into the files after it (a release-fixture data set of 19 records seen by a page
// test that expects the embedded 139).
const MOCKS_MODULES = /\bvi\.(?:do)?[mM]ock\(/;

/**
 * The jsdom test files, split by whether they may share one environment and module graph per worker. Sharing saves
 * building jsdom and importing React, the router, i18next and Dexie again for each file (about 40 s of the suite's
 * 125 s); each test still starts from a fresh database, query client, router and language (tests/utils/renderApp).
 */
export function domTestFiles(cwd: string, extraTs: string[]): { isolated: string[]; shared: string[] } {
  const files = [...listFiles(cwd, ['src', 'tests/unit'], '.test.tsx'), ...extraTs];
  const isolated = files.filter((file) => MOCKS_MODULES.test(readFileSync(join(cwd, file), 'utf8')));
  return { isolated, shared: files.filter((file) => !isolated.includes(file)) };
}
