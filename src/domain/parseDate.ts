import { isIsoDate } from './isoDate';

/**
 * Month names and abbreviations both languages write, matched by their first three letters (accents folded):
 * "dic", "diciembre", "Dec", "December", "sept." all work whatever the page's language, since an analyst pastes
 * dates from releases in either.
 */
const MONTHS: Record<string, number> = {
  ene: 1,
  jan: 1,
  feb: 2,
  mar: 3,
  abr: 4,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  ago: 8,
  aug: 8,
  sep: 9,
  set: 9,
  oct: 10,
  nov: 11,
  dic: 12,
  dec: 12,
};

const pad = (n: number) => String(n).padStart(2, '0');
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

function iso(y: number, m: number, d: number): string | null {
  const s = `${y}-${pad(m)}-${pad(d)}`;
  return y >= 1000 && isIsoDate(s) ? s : null;
}

/**
 * A day typed by a reader of either language, as YYYY-MM-DD, or null when it names no real day. Accepted: ISO
 * (2025-12-09), day first with numbers (9/12/2025, 9-12-2025, 9.12.2025: the order both es-PE and en-GB write;
 * never month first, which would make 12/09/2025 mean two days), and a month by name in either order
 * ("9 dic. 2025", "9 de diciembre de 2025", "9 Dec 2025", "December 9, 2025"). The year has four digits.
 */
export function parseDay(text: string): string | null {
  const s = fold(text.trim());
  if (s === '') return null;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (m) return iso(Number(m[3]), Number(m[2]), Number(m[1]));
  const words = s
    .replace(/[,.]/g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '' && w !== 'de' && w !== 'of');
  if (words.length !== 3) return null;
  const month = (w: string) => (/^[a-z]{3,}$/.test(w) ? MONTHS[w.slice(0, 3)] : undefined);
  const [a = '', b = '', c = ''] = words;
  if (!/^\d{4}$/.test(c)) return null;
  const dayFirst = month(b);
  if (dayFirst && /^\d{1,2}$/.test(a)) return iso(Number(c), dayFirst, Number(a));
  const monthFirst = month(a);
  if (monthFirst && /^\d{1,2}$/.test(b)) return iso(Number(c), monthFirst, Number(b));
  return null;
}

/** The day `delta` days after an ISO day (arrow keys in a date field). */
export function addDays(day: string, delta: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + delta);
  return d.toISOString().slice(0, 10);
}
