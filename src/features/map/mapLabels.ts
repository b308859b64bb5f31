import { layoutLabels, symbolBox, type LabelRequest, type PlacedLabel } from './labelLayout';
import type { MapModel } from './mapModel';
import type { MapView } from './mapGeometry';

export const LABEL_FONT = 11;

/**
 * Which points get a printed label, in priority order: Peru first, then the international bodies (few, and the
 * reason they are on the map), then, in the closer view only, the places (in the world view they crowd into
 * Peru and their names are in the tooltip and the table).
 */
export function mapLabels(
  model: MapModel,
  view: MapView,
  size: { width: number; height: number },
  fontSize: number,
  text: { home: string; org: (id: string) => string; place: (names: string[]) => string },
): PlacedLabel[] {
  const requests: LabelRequest[] = [];
  if (model.home) {
    const [x, y] = model.home.anchor;
    requests.push({ key: 'home', x, y, r: view === 'world' ? 6 : 18, text: text.home, preferLeft: true });
  }
  for (const p of model.points) {
    if (p.kind === 'organization')
      requests.push({ key: p.key, x: p.x, y: p.y, r: p.r, text: text.org(p.names[0] ?? '') });
  }
  if (view !== 'world') {
    for (const p of model.points) {
      if (p.kind === 'place') requests.push({ key: p.key, x: p.x, y: p.y, r: p.r, text: text.place(p.names) });
    }
  }
  const obstacles = model.points.map((p) => symbolBox(p.x, p.y, p.r));
  return layoutLabels(requests, { ...size, fontSize, obstacles });
}
