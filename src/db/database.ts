import Dexie, { type DexieOptions, type Table } from 'dexie';
import type { Activity } from '../domain/activity';
import type { Source } from '../domain/source';
import type { VocabularyEntry, VocabularyKind } from '../domain/vocabulary';
import { markOutdated, resetConnectionForTests } from './connection';
import type { FeedChunkRow, FeedConflictRow, FeedRow } from './feedTables';
import { changeFeedMiddleware } from './changeFeed';
import { DB_NAME } from './names';
import { guardedIndexedDB } from './versionGuard';

export { DB_NAME, vocabularyKey } from './names';

export interface MetaRow {
  key: string;
  value: unknown;
}

/**
 * The schema, version by version. Never change a store of a released version: add a version with an upgrade
 * function, and a test in `migrations.test.ts` that opens a database written by the previous version.
 */
export const SCHEMA_V1 = {
  activities: 'id, date, type, *countries, *themes, *organizations, origin',
  sources: 'id',
  meta: 'key',
} as const;

/** v2 adds the change history (every import, edit, undo, delete), the briefing's items and the analyst's settings. */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  history: '++seq, activityId, batchId, at, kind',
  briefing: 'id, position',
  settings: 'key',
} as const;

/**
 * v3 opens the vocabulary: the themes, types and organisations the analyst adds (beside the embedded taxonomy),
 * and indexes sources by origin, so the releases the analyst pasted can be told from the embedded ones.
 */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  sources: 'id, origin',
  vocabulary: 'key, kind',
} as const;

/** One analyst entry; `key` is `kind:id`, since a theme and a type may share an id. */
export interface VocabularyRow {
  key: string;
  kind: VocabularyKind;
  entry: VocabularyEntry;
  addedAt: string;
}

/**
 * Team feeds (features/feeds): the subscriptions, each applied chunk's text (the base of the next merge) and the
 * conflicts waiting for the analyst. Kept in one constant so the version that adds them can be renumbered.
 */
export const SCHEMA_FEEDS = {
  feeds: 'address',
  feedChunks: '[feed+sha256], feed',
  feedConflicts: '[feed+id], feed',
} as const;

/** v4 adds the team feeds' tables; nothing else changes. */
export const SCHEMA_V4 = { ...SCHEMA_V3, ...SCHEMA_FEEDS } as const;

/** `feed`: a team feed's sync (or "take theirs") wrote the record; `note` is the feed's address. */
export type HistoryKind = 'import' | 'edit' | 'create' | 'delete' | 'undo' | 'restore' | 'feed' | 'revert';

/**
 * `activityId` of a batch's summary row. Record ids are slugs (lowercase letters, digits, hyphens), so no record
 * can have this id.
 */
export const BATCH_ROW = '(batch)';

/**
 * One change. A record an import (or editor) changed gets a row with its full `before` and `after`. Records an
 * import CREATED are listed in one summary row per batch (`activityId: BATCH_ROW`, `created`) instead of a row
 * each: their `after` is the record as stored (or the `before` of its next row), so a copy per record would only
 * double the write volume of a large import. Likewise an undo lists the records it removed in `removed`.
 */
export interface HistoryRow {
  seq?: number;
  activityId: string;
  /** One import, undo or restore writes many rows under one batch id, so it can be undone as a whole. */
  batchId: string;
  at: string;
  kind: HistoryKind;
  before: Activity | null;
  after: Activity | null;
  /** File name or other context shown in the history; on a `revert` row, the time of the version restored. */
  note?: string;
  /** Why the analyst made this change, when they said (an edit or a revert); not indexed, so no schema change. */
  reason?: string;
  /** For `undo` rows: the batch they undo (not indexed, so no schema change). */
  undoes?: string;
  /** On an import's (or a feed sync's) summary row: the ids of the records it created (stored at `at`: see history.ts). */
  created?: string[];
  /** On an undo's summary row: the ids of the records it removed (those the undone import had created); on an
   * unsubscribe's summary row, the feed's records it removed. */
  removed?: string[];
}

export interface BriefingItemRow {
  id: string;
  position: number;
  kind: 'chart' | 'records' | 'heading' | 'note';
  /** For charts: the chart id and the URL search (filters) it was chosen under. */
  chartId?: string;
  title?: string;
  search?: string;
  path?: string;
  text?: string;
  addedAt: string;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

export class AgendaDatabase extends Dexie {
  activities!: Table<Activity, string>;
  sources!: Table<Source, string>;
  meta!: Table<MetaRow, string>;
  history!: Table<HistoryRow, number>;
  briefing!: Table<BriefingItemRow, string>;
  settings!: Table<SettingRow, string>;
  vocabulary!: Table<VocabularyRow, string>;
  feeds!: Table<FeedRow, string>;
  feedChunks!: Table<FeedChunkRow, [string, string]>;
  feedConflicts!: Table<FeedConflictRow, [string, string]>;

  constructor(name: string = DB_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    // New tables only: existing activities, sources and meta rows are kept as they are (see migrations.test.ts).
    this.version(2).stores(SCHEMA_V2);
    // Every source a v2 database holds came from the embedded data set (only the seed wrote sources).
    this.version(3)
      .stores(SCHEMA_V3)
      .upgrade((tx) =>
        tx
          .table<Source, string>('sources')
          .toCollection()
          .modify((s) => {
            s.origin ??= 'embedded';
          }),
      );
    // New tables only (team feeds); see migrations.test.ts. Records keep their origins: feed origins are new values.
    this.version(4).stores(SCHEMA_V4);
  }
}

let instance: AgendaDatabase | null = null;

/**
 * Another tab opened a newer schema (or deleted the database): close at once so its upgrade is not blocked, and
 * do not reopen on the next query — this tab's code only knows the older schema, so writes would fail or, worse,
 * half-succeed. The UI (StorageStatus) tells the analyst to reload.
 */
function closeOnVersionChange(db: AgendaDatabase) {
  db.on('versionchange', (ev: IDBVersionChangeEvent) => {
    db.close({ disableAutoOpen: true });
    markOutdated(ev.newVersion === null || ev.newVersion === 0 ? 'deleted' : 'upgraded');
    return false; // stops Dexie's default handler, which would reopen on the next query
  });
}

/** The app's single database connection. */
export function getDb(): AgendaDatabase {
  if (!instance) {
    // Never opens a newer database (see versionGuard.ts); announces every committed change (see changeFeed.ts).
    instance = new AgendaDatabase(DB_NAME, { indexedDB: guardedIndexedDB(() => markOutdated('newer')) });
    instance.use(changeFeedMiddleware);
    closeOnVersionChange(instance);
  }
  return instance;
}

/** Tests: drop the connection and the database so the next `getDb()` starts empty. */
export async function resetDbForTests(): Promise<void> {
  if (instance) {
    instance.close();
    instance = null;
  }
  resetConnectionForTests();
  await Dexie.delete(DB_NAME);
}
