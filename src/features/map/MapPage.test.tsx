import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../../tests/utils/renderApp';

// Fixed numbers below: the app seeds the 19 records of one release, not whatever data/ holds today.
vi.mock('../../db/embedded', () => import('../../testing/releaseFixture').then((m) => m.embeddedAsFixture()));

const WORLD = 'Counterpart countries, places and international bodies';
// The first render loads the atlas through a dynamic import: allow for a slow, shared machine.
const slow = { timeout: 15_000 };

async function countryTable() {
  return screen.findByRole('table', { name: 'Activities by counterpart country' }, slow);
}

describe('when the analyst opens /map', () => {
  it('then the world map is a figure named by its title, with a caption computed from the data', async () => {
    await renderApp('/map?lang=en');
    const figure = await screen.findByRole('figure', { name: WORLD }, slow);
    expect(figure).toHaveTextContent(
      'Chile and United States of America lead with 2 activities each; 7 counterpart countries in all.',
    );
    expect(figure).toHaveTextContent('9 of the 19 activities name a counterpart country.');
    expect(await screen.findByRole('figure', { name: 'Closer view: South America' }, slow)).toBeInTheDocument();
  });

  it('then the countries table lists Chile and the United States with 2 activities each', async () => {
    await renderApp('/map?lang=en');
    const table = await countryTable();
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(7);
    expect(within(table).getByRole('rowheader', { name: 'Chile' }).closest('tr')).toHaveTextContent('ChileCL2');
    expect(within(table).getByRole('rowheader', { name: 'United States of America' }).closest('tr')).toHaveTextContent(
      'United States of AmericaUS2',
    );
    const points = await screen.findByRole('table', { name: 'Places and international bodies on the map' });
    // Nine places (Tacna pooled with "Tacna (región)") and five international bodies.
    expect(within(points).getAllByRole('row').slice(1)).toHaveLength(14);
  });

  it('then each country with activity is a button named with its count, and Peru is marked as home', async () => {
    await renderApp('/map?lang=en');
    const world = await screen.findByRole('figure', { name: WORLD }, slow);
    const buttons = await within(world).findAllByRole('button', { name: /: \d+ activit/ });
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual([
      'Chile: 2 activities',
      'United States of America: 2 activities',
      'Canada: 1 activity',
      'Germany: 1 activity',
      'Finland: 1 activity',
      'Netherlands: 1 activity',
      'El Salvador: 1 activity',
      'IMO (International Maritime Organization), London: 1 activity',
      'OAS (Organization of American States), Washington D.C.: 1 activity',
      'UNESCO (United Nations Educational, Scientific and Cultural Organization), Paris: 1 activity',
      'UNODC (United Nations Office on Drugs and Crime), Vienna: 1 activity',
      'WCO (World Customs Organization), Brussels: 1 activity',
    ]);
    expect(world).toHaveTextContent('Peru · home');
    // The legend is part of the SVG, so an exported image carries it.
    const svg = world.querySelector('svg');
    expect(svg).toHaveTextContent('Activities per country');
    expect(svg).toHaveTextContent('Peru (home country)');
  });

  it('then clicking Chile sets ?country=CL, and clicking it again clears it', async () => {
    const { router } = await renderApp('/map?lang=en');
    const world = await screen.findByRole('figure', { name: WORLD }, slow);
    const user = userEvent.setup();
    await user.click(await within(world).findByRole('button', { name: 'Chile: 2 activities' }));
    await waitFor(() => expect(router.state.location.search).toContain('country=CL'));
    expect(router.state.location.search).toContain('lang=en');
    const chile = await within(world).findByRole('button', { name: 'Chile: 2 activities' });
    expect(chile).toHaveAttribute('aria-pressed', 'true');
    // Filtered to Chile, the map and its table count only the Chile activities.
    expect(
      within(await countryTable())
        .getAllByRole('row')
        .slice(1),
    ).toHaveLength(1);
    await user.click(chile);
    await waitFor(() => expect(router.state.location.search).not.toContain('country='));
  });

  it('then Enter on a focused country toggles the filter and focus shows a tooltip', async () => {
    const { router } = await renderApp('/map?lang=en');
    const world = await screen.findByRole('figure', { name: WORLD }, slow);
    const us = await within(world).findByRole('button', { name: 'United States of America: 2 activities' });
    us.focus();
    expect(await within(world).findByText('Click to show only this country')).toBeInTheDocument();
    const user = userEvent.setup();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(router.state.location.search).toContain('country=US'));
  });

  it('then Enter or Space on a cluster opens the list of its places, and Escape closes it and returns focus', async () => {
    await renderApp('/map?lang=en');
    const world = await screen.findByRole('figure', { name: WORLD }, slow);
    const [cluster] = await within(world).findAllByRole('button', { name: /^\d+ places: / });
    const n = Number(/^(\d+) places: /.exec(cluster?.getAttribute('aria-label') ?? '')?.[1]);
    const user = userEvent.setup();
    for (const key of ['{Enter}', ' ']) {
      cluster!.focus();
      await user.keyboard(key);
      const dialog = await within(world).findByRole('dialog', { name: `${n} places` });
      // The focus moves into the list, on its first place.
      expect(within(dialog).getAllByRole('button')[0]).toHaveFocus();
      await user.keyboard('{Escape}');
      await waitFor(() => expect(within(world).queryByRole('dialog')).not.toBeInTheDocument());
      expect(cluster).toHaveFocus();
    }
  });

  it('then a click on an international body filters by it', async () => {
    const { router } = await renderApp('/map?lang=en');
    const world = await screen.findByRole('figure', { name: WORLD }, slow);
    await userEvent.setup().click(await within(world).findByRole('button', { name: /^OAS/ }));
    await waitFor(() => expect(router.state.location.search).toContain('org=OAS'));
  });

  it('then "Show data" shows the rows drawn, countries and points', async () => {
    await renderApp('/map?lang=en');
    const world = await screen.findByRole('figure', { name: WORLD }, slow);
    await userEvent.setup().click(within(world).getByRole('button', { name: 'Show data' }));
    const table = within(world).getByRole('table');
    expect(within(table).getAllByRole('row').slice(1)).toHaveLength(7 + 14);
    // "Tacna" and "Tacna (región)" at one spot read as the city alone.
    expect(within(table).getByRole('cell', { name: 'Tacna' })).toBeInTheDocument();
    expect(within(table).getByRole('cell', { name: 'Tumbes (region)' })).toBeInTheDocument();
  });

  it('then the closer view counts Chile and the places of Peru', async () => {
    await renderApp('/map?lang=en');
    const sa = await screen.findByRole('figure', { name: 'Closer view: South America' }, slow);
    expect(sa).toHaveTextContent(
      'In this view, Chile has the most activity (2); 6 places named in the records lie here.',
    );
    expect(await within(sa).findByRole('button', { name: 'Chile: 2 activities' })).toBeInTheDocument();
  });

  it('then in Spanish the strings are Spanish', async () => {
    await renderApp('/map?lang=es');
    const world = await screen.findByRole(
      'figure',
      { name: 'Países contraparte, lugares y organismos internacionales' },
      slow,
    );
    expect(world).toHaveTextContent(
      'Chile y Estados Unidos encabezan con 2 actividades cada uno; 7 países contraparte en total.',
    );
    expect(await within(world).findByRole('button', { name: 'Chile: 2 actividades' })).toBeInTheDocument();
  });

  it('then filters that match nothing show the empty state', async () => {
    await renderApp('/map?lang=en&q=zzzz-nothing');
    expect(await screen.findByText('No activity matches these filters')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Clear the filters' })).toBeInTheDocument();
  });
});
