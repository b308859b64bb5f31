import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../../tests/utils/renderApp';

// The 19 records of one release: Paris, London, Tumbes (región)… and five bodies, four of them in Europe.
vi.mock('../../db/embedded', () => import('../../testing/releaseFixture').then((m) => m.embeddedAsFixture()));

const slow = { timeout: 15_000 };
const MUNDO = 'Países contraparte, lugares y organismos internacionales';

describe('when a Spanish reader opens /map', () => {
  it('then the legend says in Spanish what colour, dot size and symbols mean', async () => {
    await renderApp('/map?lang=es');
    const svg = (await screen.findByRole('figure', { name: MUNDO }, slow)).querySelector('svg');
    for (const text of [
      'Actividades por país',
      'Sin actividad',
      'Perú (país propio)',
      'Lugar citado en los registros (tamaño: actividades)',
      'Organismo internacional (sede)',
    ])
      expect(svg).toHaveTextContent(text);
    // The size key draws two example dots, the smallest and the largest count.
    expect(svg?.querySelectorAll('.map-legend circle')).toHaveLength(3);
  });

  it('then places and headquarters carry their Spanish names', async () => {
    await renderApp('/map?lang=es');
    const points = await screen.findByRole('table', { name: 'Lugares y organismos internacionales en el mapa' }, slow);
    for (const name of ['París', 'Londres', 'Tumbes (región)', 'Tacna']) {
      expect(within(points).getByRole('rowheader', { name })).toBeInTheDocument();
    }
    expect(within(points).queryByRole('rowheader', { name: 'Paris' })).not.toBeInTheDocument();
    expect(within(points).getByRole('cell', { name: 'Viena' })).toBeInTheDocument();
    const world = await screen.findByRole('figure', { name: MUNDO }, slow);
    expect(await within(world).findByRole('button', { name: /^OMI .*, Londres: 1 actividad$/ })).toBeInTheDocument();
  });

  it('then no two international bodies are drawn on top of each other', async () => {
    await renderApp('/map?lang=es');
    const world = await screen.findByRole('figure', { name: MUNDO }, slow);
    const bodies = (await within(world).findAllByRole('button', { name: /\(sede\)|actividad/ })).filter(
      (el) => el.tagName === 'rect',
    );
    expect(bodies).toHaveLength(5);
    const centres = bodies.map((b) => {
      const size = Number(b.getAttribute('width'));
      return { x: Number(b.getAttribute('x')) + size / 2, y: Number(b.getAttribute('y')) + size / 2, size };
    });
    for (const [i, a] of centres.entries())
      for (const b of centres.slice(i + 1))
        expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(a.size * Math.SQRT2);
  });

  it('then El Salvador, too small to click at world scale, has a marker and a button in the countries table', async () => {
    const { router } = await renderApp('/map?lang=es');
    const world = await screen.findByRole('figure', { name: MUNDO }, slow);
    await within(world).findByRole('button', { name: 'El Salvador: 1 actividad' });
    expect(world.querySelectorAll('.map-small-country').length).toBeGreaterThanOrEqual(1);
    const table = screen.getByRole('table', { name: 'Actividades por país contraparte' });
    const button = within(table).getByRole('button', { name: 'El Salvador' });
    await userEvent.setup().click(button);
    await waitFor(() => expect(router.state.location.search).toContain('country=SV'));
    expect(
      within(screen.getByRole('table', { name: 'Actividades por país contraparte' })).getByRole('button', {
        name: 'El Salvador',
      }),
    ).toHaveAttribute('aria-pressed', 'true');
  });
});
