import { LIST_PARAMS, type Filters } from '../../domain/filters';

/** How many filter values are active (each country, theme… counts one; a date bound and the text one each). */
export function activeFilterCount(f: Filters): number {
  let n = 0;
  for (const p of LIST_PARAMS) n += f[p].length;
  return n + (f.from ? 1 : 0) + (f.to ? 1 : 0) + (f.q ? 1 : 0);
}
