import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { domTestFiles } from '../../scripts/vite/testFiles';

const FIXTURE_MOCK =
  "vi.mock('../../db/embedded', () => import('../../testing/releaseFixture').then((m) => m.embeddedAsFixture()));";

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'testfiles-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  mkdirSync(join(root, 'tests/unit'), { recursive: true });
  return root;
}

describe('when the jsdom test files are sorted into projects', () => {
  it('then only files whose one replacement is the release fixture share among themselves', () => {
    const root = tree({
      'src/a/Plain.test.tsx': "it('x', () => {});",
      'src/a/Fixture.test.tsx': `${FIXTURE_MOCK}\nit('x', () => {});`,
      'src/a/FixturePlusOther.test.tsx': `${FIXTURE_MOCK}\nvi.mock('../../db/database');\nit('x', () => {});`,
      'src/a/OtherFactory.test.tsx': "vi.mock('../../db/embedded', () => ({ embedded: [] }));\nit('x', () => {});",
      'src/a/DoMock.test.tsx': "vi.doMock('../../lib/x');\nit('x', () => {});",
      'src/a/node.test.ts': `${FIXTURE_MOCK}`,
      'src/a/dom.test.ts': "it('x', () => {});",
    });
    expect(domTestFiles(root, ['src/a/dom.test.ts'])).toEqual({
      fixture: ['src/a/Fixture.test.tsx'],
      isolated: ['src/a/DoMock.test.tsx', 'src/a/FixturePlusOther.test.tsx', 'src/a/OtherFactory.test.tsx'],
      shared: ['src/a/Plain.test.tsx', 'src/a/dom.test.ts'],
    });
  });
});
