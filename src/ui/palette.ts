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
