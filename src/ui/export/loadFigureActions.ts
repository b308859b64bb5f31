import type * as FigureActions from './figureActions';
import { importWhenOnline } from '../../lib/importWhenOnline';

let loading: Promise<typeof FigureActions> | null = null;

/** The figure actions' chunk (see figureActions.ts); a failed load is forgotten so the next press tries again. */
export function loadFigureActions(): Promise<typeof FigureActions> {
  loading ??= importWhenOnline(() => import('./figureActions')).catch((e: unknown) => {
    loading = null;
    throw e;
  });
  return loading;
}
