/**
 * A small note kept outside IndexedDB (in localStorage) of what the database held: how many records are the
 * analyst's, when they last changed, when a backup was last downloaded, and which database instance that was.
 * A browser that evicts the database (or a user who clears it) leaves this note behind, so the app can say what
 * was lost instead of quietly starting over with the embedded data set. Pure functions; storage at the end.
 */
export interface LostData {
  analystRecords: number;
  lastChange: string | null;
  lastBackup: string | null;
}

export interface Marker {
  /** The id the database got when it was created (meta row `instance`, see seed.ts). */
  instance: string;
  analystRecords: number;
  lastChange: string | null;
  lastBackup: string | null;
  /** What a database that disappeared held, until the analyst restores a backup or dismisses the notice. */
  lost: LostData | null;
}

export interface DbState {
  instance: string;
  analystRecords: number;
}

/** On start-up, with the database as found (and seeded): a different instance where analyst data was means loss. */
export function onOpen(m: Marker | null, db: DbState): Marker {
  if (!m) return { ...db, lastChange: null, lastBackup: null, lost: null };
  if (m.instance === db.instance) return { ...m, analystRecords: db.analystRecords };
  const lost: LostData | null =
    m.analystRecords > 0
      ? { analystRecords: m.analystRecords, lastChange: m.lastChange, lastBackup: m.lastBackup }
      : m.lost;
  return { ...db, lastChange: null, lastBackup: m.lastBackup, lost };
}

/** After a committed change (this tab's or another's). */
export const onChanged = (m: Marker, db: DbState, at: string): Marker => ({ ...m, ...db, lastChange: at });

export const onBackup = (m: Marker, at: string): Marker => ({ ...m, lastBackup: at });

/** A backup restored, or the notice dismissed: the loss has been dealt with. */
export const settled = (m: Marker): Marker => ({ ...m, lost: null });

export const MARKER_KEY = 'agenda-exterior:marker';

export function readMarker(storage: Storage): Marker | null {
  try {
    const raw = storage.getItem(MARKER_KEY);
    const m = raw ? (JSON.parse(raw) as Partial<Marker>) : null;
    return m && typeof m.instance === 'string' && typeof m.analystRecords === 'number'
      ? {
          instance: m.instance,
          analystRecords: m.analystRecords,
          lastChange: m.lastChange ?? null,
          lastBackup: m.lastBackup ?? null,
          lost: m.lost ?? null,
        }
      : null;
  } catch {
    return null; // unreadable or blocked storage: behave as on a first visit
  }
}

export function writeMarker(storage: Storage, m: Marker): void {
  try {
    storage.setItem(MARKER_KEY, JSON.stringify(m));
  } catch {
    // Storage full or blocked: the marker is a safety net, never a reason for a write to fail.
  }
}
