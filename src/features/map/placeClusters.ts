/**
 * Place dots that would overlap where they are drawn (Lima, Callao and Chancay are a pixel or two apart on a world
 * map) are merged into one cluster marker, which the map draws with its number of places and opens into a list.
 * Pure and deterministic: the same points at the same scale give the same markers, whatever their input order.
 */
export interface ClusterInput {
  key: string;
  x: number;
  y: number;
  /** Radius of the place's own dot, in the same units as x and y. */
  r: number;
  count: number;
}

export interface ClusterMarker<P extends ClusterInput> {
  /** The place's own key, or "cluster:" and the key of its first member. */
  key: string;
  x: number;
  y: number;
  r: number;
  /** One place for a dot of its own; two or more for a cluster, most activities first (ties by key). */
  members: P[];
}

export interface ClusterOptions<P extends ClusterInput> {
  /** The radius of a cluster of these places (it must have room for its count). */
  clusterRadius: (members: readonly P[]) => number;
  /** Space left between two markers' edges. */
  gap: number;
}

const byWeight = (a: ClusterInput, b: ClusterInput) =>
  b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

function markerOf<P extends ClusterInput>(members: P[], opts: ClusterOptions<P>): ClusterMarker<P> {
  const sorted = [...members].sort(byWeight);
  const [first] = sorted;
  if (sorted.length === 1 && first) return { key: first.key, x: first.x, y: first.y, r: first.r, members: sorted };
  // The plain centre of the members: a cluster sits amid its places, not on the busiest one.
  const x = sorted.reduce((s, p) => s + p.x, 0) / sorted.length;
  const y = sorted.reduce((s, p) => s + p.y, 0) / sorted.length;
  return { key: `cluster:${first?.key ?? ''}`, x, y, r: opts.clusterRadius(sorted), members: sorted };
}

/**
 * Greedy agglomeration: while two markers overlap (closer than the sum of their radii and the gap), the pair that
 * overlaps most is merged and the merged cluster is tested again, since it is larger and sits elsewhere. Each merge
 * removes a marker, so it ends, and it ends only when no two markers overlap. Ties go to the pair whose keys sort
 * first, and the markers start sorted by key, so the input order does not matter.
 */
export function clusterPlaces<P extends ClusterInput>(
  points: readonly P[],
  opts: ClusterOptions<P>,
): ClusterMarker<P>[] {
  const slots: (ClusterMarker<P> | null)[] = [...points]
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((p) => markerOf([p], opts));
  const overlap = (i: number, k: number) => {
    const a = slots[i];
    const b = slots[k];
    return a && b ? a.r + b.r + opts.gap - Math.hypot(a.x - b.x, a.y - b.y) : 0;
  };
  // Each slot's most overlapping partner (lowest slot on a tie), so a merge rescans only the rows it touched: a
  // few hundred places (a pooled grid of 100,000 records) stay in tens of milliseconds, not a full rescan per merge.
  const best: { k: number; by: number }[] = slots.map(() => ({ k: -1, by: 0 }));
  const rescan = (i: number) => {
    best[i] = { k: -1, by: 0 };
    for (let k = 0; k < slots.length; k++) {
      const by = k === i ? 0 : overlap(i, k);
      if (by > (best[i]?.by ?? 0)) best[i] = { k, by };
    }
  };
  slots.forEach((_, i) => rescan(i));
  for (;;) {
    let i = -1;
    for (let s = 0; s < slots.length; s++) if ((best[s]?.by ?? 0) > (best[i]?.by ?? 0)) i = s;
    if (i < 0) break;
    const k = best[i]?.k ?? -1;
    const [lo, hi] = i < k ? [i, k] : [k, i];
    // The merged marker takes the lower slot: slots stay ordered by their smallest key, and so do ties.
    slots[lo] = markerOf([...(slots[lo]?.members ?? []), ...(slots[hi]?.members ?? [])], opts);
    slots[hi] = null;
    best[hi] = { k: -1, by: 0 };
    rescan(lo);
    for (let s = 0; s < slots.length; s++) {
      const row = best[s];
      if (s === lo || !slots[s] || !row) continue;
      if (row.k === lo || row.k === hi) rescan(s);
      else {
        const by = overlap(s, lo);
        if (by > row.by || (by === row.by && by > 0 && lo < row.k)) best[s] = { k: lo, by };
      }
    }
  }
  const markers = slots.filter((m): m is ClusterMarker<P> => m !== null);
  return markers.sort((a, b) => byWeight(a.members[0] as P, b.members[0] as P));
}
