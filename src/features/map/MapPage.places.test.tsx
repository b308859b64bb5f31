import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../../tests/utils/renderApp';

// The 19 records of one release: Paris, London, Tumbes (región)… and five bodies, four of them in Europe.
vi.mock('../../db/embedded', () => import('../../testing/releaseFixture').then((m) => m.embeddedAsFixture()));

const slow = { timeout: 15_000 };
const MUNDO = 'Países contraparte, lugares y organismos internacionales';

describe('when a Spanish reader opens /map', () => {
  it('then the legend says in Spanish what colour, dot size, clusters and symbols mean', async () => {
    await renderApp('/map?lang=es');
    const svg = (await screen.findByRole('figure', { name: MUNDO }, slow)).querySelector('svg');
    for (const text of [
      'Actividades por país',
      'Sin actividad',
      'Perú (país propio)',
      'Lugar citado en los registros (tamaño: actividades)',
      'Lugares cercanos, agrupados (número de lugares)',
      'Organismos internacionales (sede)',
    ])
      expect(svg).toHaveTextContent(text);
    // The size key draws two example dots, the smallest and the largest count; the cluster key a ringed dot.
    expect(svg?.querySelectorAll('.map-legend circle')).toHaveLength(3 + 2);
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

  it('then the international bodies are listed under the map, each a button, none over a country or another', async () => {
    await renderApp('/map?lang=es');
    const world = await screen.findByRole('figure', { name: MUNDO }, slow);
    const list = await within(world).findByRole('group', { name: 'Organismos internacionales (sede)' });
    const bodies = within(list).getAllByRole('button');
    expect(bodies.map((b) => b.textContent)).toEqual(
      expect.arrayContaining(['OMI · Londres', 'UNESCO · París', 'OMA · Bruselas', 'ONUDD · Viena']),
    );
    expect(bodies).toHaveLength(5);
    const box = (el: Element | null) => {
      const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((a) => Number(el?.getAttribute(a)));
      return { x0: x!, y0: y!, x1: x! + w!, y1: y! + h! };
    };
    const meet = (a: ReturnType<typeof box>, b: ReturnType<typeof box>) =>
      a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
    const hits = bodies.map((b) => box(b.querySelector('.map-body-hit')));
    // Every country's shape, from its path's coordinates: the bodies' hit areas lie below all of them.
    const lowest = Math.max(
      ...[...world.querySelectorAll('svg path.map-country, svg g[aria-hidden] > path')].flatMap((p) =>
        [...(p.getAttribute('d') ?? '').matchAll(/[ML]-?[\d.]+,(-?[\d.]+)/g)].map((m) => Number(m[1])),
      ),
    );
    for (const [i, a] of hits.entries()) {
      expect(a.y0).toBeGreaterThan(lowest);
      for (const b of hits.slice(i + 1)) expect(meet(a, b)).toBe(false);
    }
  });

  it('then places that would overlap are one cluster, named by its places, that opens their list', async () => {
    await renderApp('/map?lang=es');
    const world = await screen.findByRole('figure', { name: MUNDO }, slow);
    const [cluster] = await within(world).findAllByRole('button', { name: /^\d+ lugares: / });
    const [, n, names] = /^(\d+) lugares: (.+)$/.exec(cluster?.getAttribute('aria-label') ?? '') ?? [];
    expect(Number(n)).toBeGreaterThanOrEqual(2);
    expect(cluster).toHaveAttribute('aria-expanded', 'false');
    const user = userEvent.setup();
    await user.click(cluster!);
    const dialog = await within(world).findByRole('dialog', { name: `${n} lugares` });
    expect(cluster).toHaveAttribute('aria-expanded', 'true');
    const items = within(dialog)
      .getAllByRole('button')
      .filter((b) => b.textContent !== 'Cerrar');
    expect(items).toHaveLength(Number(n));
    for (const name of names!.replace(/, …$/, '').split(', '))
      expect(items.some((b) => b.textContent?.startsWith(name))).toBe(true);
    // A place picked in the list is ringed where it lies, as hovering a place drawn alone does.
    await user.click(items[1]!);
    expect(items[1]).toHaveAttribute('aria-pressed', 'true');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(within(world).queryByRole('dialog')).not.toBeInTheDocument());
    expect(cluster).toHaveFocus();
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
