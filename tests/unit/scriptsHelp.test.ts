import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// The TypeScript scripts run under tsx, as their npm scripts do.
const run = (script: string, ...args: string[]) =>
  spawnSync(process.execPath, [...(script.endsWith('.ts') ? ['--import', 'tsx'] : []), `scripts/${script}`, ...args], {
    encoding: 'utf8',
    timeout: 60_000,
  });

const SCRIPTS = [
  'generate.mjs',
  'write-schema.mjs',
  'feed-build.mjs',
  'eval-drafting/run.ts',
  'eval-drafting/dateRecognisers.ts',
];

describe('when a script is asked for --help', () => {
  it.each(SCRIPTS)('then %s prints its usage and does nothing else', (script) => {
    const r = run(script, '--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^usage: npm run /m);
    expect(r.stdout).not.toMatch(/wrote|"format"|precision {2}recall|labelled expressions/);
  });

  it.each(SCRIPTS)('then %s names an unknown option and exits 2', (script) => {
    const r = run(script, '--bogus');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("Unknown option '--bogus'");
    expect(r.stderr).toMatch(/usage: npm run /);
    expect(r.stdout).toBe('');
  });
});

describe('when feed:build is called without where to read or write', () => {
  it('then it says what is missing, with its usage, and exits 2', () => {
    const r = run('feed-build.mjs', '--in', 'data/activities');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--in and --out are required');
    expect(r.stderr).toMatch(/usage: npm run feed:build/);
  });
});
