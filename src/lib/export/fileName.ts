import { LIST_PARAMS, type Filters } from '../../domain/filters';

/** Characters allowed in a file name on every common system; anything else becomes "-". */
const safe = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9+.-]+/g, '-')
    .replace(/^-+|-+$/g, '');

/**
 * The filters in short, for file names: each parameter's codes joined with "+", parameters joined with "_"
 * ("CL+US_migration_2025-11-01--2025-12-31"); "all" when none is set. Kept short so names stay readable.
 */
export function shortFilters(f: Filters): string {
  const parts: string[] = [];
  for (const p of LIST_PARAMS) if (f[p].length > 0) parts.push(f[p].map(safe).join('+'));
  if (f.from || f.to) parts.push(`${f.from ?? ''}--${f.to ?? ''}`);
  if (f.q) parts.push(`q-${safe(f.q).slice(0, 24)}`);
  const s = parts.join('_');
  if (!s) return 'all';
  return s.length > 80 ? `${s.slice(0, 80).replace(/[_+-]+$/, '')}-etc` : s;
}

/** The analyst's local calendar date, YYYY-MM-DD (not UTC: an export at 23:00 in Lima is still that day). */
export function localIsoDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** `<what>_<filters in short>_<date>.<ext>`, e.g. "themes-by-theme_CL_2025-12-10.png". */
export function exportFileName(what: string, filters: Filters, date: Date, ext: string): string {
  return `${safe(what) || 'export'}_${shortFilters(filters)}_${localIsoDate(date)}.${ext}`;
}
