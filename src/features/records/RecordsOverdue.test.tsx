import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../tests/utils/renderApp';

// The fixture's Rubio visit is planned for Q1 2026 and the Áncash office was announced for November 2025: both
// periods have passed on any day these tests run (from 1 April 2026 on), with no record that they took place.
vi.mock('../../db/embedded', () => import('../../testing/releaseFixture').then((m) => m.embeddedAsFixture()));

const VISIT_EN = 'Planned official visit to Peru by US Secretary of State Marco Rubio';

describe('when /records lists a planned activity whose period has passed', () => {
  it('then its status cell says, with a badge, that it is overdue and since when', async () => {
    await renderApp('/records?lang=en');
    // The file's first render seeds the database and loads the page's strings: slow on a loaded machine.
    const row = await screen.findByRole('row', { name: new RegExp(VISIT_EN) }, { timeout: 20_000 });
    const status = within(row).getByRole('cell', {
      name: 'Planned Overdue: planned for Q1 2026, no report that it took place',
    });
    expect(within(status).getByText('Overdue')).toHaveClass('status-overdue');
  });

  it('then held activities carry no such badge: only the two past planned or announced ones do', async () => {
    await renderApp('/records?lang=en');
    await screen.findByRole('row', { name: new RegExp(VISIT_EN) });
    expect(screen.getAllByText('Overdue')).toHaveLength(2);
    const held = screen.getByRole('row', { name: /Foreign Minister De Zela meets US Secretary of State/ });
    expect(within(held).queryByText('Overdue')).not.toBeInTheDocument();
  });

  it('then in Spanish it reads "Vencida", with the quarter as T1 2026', async () => {
    await renderApp('/records?lang=es');
    const row = await screen.findByRole('row', { name: /Visita oficial prevista del secretario de Estado/ });
    expect(
      within(row).getByRole('cell', {
        name: 'Prevista Vencida: prevista para T1 2026, sin noticia de que se haya realizado',
      }),
    ).toBeInTheDocument();
  });
});

describe('when the overdue record’s page opens', () => {
  it('then the status field shows the badge and the sentence in full', async () => {
    await renderApp('/records/us-secretary-of-state-visit-to-peru?lang=en');
    await screen.findByRole('heading', { level: 1, name: VISIT_EN });
    const main = within(screen.getByRole('main'));
    const badge = main.getByText('Overdue');
    expect(badge).toHaveClass('status-overdue');
    expect(badge.parentElement).toHaveTextContent('Overdue: planned for Q1 2026, no report that it took place');
    expect(main.getByText(/planned for Q1 2026, no report that it took place/)).toBeVisible();
  });

  it('then in Spanish too', async () => {
    await renderApp('/records/us-secretary-of-state-visit-to-peru?lang=es');
    await screen.findByRole('heading', { level: 1, name: /Visita oficial prevista/ });
    const main = within(screen.getByRole('main'));
    expect(main.getByText('Vencida').parentElement).toHaveTextContent(
      'Vencida: prevista para T1 2026, sin noticia de que se haya realizado',
    );
  });

  it('then a held record’s page has no badge', async () => {
    await renderApp('/records/us-secretary-of-state-meeting?lang=en');
    await screen.findByRole('heading', { level: 1, name: /meets US Secretary of State/ });
    expect(within(screen.getByRole('main')).queryByText('Overdue')).not.toBeInTheDocument();
  });
});
