import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../tests/utils/renderApp';

// Fixed numbers below: the app seeds the 19 records of one release, not whatever data/ holds today.
vi.mock('../../db/embedded', () => import('../../testing/releaseFixture').then((m) => m.embeddedAsFixture()));

/** The title links in the records table's body, in the order shown. */
async function titlesShown(): Promise<string[]> {
  const table = await screen.findByRole('table');
  const body = within(table).getAllByRole('rowgroup')[1]!;
  return within(body)
    .getAllByRole('link')
    .map((a) => a.textContent ?? '');
}

describe('when /records opens', () => {
  it('then the table lists all 19 activities under a header row', async () => {
    await renderApp('/records?lang=en');
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(20);
    expect(
      within(rows[0]!)
        .getAllByRole('columnheader')
        .map((h) => h.textContent?.replace(/[▲▼↕]/g, '').trim()),
    ).toEqual(['Date', 'Title', 'Type', 'Countries', 'Organisations', 'Themes', 'Status']);
    expect(screen.getByText('19 of 19 activities match the filters.')).toBeInTheDocument();
  });

  it('then it is sorted by date, newest first, the planned 2026 visit on top', async () => {
    await renderApp('/records?lang=en');
    const titles = await titlesShown();
    expect(titles[0]).toBe('Planned official visit to Peru by US Secretary of State Marco Rubio');
    expect(screen.getByRole('columnheader', { name: /Date/ })).toHaveAttribute('aria-sort', 'descending');
  });
});

describe('when the URL carries filters', () => {
  it('then ?country=CL lists exactly the two Chile records', async () => {
    await renderApp('/records?country=CL&lang=en');
    expect((await titlesShown()).sort()).toEqual([
      'Peru–Chile Binational Committee on Migration Cooperation set up',
      'Peru–Chile consular and migration meeting in Tacna',
    ]);
    expect(screen.getByText('2 of 19 activities match the filters.')).toBeInTheDocument();
  });

  it('then ?theme=migration lists the migration records', async () => {
    await renderApp('/records?theme=migration&lang=en');
    expect(await titlesShown()).toHaveLength(2);
    expect(await titlesShown()).toContain('Peru–Chile consular and migration meeting in Tacna');
  });

  it('then parameters combine: ?country=CL&type=binational-committee leaves one', async () => {
    await renderApp('/records?country=CL&type=binational-committee&lang=en');
    expect(await titlesShown()).toEqual(['Peru–Chile Binational Committee on Migration Cooperation set up']);
  });

  it('then a filter that matches nothing offers to clear the filters', async () => {
    const user = userEvent.setup();
    await renderApp('/records?country=JP&lang=en');
    await user.click(await screen.findByRole('button', { name: 'Clear the filters' }));
    expect(await titlesShown()).toHaveLength(19);
  });

  it('then an unknown value shows a notice and is ignored', async () => {
    await renderApp('/records?country=XX&lang=en');
    // Loading messages are statuses too: wait for the one that is the notice.
    const notice = await waitFor(() => {
      const found = screen.getAllByRole('status').find((el) => el.textContent?.includes('ignored'));
      if (!found) throw new Error('no notice yet');
      return found;
    });
    expect(notice).toHaveTextContent('Some filters in the address were ignored:');
    expect(notice).toHaveTextContent('country = “XX” is not a known value.');
    expect(await titlesShown()).toHaveLength(19);
  });
});

describe('when the analyst clicks the Title column header', () => {
  it('then rows sort by title, aria-sort follows, and a second click reverses', async () => {
    const user = userEvent.setup();
    const { router } = await renderApp('/records?lang=en');
    const before = await titlesShown();
    await user.click(screen.getByRole('button', { name: 'Title' }));
    const asc = await titlesShown();
    expect(asc).not.toEqual(before);
    expect(asc).toEqual([...before].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
    expect(asc[0]).toBe('Coordination with Canada on security, drugs and customs');
    expect(screen.getByRole('columnheader', { name: /Title/ })).toHaveAttribute('aria-sort', 'ascending');
    expect(screen.getByRole('columnheader', { name: /Date/ })).toHaveAttribute('aria-sort', 'none');
    expect(router.state.location.search).toContain('sort=title');

    await user.click(screen.getByRole('button', { name: 'Title' }));
    await waitFor(() =>
      expect(screen.getByRole('columnheader', { name: /Title/ })).toHaveAttribute('aria-sort', 'descending'),
    );
    expect(await titlesShown()).toEqual([...asc].reverse());
  });
});

describe('when the analyst follows a title link', () => {
  it('then the record page opens at /records/:id, keeping the filters', async () => {
    const user = userEvent.setup();
    const { router } = await renderApp('/records?country=CL&lang=en');
    await user.click(await screen.findByRole('link', { name: 'Peru–Chile consular and migration meeting in Tacna' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Peru–Chile consular and migration meeting in Tacna' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/records/tacna-consular-migration-meeting');
    expect(router.state.location.search).toContain('country=CL');
  });
});

describe('when the analyst wants to add a record from the list', () => {
  it('then "New record" opens the editor at /records/new, keeping the filters', async () => {
    const user = userEvent.setup();
    const { router } = await renderApp('/records?country=CL&lang=en');
    await screen.findByRole('table', undefined, { timeout: 15_000 });
    await user.click(within(screen.getByRole('main')).getByRole('link', { name: 'New record' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'New record' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/records/new');
    expect(router.state.location.search).toContain('country=CL');
  });

  it('then in Spanish it reads "Nuevo registro"', async () => {
    await renderApp('/records?lang=es');
    await screen.findByRole('table', undefined, { timeout: 15_000 });
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Nuevo registro' })).toHaveAttribute(
      'href',
      '/records/new?lang=es',
    );
  });
});
