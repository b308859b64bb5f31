import type { KeyboardEvent } from 'react';
import type { BodyItem } from './bodyList';
import type { CountryRow, PlaceMarker, PointRow } from './mapModel';

/** What the pointer or the keyboard is on: drives the tooltip and the highlight outline. */
export type MapTarget =
  | { kind: 'country'; row: CountryRow }
  | { kind: 'point'; row: PointRow | BodyItem }
  | { kind: 'cluster'; row: PlaceMarker };

/** Enter and Space press an SVG element with role="button", as they press an HTML button. */
export const activate = (fn: () => void) => (e: KeyboardEvent) => {
  if (e.key === 'Enter' || e.key === ' ') {
    e.preventDefault();
    fn();
  }
};
