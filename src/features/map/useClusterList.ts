import { useCallback, useState, type RefObject } from 'react';
import type { OpenCluster } from './ClusterList';
import type { PlaceMarker } from './mapModel';

/** The list's width in CSS pixels (18rem), as map.css gives it. */
const LIST_WIDTH = 288;

/**
 * Where a cluster's list opens: beside its places when the stage has room (a desktop), else under the lowest of
 * them (a phone). Either way it covers none of them, so the ring around a place picked in the list stays in view.
 */
function placement(marker: PlaceMarker, button: SVGGElement, stage: DOMRect): Omit<OpenCluster, 'marker' | 'button'> {
  const svg = button.ownerSVGElement;
  const k = svg ? svg.getBoundingClientRect().width / (svg.viewBox.baseVal.width || 1) : 1;
  const origin = svg?.getBoundingClientRect() ?? stage;
  const ox = origin.left - stage.left;
  const oy = origin.top - stage.top;
  const spots = [marker, ...marker.members];
  const left = ox + Math.min(...spots.map((p) => p.x - p.r)) * k;
  const right = ox + Math.max(...spots.map((p) => p.x + p.r)) * k;
  const top = oy + Math.min(...spots.map((p) => p.y - p.r)) * k;
  const bottom = oy + Math.max(...spots.map((p) => p.y + p.r)) * k;
  if (right + 8 + LIST_WIDTH <= stage.width) return { x: right + 8, y: top, side: 'right' };
  if (left - 8 - LIST_WIDTH >= 0) return { x: left - 8, y: top, side: 'left' };
  return { x: ox + marker.x * k, y: bottom + 6, side: 'below' };
}

/**
 * Which cluster's list is open, and which of its places is picked. The marker is looked up again in each new
 * model, so a list never shows a cluster the map no longer draws (after a filter or a resize regroups the places).
 */
export function useClusterList(stageRef: RefObject<HTMLElement | null>, markers: readonly PlaceMarker[]) {
  const [open, setOpen] = useState<OpenCluster | null>(null);
  const [picked, setPicked] = useState<string | null>(null);
  const show = useCallback(
    (marker: PlaceMarker, button: SVGGElement) => {
      const stage = stageRef.current?.getBoundingClientRect();
      if (!stage) return;
      setOpen({ marker, button, ...placement(marker, button, stage) });
      setPicked(null);
    },
    [stageRef],
  );
  const close = useCallback(() => {
    setOpen(null);
    setPicked(null);
  }, []);
  const marker = open && markers.find((m) => m.key === open.marker.key);
  return { open: open && marker ? { ...open, marker } : null, picked: marker ? picked : null, setPicked, show, close };
}
