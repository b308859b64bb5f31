import { beforeEach, describe, expect, it } from 'vitest';
import type { ActivityFile } from '../../domain/activity';
import { activitiesToCsv } from '../../domain/formats/csv';
import { activitiesToJson } from '../../domain/formats/json';
import { generateActivities } from '../../testing/generate';
import { embeddedActivities } from '../../testing/embedded';
import { getDb, resetDbForTests } from '../../db/database';
import { resetSeedingForTests } from '../../db/seed';
import { createImportJob, type ImportProgress } from './importJob';

beforeEach(async () => {
  await resetDbForTests();
  resetSeedingForTests();
});

const N = 5000;
const file = () => new File([activitiesToCsv(generateActivities(N, 3))], 'five-thousand.csv', { type: 'text/csv' });

describe('when a 5,000-record file goes through an import job', () => {
  it('then it reports reading, checking and writing, in that order, up to every record', async () => {
    const seen: ImportProgress[] = [];
    const job = createImportJob((p) => seen.push(p));
    const checked = await job.check(file());
    expect(checked).toMatchObject({ ok: true, summary: { created: N, changed: 0, unchanged: 0 } });
    expect(await getDb().activities.count()).toBe(embeddedActivities.length); // the preview writes nothing
    const outcome = await job.write('five-thousand.csv');
    expect(outcome).toMatchObject({ created: N, updated: 0, unchanged: 0 });
    expect(await getDb().activities.count()).toBe(embeddedActivities.length + N);

    const phases = seen.map((p) => p.phase).filter((ph, i, all) => ph !== all[i - 1]);
    expect(phases).toEqual(['read', 'check', 'write']);
    const lastCheck = seen.filter((p) => p.phase === 'check').at(-1);
    expect(lastCheck).toMatchObject({ records: N });
    expect(lastCheck!.done).toBe(lastCheck!.total);
    expect(seen.filter((p) => p.phase === 'write').at(-1)).toEqual({ phase: 'write', done: N, total: N });
  });

  it('then the preview lists the first 50 new records by name and counts the rest', async () => {
    const job = createImportJob(() => {});
    const checked = await job.check(file());
    if (!checked.ok) throw new Error('expected a valid file');
    expect(checked.summary.createdSample).toHaveLength(50);
    const first = generateActivities(N, 3)[0]!;
    expect(checked.summary.createdSample[0]).toEqual({ id: first.id, title: first.title });
    expect(checked.summary.created).toBe(N);
  });

  it('then a file with problems sends the first 200 and the total, and writing is refused', async () => {
    const records = generateActivities(300, 3);
    const bad = activitiesToCsv(records).replace(/,day,/g, ',daily,');
    const firstRow = records.findIndex((r) => r.datePrecision === 'day') + 2; // the header is row 1
    const job = createImportJob(() => {});
    const checked = await job.check(new File([bad], 'bad.csv', { type: 'text/csv' }));
    if (checked.ok) throw new Error('expected problems');
    expect(checked.problems).toHaveLength(200);
    expect(checked.problemCount).toBeGreaterThan(200);
    expect(checked.problems[0]).toMatchObject({ file: 'bad.csv', row: firstRow, field: 'date_precision' });
    await expect(job.write('bad.csv')).rejects.toThrow('No checked file to write');
    expect(await getDb().activities.count()).toBe(embeddedActivities.length);
  });
});

describe('when a file gives its records an updatedAt', () => {
  it('then the job writes them with it, and a file checked after it carries none over', async () => {
    const [stamped, plain] = generateActivities(2, 9) as [ActivityFile, ActivityFile];
    const at = '2025-12-10T15:04:05.000Z';
    const job = createImportJob(() => {});
    const json = activitiesToJson([{ ...stamped, updatedAt: at }]);
    expect(await job.check(new File([json], 'stamped.json'))).toMatchObject({ ok: true });
    const first = await job.write('stamped.json');
    expect(await getDb().activities.get(stamped.id)).toMatchObject({ updatedAt: at, storedAt: first.at });

    expect(await job.check(new File([activitiesToCsv([plain])], 'plain.csv'))).toMatchObject({ ok: true });
    const second = await job.write('plain.csv');
    const stored = await getDb().activities.get(plain.id);
    expect(stored?.updatedAt).toBe(second.at);
    expect(stored).not.toHaveProperty('storedAt');
  });
});
