import { beforeEach, describe, expect, it } from 'vitest';
import type { ActivityFile } from '../../domain/activity';
import { activitiesToCsv } from '../../domain/formats/csv';
import { activitiesToJson } from '../../domain/formats/json';
import { generateActivities } from '../../testing/generate';
import { embeddedActivities } from '../../testing/embedded';
import { getDb, resetDbForTests } from '../../db/database';
import { resetSeedingForTests } from '../../db/seed';
import { createImportJob, linePieces, type ImportProgress } from './importJob';

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

/** A file whose stream gives `bytes` in pieces of `size` bytes (a piece may end inside a character's bytes). */
function pieced(bytes: Uint8Array<ArrayBuffer>, name: string, size: number): File {
  const f = new File([bytes], name);
  Object.defineProperty(f, 'stream', {
    value: () =>
      new ReadableStream<Uint8Array>({
        start(controller) {
          for (let at = 0; at < bytes.length; at += size) controller.enqueue(bytes.slice(at, at + size));
          controller.close();
        },
      }),
  });
  return f;
}

const accented = (records: ActivityFile[]) =>
  records.map((r, i) => ({ ...r, title: { es: `Reunión ${i} — Perú, Bogotá`, en: `Meeting ${i} — “Perú”` } }));

describe('when a JSON file is read as a stream', () => {
  it('then pieces that split characters, records and keys give exactly the records of the file', async () => {
    const records = accented(generateActivities(3000, 5));
    const bytes = new TextEncoder().encode(activitiesToJson(records));
    const size = 7001;
    // Some piece ends inside a character (a UTF-8 continuation byte follows the cut): the decoder must carry it over.
    const cuts = Array.from({ length: Math.floor(bytes.length / size) }, (_, k) => bytes[(k + 1) * size]!);
    expect(cuts.some((b) => b >= 0x80 && b < 0xc0)).toBe(true);
    const seen: ImportProgress[] = [];
    const job = createImportJob((p) => seen.push(p));
    expect(await job.check(pieced(bytes, 'three-thousand.json', size))).toMatchObject({
      ok: true,
      summary: { created: 3000 },
    });
    // Checking moves with the bytes read, and counts the records read so far.
    const checks = seen.filter((p) => p.phase === 'check');
    expect(checks.length).toBeGreaterThan(2);
    expect(checks.some((p) => (p.records ?? 0) > 0 && (p.records ?? 0) < 3000)).toBe(true);
    await job.write('three-thousand.json');
    const stored = await getDb().activities.bulkGet(records.map((r) => r.id));
    expect(stored.map((r) => r?.title)).toEqual(records.map((r) => r.title));
  });

  it('then a vocabulary that comes after the records is used for them, and what it lacks is named by index', async () => {
    const [a, b, c] = generateActivities(3, 11) as [ActivityFile, ActivityFile, ActivityFile];
    const org = {
      id: 'TEAM-FORUM',
      acronym: { es: 'FE', en: 'TF' },
      name: { es: 'Foro del equipo', en: 'Team forum' },
    };
    const doc = (recs: ActivityFile[]) =>
      JSON.stringify({
        format: 'agenda-exterior.activities',
        version: 1,
        activities: recs,
        vocabulary: { organizations: [org] },
      });
    const uses = { ...b, organizations: ['TEAM-FORUM'] };
    const job = createImportJob(() => {});
    const good = new TextEncoder().encode(doc([a, uses, c]));
    expect(await job.check(pieced(good, 'carried.json', 50))).toMatchObject({ ok: true, summary: { created: 3 } });

    const lacking = { ...c, themes: ['no-such-theme'] };
    const bad = new TextEncoder().encode(doc([a, uses, lacking]));
    const checked = await job.check(pieced(bad, 'carried.json', 50));
    if (checked.ok) throw new Error('expected a problem');
    expect(checked.problems).toEqual([
      expect.objectContaining({ index: 2, field: 'themes[0]', code: 'theme.unknown' }),
    ]);
  });

  it('then a byte that is not UTF-8 or a NUL far into the file refuses it, naming why, and nothing is written', async () => {
    const bytes = new TextEncoder().encode(activitiesToJson(generateActivities(500, 2)));
    const job = createImportJob(() => {});
    for (const [byte, code] of [
      [0xff, 'file.encoding'],
      [0x00, 'file.binary'],
    ] as const) {
      const broken = bytes.slice();
      broken[Math.floor(bytes.length * 0.8)] = byte;
      const checked = await job.check(pieced(broken, 'broken.json', 4096));
      expect(checked).toMatchObject({ ok: false, problems: [{ file: 'broken.json', field: '(file)', code }] });
    }
    expect(await getDb().activities.count()).toBe(embeddedActivities.length);
  });

  it('then a CSV in pieces that split characters, quoted cells and rows gives exactly the records of the file', async () => {
    const records = accented(generateActivities(2000, 6)).map((r, i) =>
      i % 7 === 0 ? { ...r, summary: { es: `Línea uno, "citada"\nlínea dos ${i}`, en: r.summary.en } } : r,
    );
    const bytes = new TextEncoder().encode(activitiesToCsv(records));
    // 997: pieces shorter than a line; 65,536: pieces the reader cuts again after line breaks (see linePieces),
    // some of them inside a quoted cell.
    for (const size of [997, 65_536]) {
      await resetDbForTests();
      resetSeedingForTests();
      const job = createImportJob(() => {});
      expect(await job.check(pieced(bytes, 'two-thousand.csv', size))).toMatchObject({
        ok: true,
        summary: { created: 2000 },
      });
      await job.write('two-thousand.csv');
      const stored = await getDb().activities.bulkGet(records.map((r) => r.id));
      expect(stored.map((r) => [r?.title, r?.summary])).toEqual(records.map((r) => [r.title, r.summary]));
    }
  });

  it('then a file without an extension is read as JSON when its text starts like JSON', async () => {
    const records = generateActivities(20, 4);
    const bytes = new TextEncoder().encode(`\uFEFF  \n${activitiesToJson(records)}`);
    const job = createImportJob(() => {});
    expect(await job.check(pieced(bytes, 'export', 3))).toMatchObject({ ok: true, summary: { created: 20 } });
  });
});

describe('when a CSV chunk is cut into pieces of a line or so', () => {
  it('then each piece but the last ends with a line break, is at least the minimum long, and together they are the chunk', () => {
    const text = Array.from({ length: 400 }, (_, i) => `${i},"línea ${'ñ'.repeat(i % 37)}\nsigue",€\r\n`).join('');
    const bytes = new TextEncoder().encode(text);
    const pieces = [...linePieces(bytes, 256)];
    expect(pieces.length).toBeGreaterThan(10);
    for (const p of pieces.slice(0, -1)) {
      expect(p.length).toBeGreaterThanOrEqual(256);
      expect(p.at(-1)).toBe(10);
    }
    const joined = new Uint8Array(bytes.length);
    let at = 0;
    for (const p of pieces) {
      joined.set(p, at);
      at += p.length;
    }
    expect(at).toBe(bytes.length);
    expect(new TextDecoder().decode(joined)).toBe(text);
    // Each piece is whole UTF-8 on its own: a line break byte is never inside a character.
    for (const p of pieces) expect(() => new TextDecoder('utf-8', { fatal: true }).decode(p)).not.toThrow();
    expect([...linePieces(new Uint8Array(0))]).toEqual([]);
  });
});
