import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ActivitiesFile, Activity, ActivityFile } from '../domain/activity';
import { activitiesOfFiles, sourcesOfFiles } from '../domain/dataFiles';
import type { Source } from '../domain/source';
import npActivities from '../../tests/fixtures/dataset/np-304-25.activities.json';
import npSources from '../../tests/fixtures/dataset/np-304-25.sources.json';
import andinaActivities from '../../tests/fixtures/dataset/andina-2025-11-17-vicecanciller-alemania.activities.json';
import andinaSources from '../../tests/fixtures/dataset/andina-2025-11-17-vicecanciller-alemania.sources.json';
import { AgendaDatabase } from './database';
import { seedEmbedded } from './seed';

/**
 * The data set spans one file per release (data/activities/<release>.json and data/sources/<release>.json). Two
 * releases as fixtures: the app's first version ships both, a later one changes both; what an analyst imported
 * or edited in between stays as they left it.
 */
const NP = '../../data/activities/np-304-25.json';
const ANDINA = '../../data/activities/andina-2025-11-17-vicecanciller-alemania.json';
const np = (npActivities as ActivitiesFile).activities;
const andina = (andinaActivities as ActivitiesFile).activities;
const file = (activities: ActivityFile[]) => ({ default: { ...(npActivities as ActivitiesFile), activities } });
const sourceFile = (json: unknown) => ({ default: json as { sources: Source[] } });

// Listed out of order on purpose: the data set is read in file-name order however the files come.
const firstVersion = {
  activities: activitiesOfFiles({ [NP]: file(np), [ANDINA]: file(andina) }),
  sources: sourcesOfFiles({
    [NP.replace('activities', 'sources')]: sourceFile(npSources),
    [ANDINA.replace('activities', 'sources')]: sourceFile(andinaSources),
  }),
};

const germany = andina[0]!;
const changedNp = 'tacna-consular-migration-meeting';
const removedNp = 'inspection-visit-piura';
const editedByAnalyst = 'imo-council-reelection';
const added: ActivityFile = { ...germany, id: 'andina-second-record-for-test', title: { es: 'Otro', en: 'Another' } };

/** The next version: a record of each file reworded, one dropped, one added to the second file. */
function laterVersion() {
  const reword = (a: ActivityFile): ActivityFile =>
    [changedNp, germany.id, editedByAnalyst].includes(a.id) ? { ...a, title: { ...a.title, en: `${a.id} v2` } } : a;
  const andinaSource = (andinaSources as { sources: Source[] }).sources[0]!;
  return {
    activities: activitiesOfFiles({
      [ANDINA]: file([...andina.map(reword), added]),
      [NP]: file(np.filter((a) => a.id !== removedNp).map(reword)),
    }),
    sources: sourcesOfFiles({
      [NP.replace('activities', 'sources')]: sourceFile(npSources),
      [ANDINA.replace('activities', 'sources')]: sourceFile({ sources: [{ ...andinaSource, title: 'Title v2' }] }),
    }),
  };
}

let db: AgendaDatabase;
let n = 0;
beforeEach(async () => {
  db = new AgendaDatabase(`seed-files-test-${++n}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('when the embedded data set spans two release files', () => {
  it('then it is read in file-name order, the second release first', () => {
    expect(firstVersion.activities.map((a) => a.id)).toEqual([germany.id, ...np.map((a) => a.id)]);
    expect(firstVersion.sources.map((s) => s.id)).toEqual(['andina-2025-11-17-vicecanciller-alemania', 'np-304-25']);
  });

  it('then the first run stores every record of both files as embedded, with both sources', async () => {
    const r = await seedEmbedded(db, firstVersion.activities, firstVersion.sources);
    expect(r).toEqual({ changed: true, written: np.length + 1, removed: 0, keptAnalyst: 0 });
    expect(await db.activities.where('origin').equals('embedded').count()).toBe(np.length + 1);
    expect((await db.activities.get(germany.id))?.countries).toEqual(['DE']);
    expect((await db.sources.orderBy('id').toArray()).map((s) => [s.id, s.origin])).toEqual([
      ['andina-2025-11-17-vicecanciller-alemania', 'embedded'],
      ['np-304-25', 'embedded'],
    ]);
  });

  it('then a later version updates both files in place and leaves what the analyst imported or edited', async () => {
    await seedEmbedded(db, firstVersion.activities, firstVersion.sources);
    const edited: Activity = {
      ...(await db.activities.get(editedByAnalyst))!,
      origin: 'analyst',
      summary: { es: 'Mío', en: 'Mine' },
    };
    const imported: Activity = {
      ...germany,
      id: 'analyst-import',
      origin: 'analyst',
      title: { es: 'Importado', en: 'Imported' },
    };
    const pasted: Source = { ...firstVersion.sources[1]!, origin: 'analyst', title: 'Pasted by the analyst' };
    await db.activities.bulkPut([edited, imported]);
    await db.sources.put(pasted);

    const later = laterVersion();
    const r = await seedEmbedded(db, later.activities, later.sources);

    expect(r).toEqual({ changed: true, written: later.activities.length - 1, removed: 1, keptAnalyst: 1 });
    expect((await db.activities.get(changedNp))?.title.en).toBe(`${changedNp} v2`);
    expect((await db.activities.get(germany.id))?.title.en).toBe(`${germany.id} v2`);
    expect(await db.activities.get(added.id)).toMatchObject({ origin: 'embedded', title: added.title });
    expect(await db.activities.get(removedNp)).toBeUndefined();
    expect(await db.activities.get(editedByAnalyst)).toEqual(edited);
    expect(await db.activities.get('analyst-import')).toEqual(imported);
    expect(await db.activities.count()).toBe(later.activities.length + 1);
    expect((await db.sources.get('andina-2025-11-17-vicecanciller-alemania'))?.title).toBe('Title v2');
    expect(await db.sources.get('np-304-25')).toEqual(pasted);

    // The same version again (a reload) changes nothing.
    expect(await seedEmbedded(db, later.activities, later.sources)).toMatchObject({ changed: false, written: 0 });
  });
});
