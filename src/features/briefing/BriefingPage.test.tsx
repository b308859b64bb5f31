import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../../tests/utils/renderApp';
import { resetDbForTests } from '../../db/database';
import { resetSeedingForTests } from '../../db/seed';
import { addBriefingItem, getBriefingAuthor, listBriefing } from '../../db/briefing';

// Fixed numbers below: the app seeds the 19 records of one release, not whatever data/ holds today.
vi.mock('../../db/embedded', () => import('../../testing/releaseFixture').then((m) => m.embeddedAsFixture()));

const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>';

describe('the briefing page', () => {
  beforeEach(async () => {
    await resetDbForTests();
    resetSeedingForTests();
    await addBriefingItem({
      kind: 'chart',
      chartId: 'a',
      title: 'Activities by theme',
      search: '?country=CL',
      path: '/themes',
      svg,
    });
    await addBriefingItem({
      kind: 'chart',
      chartId: 'b',
      title: 'Themes month by month',
      search: '?theme=migration',
      path: '/themes',
      svg,
    });
    await addBriefingItem({ kind: 'records', search: '?country=CL' });
  });

  const headings = () =>
    within(screen.getByRole('list', { name: 'Briefing items' }))
      .getAllByRole('heading', { level: 2 })
      .map((h) => h.textContent);

  it('lists the chosen charts under their filters, and the records table of its filters', async () => {
    await renderApp('/briefing?lang=en', { resetDb: false });
    await screen.findByRole('list', { name: 'Briefing items' });
    expect(headings()).toEqual(['Activities by theme', 'Themes month by month', 'Records — Country: Chile']);
    expect(screen.getByRole('img', { name: /^Activities by theme — Country: Chile\./ })).toHaveAttribute(
      'src',
      expect.stringMatching(/^data:image\/svg\+xml/),
    );
    const table = screen.getByRole('table');
    // The embedded data set has 2 activities with Chile as counterpart.
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 2);
    expect(screen.getByText(/^Sources?: Nota de Prensa 304-25/)).toBeInTheDocument();
  });

  it('reorders and removes items, and keeps the order in the database', async () => {
    const user = userEvent.setup();
    await renderApp('/briefing?lang=en', { resetDb: false });
    await screen.findByRole('list', { name: 'Briefing items' });
    expect(screen.getByRole('button', { name: 'Move up: Activities by theme' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Move down: Activities by theme' }));
    await waitFor(() => expect(headings()[0]).toBe('Themes month by month'));
    await user.click(screen.getByRole('button', { name: 'Remove: Themes month by month' }));
    await waitFor(() => expect(headings()).toEqual(['Activities by theme', 'Records — Country: Chile']));
    expect((await listBriefing()).map((i) => i.chartId ?? i.kind)).toEqual(['a', 'records']);
  });

  it('adds a note that is saved when the field is left', async () => {
    const user = userEvent.setup();
    await renderApp('/briefing?lang=en', { resetDb: false });
    await user.click(await screen.findByRole('button', { name: 'Add note' }));
    const note = await screen.findByRole('textbox', { name: 'Note' });
    await user.type(note, 'Chile leads on migration.');
    await user.tab();
    await waitFor(async () => expect((await listBriefing()).at(-1)?.text).toBe('Chile leads on migration.'));
  });

  it('states each distinct set of filters by kind, and names the printed document after the briefing', async () => {
    await renderApp('/briefing?lang=en', { resetDb: false });
    await screen.findByRole('list', { name: 'Briefing items' });
    expect(screen.getByText('Filters of its items — Country: Chile; Theme: Migration')).toBeInTheDocument();
    const routeTitle = document.title;
    window.dispatchEvent(new Event('beforeprint'));
    expect(document.title).toMatch(/^Briefing — \d{1,2} [A-Z][a-z]{2} \d{4}$/);
    window.dispatchEvent(new Event('afterprint'));
    expect(document.title).toBe(routeTitle);
  });

  it.each([
    ['en', 'Author (printed on the cover)', /^Prepared by Ana Torres, \d{1,2} [A-Z][a-z]{2} \d{4}$/],
    ['es', 'Autoría (se imprime en la portada)', /^Preparado por Ana Torres el \d{1,2} [a-z]{3,4}\. \d{4}$/],
  ])('(%s) names its author on the cover once given, and keeps it', async (lang, label, line) => {
    const user = userEvent.setup();
    await renderApp(`/briefing?lang=${lang}`, { resetDb: false });
    const field = await screen.findByRole('textbox', { name: label });
    await user.type(field, '  Ana Torres ');
    await user.tab();
    expect(await screen.findByText(line)).toBeInTheDocument();
    expect(await getBriefingAuthor()).toBe('Ana Torres');
  });

  it('speaks Spanish', async () => {
    await renderApp('/briefing?lang=es', { resetDb: false });
    expect(await screen.findByRole('button', { name: 'Imprimir / Guardar como PDF' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Bajar: Activities by theme' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Registros — País: Chile' })).toBeInTheDocument();
  });
});
