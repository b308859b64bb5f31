import { beforeEach, describe, expect, it } from 'vitest';
import { getDb, resetDbForTests } from './database';
import { embeddedActivities } from '../testing/embedded';
import { applyRestore, previewRestore, readBackup } from './backup';
import { backupToJson, parseBackup } from './backupFormat';
import { ensureSeeded, resetSeedingForTests } from './seed';
import { applyImport, saveRecord } from './writes';
import { classifyWriteError } from './errors';
import { saveAnalystSource } from './sources';
import { readVocabulary } from './vocabulary';
import { addVocabularyEntry } from './vocabularyWrites';

beforeEach(async () => {
  await resetDbForTests();
  resetSeedingForTests();
  await ensureSeeded();
});

// A record of the first release, which stays in data/ as releases are added (a day-precise one: the invalid-date check below).
const first = embeddedActivities.find((a) => a.id === 'oas-asylum-proposal')!;
const extra = { ...first, id: 'backup-test-record', title: { es: 'Prueba', en: 'Test' } };

async function everything() {
  const db = getDb();
  return {
    activities: await db.activities.orderBy('id').toArray(),
    history: await db.history.toArray(),
    briefing: await db.briefing.toArray(),
    settings: await db.settings.toArray(),
  };
}

describe('when the database is backed up and restored', () => {
  it('then the backup file holds all four tables and restores to exactly that state', async () => {
    await applyImport([extra], 'a.json');
    await getDb().briefing.put({ id: 'b1', position: 0, kind: 'note', text: 'Nota', addedAt: '2025-12-11T00:00:00Z' });
    await getDb().settings.put({ key: 'theme', value: { dark: true } });
    const saved = await everything();
    const text = backupToJson(await readBackup(new Date('2025-12-11T10:00:00Z')));
    const parsed = parseBackup(text, 'backup.json');
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.backup.tables.activities).toHaveLength(embeddedActivities.length + 1);

    // Later changes: an edit, a deleted briefing item, a changed setting.
    await saveRecord({ ...first, title: { ...first.title, en: 'Changed later' } }, 'edit');
    await getDb().briefing.clear();
    await getDb().settings.put({ key: 'theme', value: { dark: false } });

    const plan = await previewRestore(parsed.backup);
    expect(plan).toMatchObject({ created: [], changed: [first.id], removed: [], unchanged: embeddedActivities.length });
    expect(plan.counts.briefing).toEqual({ now: 0, backup: 1 });

    expect(await applyRestore(parsed.backup, 'backup.json')).toEqual({ changed: 1 });
    const after = await everything();
    expect(after.activities).toEqual(saved.activities);
    expect(after.briefing).toEqual(saved.briefing);
    expect(after.settings).toEqual(saved.settings);
    // The old history is kept as it was, followed by one row saying the restore changed this record.
    expect(after.history.slice(0, saved.history.length)).toEqual(saved.history);
    expect(after.history.slice(saved.history.length).map((h) => [h.kind, h.activityId])).toEqual([
      ['restore', first.id],
    ]);
  });

  it('then a restore that fails half-way leaves the database as it was', async () => {
    const parsed = parseBackup(backupToJson(await readBackup()), 'b.json');
    if (!parsed.ok) throw new Error('backup did not parse');
    await saveRecord({ ...first, title: { ...first.title, en: 'Changed later' } }, 'edit');
    const before = await everything();
    const hook = () => {
      throw new DOMException('quota', 'QuotaExceededError');
    };
    getDb().settings.hook('creating', hook);
    await getDb()
      .settings.put({ key: 'x', value: 1 })
      .catch(() => undefined);
    const fail = { ...parsed.backup, tables: { ...parsed.backup.tables, settings: [{ key: 'y', value: 2 }] } };
    const err = await applyRestore(fail, 'b.json').catch((e: unknown) => e);
    getDb().settings.hook('creating').unsubscribe(hook);
    expect(classifyWriteError(err)).toBe('quota');
    expect(await everything()).toEqual(before);
  });

  it('then a file that is not a backup, or holds an invalid record, is refused with the place named', () => {
    expect(parseBackup('{"format":"agenda-exterior.activities","version":1,"activities":[]}', 'x.json')).toMatchObject({
      ok: false,
      problems: [{ file: 'x.json', field: 'format', code: 'file.format' }],
    });
    const bad = {
      format: 'agenda-exterior.backup',
      version: 1,
      createdAt: '2025-12-11T00:00:00Z',
      tables: {
        activities: [{ ...first, origin: 'embedded', date: '2025-13-45' }],
        history: [],
        briefing: [],
        settings: [],
      },
    };
    expect(parseBackup(JSON.stringify(bad), 'b.json')).toMatchObject({
      ok: false,
      problems: [
        {
          file: 'b.json',
          index: 0,
          id: first.id,
          field: 'date',
          code: 'date.invalid',
          params: { value: '2025-13-45' },
        },
      ],
    });
  });
});

describe("when the backup holds the analyst's vocabulary and releases", () => {
  const release = {
    id: 'np-312-25',
    issuer: { es: 'Cancillería', en: 'Foreign Ministry' },
    citation: 'Nota de Prensa 312-25',
    title: 'Comunicado de prueba',
    date: '2025-12-15',
    language: 'es' as const,
    url: 'https://example.org/np-312-25',
    paragraphs: [{ number: 1, text: 'Texto exacto del primer párrafo.' }],
  };
  const record = {
    ...first,
    id: 'uses-added-entries',
    organizations: ['ANDEAN-PARLIAMENT'],
    source: { id: 'np-312-25', paragraph: 1 },
  };

  it('then they travel in the file, the records using them are valid, and a restore brings them back', async () => {
    await addVocabularyEntry('organization', {
      id: 'ANDEAN-PARLIAMENT',
      label: { es: 'Parlamento Andino', en: 'Andean Parliament' },
      acronym: { es: 'PA', en: 'AP' },
    });
    await saveAnalystSource(release);
    await applyImport([record], 'a.json');
    const text = backupToJson(await readBackup());
    const parsed = parseBackup(text, 'backup.json');
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.backup.tables.vocabulary.map((r) => r.key)).toEqual(['organization:ANDEAN-PARLIAMENT']);
    expect(parsed.backup.tables.sources).toEqual([{ ...release, origin: 'analyst' }]);

    await getDb().vocabulary.clear();
    await getDb().sources.delete('np-312-25');
    await applyRestore(parsed.backup, 'backup.json');
    expect((await readVocabulary()).orgsById.get('ANDEAN-PARLIAMENT')?.name.en).toBe('Andean Parliament');
    expect((await getDb().sources.get('np-312-25'))?.paragraphs[0]?.text).toBe('Texto exacto del primer párrafo.');
    expect((await getDb().sources.get('np-304-25'))?.origin).toBe('embedded');
  });

  it('then a record using an entry the file does not carry is refused, as on import', async () => {
    const backup = await readBackup();
    const text = backupToJson({
      ...backup,
      tables: { ...backup.tables, activities: [{ ...record, origin: 'analyst' }] },
    });
    const parsed = parseBackup(text, 'backup.json');
    expect(parsed.ok || parsed.problems.map((p) => [p.field, p.code])).toEqual([
      ['organizations[0]', 'organization.unknown'],
    ]);
  });

  it('then an older backup without these tables still restores', async () => {
    const backup = await readBackup();
    const { sources: _s, vocabulary: _v, ...older } = backup.tables;
    const parsed = parseBackup(JSON.stringify({ ...backup, tables: older }), 'old.json');
    expect(parsed.ok && [parsed.backup.tables.sources, parsed.backup.tables.vocabulary]).toEqual([[], []]);
  });
});
