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

// The one replacement many page tests make: the embedded data set swapped for the release fixture, by the same
// factory. Files that make only that one may share a module graph with each other, as every one of them wants the
// same module in its place.
const FIXTURE_MOCK =
  /^vi\.mock\('(?:\.\.\/)+db\/embedded', \(\) => import\('(?:\.\.\/)+testing\/releaseFixture'\)\.then\(\(m\) => m\.embeddedAsFixture\(\)\)\);$/m;

/**
 * The jsdom test files, split by whether they may share one environment and module graph per worker. Sharing saves
 * building jsdom and importing React, the router, i18next and Dexie again for each file (about 40 s of the suite's
 * 125 s); each test still starts from a fresh database, query client, router and language (tests/utils/renderApp).
 * - `shared`: files that replace no module;
 * - `fixture`: files whose one replacement is the embedded data set by the release fixture (`FIXTURE_MOCK`): they
 *   share among themselves;
 * - `isolated`: every other file that replaces a module, each in a fresh environment.
 */
export function domTestFiles(
  cwd: string,
  extraTs: string[],
): { isolated: string[]; fixture: string[]; shared: string[] } {
  const files = [...listFiles(cwd, ['src', 'tests/unit'], '.test.tsx'), ...extraTs];
  const isolated: string[] = [];
  const fixture: string[] = [];
  const shared: string[] = [];
  for (const file of files) {
    const text = readFileSync(join(cwd, file), 'utf8');
    const mocks = text.match(new RegExp(MOCKS_MODULES.source, 'g')) ?? [];
    if (mocks.length === 0) shared.push(file);
    else if (mocks.length === 1 && FIXTURE_MOCK.test(text)) fixture.push(file);
    else isolated.push(file);
  }
  return { isolated, fixture, shared };
}
