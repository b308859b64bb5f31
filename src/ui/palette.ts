import { taxonomy } from '../domain/taxonomyData';

/**
 * Okabe–Ito: eight colours told apart under the common colour-vision deficiencies, and distinct in greyscale
 * print when paired with the order of the legend. Charts take colours from here, never ad hoc.
 */
export const CATEGORICAL = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442',
  '#000000',
] as const;

export function categorical(i: number): string {
  return CATEGORICAL[i % CATEGORICAL.length] ?? '#0072B2';
}

/** A sequential blue scale (light → dark) for choropleths and matrices; readable in greyscale. */
export const SEQUENTIAL = ['#eff3ff', '#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'] as const;

export function sequential(value: number, max: number): string {
  if (value <= 0 || max <= 0) return '#f2f2f2';
  const i = Math.min(SEQUENTIAL.length - 1, 1 + Math.floor(((value - 1) / Math.max(1, max)) * (SEQUENTIAL.length - 1)));
  return SEQUENTIAL[i] ?? '#08519c';
}

export const HOME_COLOUR = '#b42318';

/**
 * A light version of a palette colour, for what a chart draws as less certain (activities known only to a period
 * longer than the column): the same hue, so it reads as the same series, mixed with white.
 */
export function tint(hex: string, amount = 0.65): string {
  const n = Number.parseInt(hex.slice(1), 16);
  const mix = (c: number) => Math.round(c + (255 - c) * amount);
  const [r, g, b] = [mix((n >> 16) & 255), mix((n >> 8) & 255), mix(n & 255)];
  return `#${((1 << 24) | (r << 16) | (g << 8) | b).toString(16).slice(1)}`;
}

/**
 * One colour per theme, fixed by the theme's id (its place in the taxonomy), never by its rank in a chart: a theme
 * drawn blue on screen stays blue under any filter and in every export. The first seven are Okabe–Ito's; the rest
 * are Paul Tol's muted scheme, which stays apart from them. Themes an analyst adds take a colour from their id.
 */
export const THEME_COLOURS = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#332288',
  '#117733',
  '#882255',
  '#999933',
  '#44AA99',
  '#AA4499',
  '#DDCC77',
  '#CC6677',
  '#88CCEE',
  '#6b4f2a',
] as const;

/** Grouped "other" values in a chart. */
export const OTHER_COLOUR = '#8a94a3';

const themeOrder = new Map(taxonomy.themes.map((t, i) => [t.id, i]));

export function themeColour(id: string): string {
  let i = themeOrder.get(id);
  if (i === undefined) {
    i = 0;
    for (let k = 0; k < id.length; k++) i = (i * 31 + id.charCodeAt(k)) >>> 0;
  }
  return THEME_COLOURS[i % THEME_COLOURS.length] ?? '#0072B2';
}

/**
 * A difference between two periods: more in the period under review (blue) or more in the one it is compared with
 * (vermillion). Okabe–Ito's pair that stays apart under every common colour-vision deficiency.
 */
export const DIFFERENCE_COLOURS = { up: CATEGORICAL[0], down: CATEGORICAL[5] } as const;

/**
 * The map's drawing, apart from the choropleth ramp (SEQUENTIAL) and Peru (HOME_COLOUR): land without activity,
 * the borders, place dots (Okabe–Ito orange, apart from every blue of the ramp), the international bodies and the
 * ink of labels, and the ring that shows what the pointer or the keyboard is on.
 */
export const MAP_COLOURS = {
  background: '#ffffff',
  land: '#e1e5ea',
  border: '#ffffff',
  /** The edge of the world view's band of latitudes, so a reader sees that nothing was cut off. */
  outline: '#c3cad3',
  place: CATEGORICAL[1],
  body: '#1b2430',
  ink: '#1b2430',
  /** Leader lines, small-country markers and swatch edges: quieter than the ink. */
  muted: '#5b6675',
  swatchEdge: '#9aa5b1',
  rule: '#d9dee5',
  /** Peru's own fill under the hatching when it has no activity of its own. */
  homeTint: '#f6e7e5',
  focus: '#f2a900',
  /** The halo behind labels and symbols, so they read over any fill. */
  halo: '#ffffff',
} as const;
