import type { Activity, Status } from '../domain/activity';
import { mulberry32 } from './random';
import { rec } from './records';

export { rec } from './records';

/** A small deterministic generator of test records for the view derivations. */

const THEMES = [
  'organized-crime',
  'drug-trafficking',
  'migration',
  'border-management',
  'customs',
  'security-defence',
  'maritime-affairs',
  'cultural-heritage',
  'consular-services',
  'regional-development',
  'bilateral-relations',
];
const TYPES = ['bilateral-meeting', 'official-visit', 'technical-meeting', 'bilateral-coordination'];
const COUNTRIES = [
  'CL',
  'US',
  'BR',
  'CO',
  'EC',
  'BO',
  'AR',
  'MX',
  'ES',
  'DE',
  'FR',
  'CN',
  'JP',
  'KR',
  'CA',
  'GB',
  'IT',
  'NL',
  'FI',
  'SV',
  'PA',
  'UY',
  'PY',
  'VE',
  'CU',
];
const STATUSES: Status[] = ['held', 'held', 'held', 'announced', 'planned'];
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * `n` records over 2023–2025: 0–3 countries, 1–3 themes, a day or (one in ten) a range of up to 40 days.
 */
export function generate(n: number, seed = 42): Activity[] {
  const r = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const some = <T>(xs: readonly T[], k: number): T[] => [...new Set(Array.from({ length: k }, () => pick(xs)))];
  const out: Activity[] = [];
  for (let i = 0; i < n; i++) {
    const y = 2023 + Math.floor(r() * 3);
    const m = 1 + Math.floor(r() * 12);
    const d = 1 + Math.floor(r() * 28);
    const date = `${y}-${pad(m)}-${pad(d)}`;
    const range = r() < 0.1;
    const end = new Date(Date.UTC(y, m - 1, d + 1 + Math.floor(r() * 40))).toISOString().slice(0, 10);
    out.push(
      rec(`gen-${i}`, {
        date,
        datePrecision: range ? 'range' : 'day',
        ...(range ? { endDate: end } : {}),
        status: pick(STATUSES),
        type: pick(TYPES),
        countries: some(COUNTRIES, Math.floor(r() * 4)),
        themes: some(THEMES, 1 + Math.floor(r() * 3)),
      }),
    );
  }
  return out;
}
