import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const run = (script: string, ...args: string[]) =>
  spawnSync(process.execPath, [`scripts/${script}`, ...args], { encoding: 'utf8', timeout: 60_000 });

describe('when a script is asked for --help', () => {
  it.each(['generate.mjs', 'write-schema.mjs'])('then %s prints its usage and does nothing else', (script) => {
    const r = run(script, '--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^usage: npm run /m);
    expect(r.stdout).not.toMatch(/wrote|"format"/);
  });

  it.each(['generate.mjs', 'write-schema.mjs'])('then %s names an unknown option and exits 2', (script) => {
    const r = run(script, '--bogus');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("Unknown option '--bogus'");
    expect(r.stderr).toMatch(/usage: npm run /);
  });
});
