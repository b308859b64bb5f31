import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { activitiesFileSchema, activityFileSchema } from '../../src/domain/activity';
import { isCountryCode } from '../../src/domain/countries';
import { SYNTHETIC_SOURCE_ID, generateActivities, mulberry32, toActivitiesJson } from '../../src/testing/generate';
import { TYPE_WEIGHTS } from '../../src/testing/generateTables';
import { orgsById, themesById, typesById } from '../../src/domain/taxonomyData';

const records = generateActivities(3000, 42);

/** Values by descending frequency. */
function ranked(values: string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]);
}

describe('the synthetic data generator', () => {
  it('gives exactly n records with unique syn- ids in date order', () => {
    expect(records).toHaveLength(3000);
    expect(new Set(records.map((a) => a.id)).size).toBe(3000);
    expect(records[0]!.id).toBe('syn-000001');
    expect(records.every((a) => /^syn-\d{6}$/.test(a.id))).toBe(true);
    expect(records.every((a, i) => i === 0 || records[i - 1]!.date <= a.date)).toBe(true);
  });

  it('writes only records valid by the zod schema, in a file valid by the contract', () => {
    const invalid = records.filter((a) => !activityFileSchema.safeParse(a).success);
    expect(invalid).toEqual([]);
    const file = activitiesFileSchema.parse(JSON.parse(toActivitiesJson(records.slice(0, 200))));
    expect(file.activities).toHaveLength(200);
  });

  it('with `rich`, gives the same records at real size: two actors, two additional sources, a longer summary', () => {
    const plain = generateActivities(300, 3);
    const rich = generateActivities(300, 3, { rich: true });
    expect(rich.filter((a) => !activityFileSchema.safeParse(a).success)).toEqual([]);
    expect(rich.map((a) => [a.id, a.date, a.type])).toEqual(plain.map((a) => [a.id, a.date, a.type]));
    for (const a of rich) {
      expect(a.actors).toHaveLength(2);
      expect(a.additionalSources).toHaveLength(2);
    }
    const bytes = (list: typeof rich) => toActivitiesJson(list).length / list.length;
    expect(bytes(rich)).toBeGreaterThan(1400); // "about 150 MB" for 100,000
    expect(bytes(rich)).toBeGreaterThan(2 * bytes(plain));
  });

  it('uses only the taxonomy, real country codes (never Peru as a counterpart) and the synthetic source', () => {
    for (const a of records) {
      expect(typesById.has(a.type), a.type).toBe(true);
      expect(a.themes.length).toBeGreaterThan(0);
      for (const t of a.themes) expect(themesById.has(t), t).toBe(true);
      for (const o of a.organizations) expect(orgsById.has(o), o).toBe(true);
      for (const c of a.countries) expect(isCountryCode(c) && c !== 'PE', c).toBe(true);
      for (const p of a.places) expect(isCountryCode(p.country), p.country).toBe(true);
      expect(a.source).toEqual({ id: SYNTHETIC_SOURCE_ID, paragraph: 1 });
      expect(a.additionalSources).toEqual([]);
      expect(a.title.es).not.toBe(a.title.en);
    }
  });

  it('draws skewed, realistic frequencies over several years', () => {
    const countries = ranked(records.flatMap((a) => a.countries));
    expect(countries[0]?.[0]).toBe('CL');
    expect(countries.length).toBeGreaterThan(30);
    const types = ranked(records.map((a) => a.type));
    expect(types[0]?.[0]).toBe('bilateral-meeting');
    // The generator draws from its own weighted table (a subset of the taxonomy, which grows with the data set):
    // every type of that table must come out.
    expect(types.map(([t]) => t).sort()).toEqual(Object.keys(TYPE_WEIGHTS).sort());
    const precisions = new Map(ranked(records.map((a) => a.datePrecision)));
    expect(precisions.get('day')! / records.length).toBeGreaterThan(0.75);
    for (const p of ['month', 'quarter', 'range']) expect(precisions.get(p)).toBeGreaterThan(0);
    const years = new Set(records.map((a) => a.date.slice(0, 4)));
    expect([...years].sort()).toEqual(['2019', '2020', '2021', '2022', '2023', '2024', '2025', '2026']);
  });

  it('is deterministic: the same seed gives the same text, another seed other records', () => {
    expect(toActivitiesJson(generateActivities(500, 7))).toBe(toActivitiesJson(generateActivities(500, 7)));
    expect(toActivitiesJson(generateActivities(500, 8))).not.toBe(toActivitiesJson(generateActivities(500, 7)));
    const a = mulberry32(1);
    const b = mulberry32(1);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });

  it('`npm run generate` writes the same file twice for the same arguments', () => {
    const dir = mkdtempSync(join(tmpdir(), 'agenda-generate-'));
    const root = resolve(import.meta.dirname, '../..');
    try {
      const run = (out: string) =>
        execFileSync(process.execPath, ['scripts/generate.mjs', '--n', '300', '--seed', '5', '--out', out], {
          cwd: root,
          env: { ...process.env, INIT_CWD: dir },
          stdio: 'pipe',
        });
      run('a.json');
      run('b.json');
      const a = readFileSync(join(dir, 'a.json'));
      expect(a.equals(readFileSync(join(dir, 'b.json')))).toBe(true);
      expect(activitiesFileSchema.parse(JSON.parse(a.toString('utf8'))).activities).toHaveLength(300);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
