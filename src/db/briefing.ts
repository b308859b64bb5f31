import type { BriefingItemRow } from './database';
import { openDb } from './openDb';

/**
 * The briefing: an ordered list of items (charts, records tables, headings, notes) kept in the `briefing` table
 * so it survives reloads. A chart item also keeps the standalone SVG of the chart as it was when added: the
 * briefing shows exactly what the analyst chose, under the filters it was chosen with, even if the data change.
 */
export interface BriefingItem extends BriefingItemRow {
  /** Standalone SVG markup of a chart (our own generated SVG, shown through an <img>). */
  svg?: string;
  /** Filters in words at the time the item was added, in the language of that moment. */
  filtersText?: string;
}

export type NewBriefingItem = Omit<BriefingItem, 'id' | 'position' | 'addedAt'>;

const TITLE_KEY = 'briefing.title';
/** Who prepared the briefing, printed on its cover (empty: no line). */
const AUTHOR_KEY = 'briefing.author';

const newId = () =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

export async function listBriefing(): Promise<BriefingItem[]> {
  return (await openDb()).briefing.orderBy('position').toArray();
}

export async function addBriefingItem(item: NewBriefingItem): Promise<BriefingItem> {
  const db = await openDb();
  return db.transaction('rw', db.briefing, async () => {
    const last = await db.briefing.orderBy('position').last();
    const row: BriefingItem = {
      ...item,
      id: newId(),
      position: (last?.position ?? -1) + 1,
      addedAt: new Date().toISOString(),
    };
    await db.briefing.add(row);
    return row;
  });
}

/**
 * Adds several items at the end, in order, in one transaction: a group that belongs together (the month in review:
 * heading, text, chart, records) lands whole or not at all.
 */
export async function addBriefingItems(items: readonly NewBriefingItem[]): Promise<BriefingItem[]> {
  const db = await openDb();
  return db.transaction('rw', db.briefing, async () => {
    const last = await db.briefing.orderBy('position').last();
    const start = (last?.position ?? -1) + 1;
    const addedAt = new Date().toISOString();
    const rows: BriefingItem[] = items.map((item, i) => ({ ...item, id: newId(), position: start + i, addedAt }));
    await db.briefing.bulkAdd(rows);
    return rows;
  });
}

export async function removeBriefingItem(id: string): Promise<void> {
  await (await openDb()).briefing.delete(id);
}

export async function updateBriefingText(id: string, text: string): Promise<void> {
  await (await openDb()).briefing.update(id, { text });
}

/** Swaps an item with its neighbour above (-1) or below (+1); does nothing at either end. */
export async function moveBriefingItem(id: string, direction: -1 | 1): Promise<void> {
  const db = await openDb();
  await db.transaction('rw', db.briefing, async () => {
    const items = await db.briefing.orderBy('position').toArray();
    const i = items.findIndex((x) => x.id === id);
    const a = items[i];
    const b = items[i + direction];
    if (!a || !b) return;
    await db.briefing.update(a.id, { position: b.position });
    await db.briefing.update(b.id, { position: a.position });
  });
}

export async function clearBriefing(): Promise<void> {
  await (await openDb()).briefing.clear();
}

export async function getBriefingTitle(): Promise<string | null> {
  const row = await (await openDb()).settings.get(TITLE_KEY);
  return typeof row?.value === 'string' ? row.value : null;
}

export async function setBriefingTitle(title: string): Promise<void> {
  await (await openDb()).settings.put({ key: TITLE_KEY, value: title });
}

export async function getBriefingAuthor(): Promise<string> {
  const row = await (await openDb()).settings.get(AUTHOR_KEY);
  return typeof row?.value === 'string' ? row.value : '';
}

export async function setBriefingAuthor(author: string): Promise<void> {
  await (await openDb()).settings.put({ key: AUTHOR_KEY, value: author });
}
