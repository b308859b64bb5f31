/**
 * True for a real calendar day written YYYY-MM-DD ("2025-02-29" is false). Kept free of zod so the URL filters,
 * which run on every page, do not pull the validation library into the first bundle.
 */
export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
