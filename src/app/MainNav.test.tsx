import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../tests/utils/renderApp';

// What is checked here does not depend on the data set's size: the app seeds the fixed release (19 records).
vi.mock('../db/embedded', () => import('../testing/releaseFixture').then((m) => m.embeddedAsFixture()));

// jsdom applies no style sheet: these check the button's state and wiring; the phone e2e checks what is seen.
describe('when the navigation is folded behind the Menu button', () => {
  it('then the button says whether the menu is open and controls the navigation', async () => {
    const user = userEvent.setup();
    await renderApp('/records?lang=es');
    const menu = await screen.findByRole('button', { name: 'Menú' });
    expect(menu).toHaveAttribute('aria-expanded', 'false');
    const nav = document.getElementById(menu.getAttribute('aria-controls') ?? '');
    expect(nav).toBe(screen.getByRole('navigation', { name: 'Principal' }));
    await user.click(menu);
    expect(menu).toHaveAttribute('aria-expanded', 'true');
    expect(nav).toHaveAttribute('data-open', 'true');
  });

  it('then Escape closes it and focus returns to the button', async () => {
    const user = userEvent.setup();
    await renderApp('/records?lang=en');
    const menu = await screen.findByRole('button', { name: 'Menu' });
    await user.click(menu);
    await user.tab();
    expect(
      within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Overview' }),
    ).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(menu).toHaveAttribute('aria-expanded', 'false');
    expect(menu).toHaveFocus();
  });

  it('then following a link closes it and opens the page', async () => {
    const user = userEvent.setup();
    const { router } = await renderApp('/records?lang=en');
    const menu = await screen.findByRole('button', { name: 'Menu' });
    await user.click(menu);
    await user.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Themes' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/themes'));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Menu' })).toHaveAttribute('aria-expanded', 'false'));
  });
});

describe('when a link is followed right after a filter changed', () => {
  it('then the new page keeps that filter, even before the links were drawn again', async () => {
    const { router } = await renderApp('/themes?lang=en');
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    const records = within(nav).getByRole('link', { name: 'Records' });
    // The router moves at once; React draws the move later, in a transition. The click lands in between.
    void router.navigate('/themes?lang=en&theme=migration');
    expect(records.getAttribute('href')).not.toContain('theme=migration');
    fireEvent.click(records);
    await waitFor(() => expect(router.state.location.pathname).toBe('/records'));
    expect(new URLSearchParams(router.state.location.search).get('theme')).toBe('migration');
  });
});

describe('when a page opens', () => {
  it('then the tab title names it and its filters', async () => {
    await renderApp('/records?country=CL&lang=en');
    await waitFor(() => expect(document.title).toBe('Chile · Records — Agenda Exterior'));
  });

  it('then in Spanish too', async () => {
    await renderApp('/map?lang=es');
    await waitFor(() => expect(document.title).toBe('Mapa — Agenda Exterior'));
  });

  it('then the menu link "Month in review" opens the latest month, and the title names that month', async () => {
    const user = userEvent.setup();
    const { router } = await renderApp('/records?lang=en');
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    await user.click(within(nav).getByRole('link', { name: 'Month in review' }));
    await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/month\/\d{4}-\d{2}$/));
    const [year, mm] = router.state.location.pathname.slice('/month/'.length).split('-');
    const month = [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ][Number(mm) - 1];
    await waitFor(() => expect(document.title).toBe(`${month} ${year} · Month in review — Agenda Exterior`));
  });
});
