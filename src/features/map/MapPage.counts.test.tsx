import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { SLOW, seedChileHeavy } from '../../../tests/utils/chileHeavy';
import { renderApp } from '../../../tests/utils/renderApp';

// Fixed numbers below: the app seeds the 19 records of one release, not whatever data/ holds today.
vi.mock('../../db/embedded', () => import('../../testing/releaseFixture').then((m) => m.embeddedAsFixture()));

const found = { timeout: 30_000 };

describe('when the map counts more than a thousand activities for a country', () => {
  beforeAll(seedChileHeavy, SLOW);

  it(
    'then caption, note, country button, legend and tables group digits in English',
    async () => {
      await renderApp('/map?lang=en', { resetDb: false });
      const world = await screen.findByRole(
        'figure',
        { name: 'Counterpart countries, places and international bodies' },
        found,
      );
      expect(world).toHaveTextContent('Chile leads with 1,102 activities;');
      expect(world).toHaveTextContent('1,109 of the 1,119 activities name a counterpart country.');
      expect(await within(world).findByRole('button', { name: 'Chile: 1,102 activities' }, found)).toBeInTheDocument();
      // Five classes up to the maximum: 1–221 … 885–1,102.
      expect(world.querySelector('svg')).toHaveTextContent('885–1,102');
      const table = screen.getByRole('table', { name: 'Activities by counterpart country' });
      expect(within(table).getByRole('rowheader', { name: 'Chile' }).closest('tr')).toHaveTextContent('ChileCL1,102');
      // The figure's own data table reads the same way; the CSV keeps the raw number.
      await userEvent.setup().click(within(world).getByRole('button', { name: 'Show data' }));
      const data = within(world).getByRole('table');
      expect(within(data).getByRole('cell', { name: 'Chile' }).closest('tr')).toHaveTextContent('CountryChileCL1,102');
    },
    SLOW,
  );

  it(
    'then in Spanish they read the Spanish way',
    async () => {
      await renderApp('/map?lang=es', { resetDb: false });
      const world = await screen.findByRole(
        'figure',
        { name: 'Países contraparte, lugares y organismos internacionales' },
        found,
      );
      expect(world).toHaveTextContent('Chile encabeza con 1,102 actividades;');
      expect(world).toHaveTextContent('1,109 de las 1,119 actividades nombran un país contraparte.');
      expect(await within(world).findByRole('button', { name: 'Chile: 1,102 actividades' }, found)).toBeInTheDocument();
      const sa = await screen.findByRole('figure', { name: 'Vista ampliada: América del Sur' }, found);
      expect(sa).toHaveTextContent('En esta vista, Chile concentra más actividad (1,102);');
    },
    SLOW,
  );
});
