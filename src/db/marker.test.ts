import { describe, expect, it } from 'vitest';
import { MARKER_KEY, onBackup, onChanged, onOpen, readMarker, settled, writeMarker, type Marker } from './marker';

const was: Marker = {
  instance: 'db-1',
  analystRecords: 6,
  lastChange: '2026-12-01T10:00:00.000Z',
  lastBackup: '2026-11-30T09:00:00.000Z',
  lost: null,
};

describe('when the app starts', () => {
  it('then a first visit (no marker) notes the database as found, with nothing lost', () => {
    expect(onOpen(null, { instance: 'db-1', analystRecords: 0 })).toEqual({
      instance: 'db-1',
      analystRecords: 0,
      lastChange: null,
      lastBackup: null,
      lost: null,
    });
  });

  it('then the same database keeps the marker and its counts follow the database', () => {
    expect(onOpen(was, { instance: 'db-1', analystRecords: 4 })).toEqual({ ...was, analystRecords: 4 });
  });

  it('then a new database where analyst records were is a loss, and says what was lost', () => {
    const m = onOpen(was, { instance: 'db-2', analystRecords: 0 });
    expect(m.lost).toEqual({
      analystRecords: 6,
      lastChange: '2026-12-01T10:00:00.000Z',
      lastBackup: '2026-11-30T09:00:00.000Z',
    });
    expect(m).toMatchObject({ instance: 'db-2', analystRecords: 0, lastChange: null });
    // A reload before the analyst acts still shows it: the loss stays until settled.
    expect(onOpen(m, { instance: 'db-2', analystRecords: 0 }).lost).toEqual(m.lost);
    expect(settled(m).lost).toBeNull();
  });

  it('then a new database where only embedded records were is no loss', () => {
    expect(onOpen({ ...was, analystRecords: 0 }, { instance: 'db-2', analystRecords: 0 }).lost).toBeNull();
  });
});

describe('when the analyst changes data or downloads a backup', () => {
  it('then the count and the times are noted', () => {
    const m = onChanged(was, { instance: 'db-1', analystRecords: 11 }, '2026-12-05T08:00:00.000Z');
    expect(m).toMatchObject({ analystRecords: 11, lastChange: '2026-12-05T08:00:00.000Z' });
    expect(onBackup(m, '2026-12-05T08:05:00.000Z').lastBackup).toBe('2026-12-05T08:05:00.000Z');
  });
});

describe('when the marker is stored', () => {
  it('then it reads back as written, and a damaged one reads as none', () => {
    writeMarker(localStorage, was);
    expect(readMarker(localStorage)).toEqual(was);
    localStorage.setItem(MARKER_KEY, '{not json');
    expect(readMarker(localStorage)).toBeNull();
    localStorage.setItem(MARKER_KEY, '{"instance":3}');
    expect(readMarker(localStorage)).toBeNull();
    localStorage.clear();
  });
});
