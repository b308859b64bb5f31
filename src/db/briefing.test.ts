import { beforeEach, describe, expect, it } from 'vitest';
import { resetDbForTests } from './database';
import {
  addBriefingItem,
  addBriefingItems,
  getBriefingTitle,
  listBriefing,
  moveBriefingItem,
  removeBriefingItem,
  setBriefingTitle,
  updateBriefingText,
} from './briefing';

const chart = (chartId: string) => ({
  kind: 'chart' as const,
  chartId,
  title: chartId,
  search: '?country=CL',
  path: '/themes',
  svg: '<svg xmlns="http://www.w3.org/2000/svg"/>',
});

describe('the briefing repository', () => {
  beforeEach(async () => {
    await resetDbForTests();
  });

  it('keeps items in the order they were added, with what was stored', async () => {
    await addBriefingItem(chart('a'));
    await addBriefingItem(chart('b'));
    await addBriefingItem({ kind: 'note', text: 'n' });
    const items = await listBriefing();
    expect(items.map((i) => i.chartId ?? i.text)).toEqual(['a', 'b', 'n']);
    expect(items[0]).toMatchObject({ search: '?country=CL', path: '/themes', svg: chart('a').svg });
  });

  it('adds a group of items after those already there, in the group’s order', async () => {
    await addBriefingItem(chart('a'));
    await addBriefingItems([{ kind: 'heading', text: 'November' }, chart('b'), { kind: 'note', text: 'n' }]);
    const items = await listBriefing();
    expect(items.map((i) => i.chartId ?? i.text)).toEqual(['a', 'November', 'b', 'n']);
    expect(items.map((i) => i.position)).toEqual([0, 1, 2, 3]);
    expect(new Set(items.map((i) => i.id)).size).toBe(4);
  });

  it('moves an item up and down, and not past either end', async () => {
    const a = await addBriefingItem(chart('a'));
    const b = await addBriefingItem(chart('b'));
    const c = await addBriefingItem(chart('c'));
    await moveBriefingItem(c.id, -1);
    expect((await listBriefing()).map((i) => i.chartId)).toEqual(['a', 'c', 'b']);
    await moveBriefingItem(a.id, 1);
    expect((await listBriefing()).map((i) => i.chartId)).toEqual(['c', 'a', 'b']);
    await moveBriefingItem(b.id, 1);
    await moveBriefingItem(c.id, -1);
    expect((await listBriefing()).map((i) => i.chartId)).toEqual(['c', 'a', 'b']);
  });

  it('removes items and edits notes', async () => {
    const a = await addBriefingItem(chart('a'));
    const n = await addBriefingItem({ kind: 'note', text: '' });
    await updateBriefingText(n.id, 'Migration dominates.');
    await removeBriefingItem(a.id);
    expect(await listBriefing()).toMatchObject([{ kind: 'note', text: 'Migration dominates.' }]);
  });

  it('stores the briefing title', async () => {
    expect(await getBriefingTitle()).toBeNull();
    await setBriefingTitle('Chile, November');
    expect(await getBriefingTitle()).toBe('Chile, November');
  });
});
