import { layoutLabels, symbolBox, type LabelRequest, type PlacedLabel } from './labelLayout';
import type { MapModel } from './mapModel';
import type { MapView } from './mapGeometry';

export const LABEL_FONT = 11;

/**
 * Which points get a printed label, in priority order: Peru first, then, in the closer view only, the places drawn
 * alone (in the world view they crowd into Peru; a cluster's names are in its list, its tooltip and the table).
 * The international bodies print their names in the list under the map.
 */
export function mapLabels(
  model: MapModel,
  view: MapView,
  size: { width: number; height: number },
  fontSize: number,
  text: { home: string; place: (names: string[]) => string },
): PlacedLabel[] {
  const requests: LabelRequest[] = [];
  const home = model.home && { key: 'home', x: model.home.anchor[0], y: model.home.anchor[1] };
  if (home) requests.push({ ...home, r: view === 'world' ? 6 : 18, text: text.home, preferLeft: true });
  if (view !== 'world') {
    for (const m of model.markers) {
      const [only] = m.members;
      if (m.members.length === 1 && only)
        requests.push({ key: m.key, x: m.x, y: m.y, r: m.r, text: text.place(only.names) });
    }
  }
  const obstacles = model.markers.map((m) => symbolBox(m.x, m.y, m.r));
  const placed = layoutLabels(requests, { ...size, fontSize, obstacles });
  const [first] = requests;
  if (!home || !first || placed.some((l) => l.key === 'home')) return placed;
  // A cluster over Peru (its places, on a phone) can block every spot near the anchor: try again from its edge.
  let r = first.r;
  for (const m of model.markers) {
    const d = Math.hypot(m.x - home.x, m.y - home.y);
    if (d < m.r + r) r = Math.max(r, d + m.r);
  }
  return layoutLabels([{ ...first, r }, ...requests.slice(1)], { ...size, fontSize, obstacles });
}
