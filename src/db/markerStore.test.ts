import { beforeEach, describe, expect, it } from 'vitest';
import { resetDbForTests } from './database';
import { embeddedActivities } from '../testing/embedded';
import { readMarker } from './marker';
import { checkMarkerOnOpen, noteBackup, noteChange, resetMarkerForTests, settleLoss } from './markerStore';
import { resetSeedingForTests } from './seed';
import { saveRecord } from './writes';

async function freshPageLoad() {
  resetSeedingForTests();
  resetMarkerForTests();
  await checkMarkerOnOpen();
}

beforeEach(async () => {
  await resetDbForTests();
  localStorage.clear();
});

const oas = embeddedActivities.find((a) => a.id === 'oas-asylum-proposal')!;

describe('when the database is deleted after the analyst wrote to it', () => {
  it('then the next page load finds the loss, and a restore or dismissal settles it', async () => {
    await freshPageLoad();
    await saveRecord({ ...oas, title: { ...oas.title, en: 'Edited' } }, 'edit');
    await noteChange('2026-12-05T08:00:00.000Z');
    noteBackup('2026-12-05T07:00:00.000Z');
    expect(readMarker(localStorage)).toMatchObject({ analystRecords: 1, lost: null });

    await resetDbForTests(); // as a browser evicting the site's storage
    await freshPageLoad();
    expect(readMarker(localStorage)?.lost).toEqual({
      analystRecords: 1,
      lastChange: '2026-12-05T08:00:00.000Z',
      lastBackup: '2026-12-05T07:00:00.000Z',
    });
    await freshPageLoad(); // reloading does not make it go away
    expect(readMarker(localStorage)?.lost?.analystRecords).toBe(1);
    settleLoss();
    expect(readMarker(localStorage)?.lost).toBeNull();
  });

  it('then nothing is reported when only embedded records were there', async () => {
    await freshPageLoad();
    await resetDbForTests();
    await freshPageLoad();
    expect(readMarker(localStorage)?.lost).toBeNull();
  });

  it('then a restore settles it for good, even while the change it made is still being noted', async () => {
    await freshPageLoad();
    await saveRecord({ ...oas, title: { ...oas.title, en: 'Edited' } }, 'edit');
    await noteChange();
    await resetDbForTests();
    await freshPageLoad();
    expect(readMarker(localStorage)?.lost?.analystRecords).toBe(1);
    // The restore's change is announced, and settled, before its count of analyst records comes back.
    await saveRecord({ ...oas, title: { ...oas.title, en: 'Edited' } }, 'edit');
    const noting = noteChange();
    settleLoss();
    await noting;
    expect(readMarker(localStorage)).toMatchObject({ analystRecords: 1, lost: null });
  });
});
