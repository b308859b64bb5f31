import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../../tests/utils/renderApp';
import { releaseFixture } from '../../testing/releaseFixture';
import { spanningMonths } from '../../testing/monthOracle';
import { taxonomy } from '../../domain/taxonomyData';
import { themeColour } from '../../ui/palette';
import { restoreObjectUrlAfterEach } from '../../testing/objectUrl';

// Fixed numbers below: the app seeds the 19 records of one release, not whatever data/ holds today.
vi.mock('../../db/embedded', () => import('../../testing/releaseFixture').then((m) => m.embeddedAsFixture()));

const figure = (name: string) => screen.findByRole('figure', { name });

describe('when the themes page opens on the whole release', () => {
  it('then each chart is a figure with a caption computed from the data', async () => {
    await renderApp('/themes?lang=en');
    const byTheme = await figure('Activities by theme');
    expect(byTheme).toHaveTextContent(
      'Drug trafficking and Organised crime lead with 7 activities each, 1 more than Customs cooperation.',
    );
    expect(byTheme).toHaveTextContent('the bars add up to 47 for 19 activities');
    expect(within(byTheme).getAllByRole('button', { name: /: \d+ activit/ })).toHaveLength(14);
    expect(await figure('Activities by type')).toHaveTextContent(
      'Bilateral coordination and Visit within Peru lead with 5 activities each',
    );
    expect(await figure('Themes month by month')).toHaveTextContent(
      `Which month has the most theme mentions cannot be told: the date of ${spanningMonths(releaseFixture.activities).length} activities is known only to a longer period.`,
    );
    expect(await figure('Countries and themes')).toHaveTextContent('10 activities have no counterpart country');
  });

  it('then clicking a bar sets ?theme= and a second click lifts it', async () => {
    const { router } = await renderApp('/themes?lang=en');
    const user = userEvent.setup();
    const byTheme = await figure('Activities by theme');
    await user.click(within(byTheme).getByRole('button', { name: 'Migration: 2 activities' }));
    expect(new URLSearchParams(router.state.location.search).get('theme')).toBe('migration');
    const pressed = within(await figure('Activities by theme')).getByRole('button', {
      name: 'Migration: 2 activities',
    });
    expect(pressed).toHaveAttribute('aria-pressed', 'true');
    await user.click(pressed);
    expect(new URLSearchParams(router.state.location.search).get('theme')).toBeNull();
  });

  it('then a keyboard user sets the type filter with Enter on a bar', async () => {
    const { router } = await renderApp('/themes?lang=en');
    const user = userEvent.setup();
    const bar = within(await figure('Activities by type')).getByRole('button', {
      name: 'Bilateral coordination: 5 activities',
    });
    bar.focus();
    await user.keyboard('{Enter}');
    expect(new URLSearchParams(router.state.location.search).get('type')).toBe('bilateral-coordination');
  });

  it('then a matrix cell filters to that country and theme', async () => {
    const { router } = await renderApp('/themes?lang=en');
    const user = userEvent.setup();
    const matrix = await figure('Countries and themes');
    await user.click(within(matrix).getByRole('button', { name: 'Chile and Migration: 2' }));
    const params = new URLSearchParams(router.state.location.search);
    expect([params.get('country'), params.get('theme')]).toEqual(['CL', 'migration']);
  });

  it('then "Show data" shows the rows the chart draws', async () => {
    await renderApp('/themes?lang=en');
    const user = userEvent.setup();
    const byType = await figure('Activities by type');
    await user.click(within(byType).getByRole('button', { name: 'Show data' }));
    const table = within(byType).getByRole('table');
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(11);
    expect(rows[1]).toHaveTextContent('Bilateral coordination5');
  });
});

describe('when the themes page is filtered', () => {
  it('then /themes?country=CL shows only Chile’s themes', async () => {
    await renderApp('/themes?country=CL&lang=en');
    const byTheme = await figure('Activities by theme');
    const names = within(byTheme)
      .getAllByRole('button', { name: /: \d+ activit/ })
      .map((b) => b.getAttribute('aria-label'));
    expect(names).toEqual([
      'Border management: 2 activities',
      'Migration: 2 activities',
      'Consular services: 1 activity',
    ]);
    const matrix = await figure('Countries and themes');
    expect(within(matrix).getAllByRole('button', { name: /^Chile and/ })).toHaveLength(3);
  });

  it('then an empty result says so and offers to clear the filters', async () => {
    await renderApp('/themes?country=JP&lang=en');
    expect(await screen.findByText('No activity matches these filters')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Clear the filters' })).toBeInTheDocument();
    expect(screen.queryByRole('figure')).toBeNull();
  });

  it('then the page speaks Spanish with ?lang=es', async () => {
    await renderApp('/themes?lang=es');
    expect(await figure('Actividades por tema')).toHaveTextContent(
      'Narcotráfico y Crimen organizado encabezan con 7 actividades cada uno, 1 más que Cooperación aduanera.',
    );
  });
});

describe('when a filter changes which themes lead', () => {
  it("then each theme keeps its own colour in the month-by-month chart's key (fixed by the theme, not by its rank)", async () => {
    // What each theme's colour must be: the palette's colour of its id, whatever else the chart shows.
    const expected = new Map(taxonomy.themes.map((t) => [t.label.en, themeColour(t.id)]));
    const key = async () => {
      const chart = await figure('Themes month by month');
      return [...chart.querySelectorAll<HTMLElement>('[data-legend-color]')]
        .map((e) => [e.dataset.legendLabel!, e.dataset.legendColor!] as const)
        .filter(([label]) => expected.has(label));
    };
    const { router } = await renderApp('/themes?lang=en');
    const all = await key();
    await router.navigate('/themes?country=CL&lang=en');
    await waitFor(async () => expect((await key()).map(([l]) => l)).toContain('Migration'));
    const chile = await key();
    // The filter changes the key's themes and their places: a colour given by place would differ for one of them.
    expect(chile.some(([l], i) => all[i]?.[0] !== l)).toBe(true);
    for (const [label, colour] of [...all, ...chile]) expect(colour, label).toBe(expected.get(label));
    // And no two themes in one key share a colour.
    for (const list of [all, chile]) expect(new Set(list.map(([, c]) => c)).size).toBe(list.length);
  });
});

describe('when "Themes month by month" is exported for one country', () => {
  restoreObjectUrlAfterEach();

  it('then the SVG says what its numbers count (theme mentions), the filter by kind, and the caveat on periods', async () => {
    const created: Blob[] = [];
    Object.assign(URL, {
      createObjectURL: vi.fn((b: Blob) => (created.push(b), 'blob:test')),
      revokeObjectURL: vi.fn(),
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const user = userEvent.setup();
    await renderApp('/themes?country=CL&lang=en');
    const chart = await figure('Themes month by month');
    await user.click(within(chart).getByRole('button', { name: 'Export' }));
    await user.click(await screen.findByRole('menuitem', { name: 'SVG' }));
    await waitFor(() => expect(created).toHaveLength(1));
    const svg = await created[0]!.text();
    expect(svg).toContain('theme mentions');
    expect(svg).toContain('Country: Chile');
    expect(svg).toMatch(/known only to a (longer )?period|may fall/);
  });
});
