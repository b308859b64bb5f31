import type { Lang } from './lang';

/**
 * Place names in the reader's language. Records store one name per place, as the source wrote it (mostly Spanish:
 * "Tumbes (región)", "Ciudad de Panamá"; taxonomy headquarters in English: "Vienna"). A name either has an entry in
 * EXONYMS (cities whose name differs between Spanish and English) or follows one of the regular patterns below;
 * anything else is the same in both languages ("Lima", "Santa Marta").
 */
const EXONYMS: readonly { es: string; en: string }[] = [
  { es: 'Berlín', en: 'Berlin' },
  { es: 'Bruselas', en: 'Brussels' },
  { es: 'Brasilia', en: 'Brasília' },
  { es: 'Ciudad de Panamá', en: 'Panama City' },
  { es: 'Ginebra', en: 'Geneva' },
  { es: 'La Haya', en: 'The Hague' },
  { es: 'Londres', en: 'London' },
  { es: 'Lyon', en: 'Lyon' },
  { es: 'Nueva Delhi', en: 'New Delhi' },
  { es: 'Nueva York', en: 'New York' },
  { es: 'París', en: 'Paris' },
  { es: 'Roma', en: 'Rome' },
  { es: 'Singapur', en: 'Singapore' },
  { es: 'Viena', en: 'Vienna' },
  { es: 'Washington D. C.', en: 'Washington D.C.' },
  { es: 'Palacio de Gobierno', en: 'Government Palace' },
  { es: 'Palacio de Torre Tagle', en: 'Torre Tagle Palace' },
];

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\s.]+/g, '')
    .toLowerCase();

const BY_KEY = new Map<string, { es: string; en: string }>();
for (const e of EXONYMS) {
  BY_KEY.set(fold(e.es), e);
  BY_KEY.set(fold(e.en), e);
}

/** Regular patterns, each written in both directions: a region, a port. */
const PATTERNS: readonly { es: RegExp; en: RegExp; toEs: string; toEn: string }[] = [
  { es: /^(.+) \(región\)$/u, en: /^(.+) \(region\)$/u, toEs: '$1 (región)', toEn: '$1 (region)' },
  { es: /^Puerto de (.+)$/u, en: /^Port of (.+)$/u, toEs: 'Puerto de $1', toEn: 'Port of $1' },
];

function single(name: string, lang: Lang): string {
  const hit = BY_KEY.get(fold(name));
  if (hit) return hit[lang];
  for (const p of PATTERNS) {
    const from = lang === 'es' ? p.en : p.es;
    const m = from.exec(name) ?? (lang === 'es' ? p.es : p.en).exec(name);
    if (m?.[1]) return (lang === 'es' ? p.toEs : p.toEn).replace('$1', single(m[1], lang));
  }
  return name;
}

/** "Palacio de Gobierno, Lima" → "Government Palace, Lima": each comma-separated part is translated on its own. */
export function placeName(name: string, lang: Lang): string {
  return name
    .split(/,\s*/)
    .map((part) => single(part.trim(), lang))
    .join(', ');
}

/**
 * The names recorded at one spot, in the reader's language and without repeats: "Tacna" and "Tacna (región)" at
 * the same point read as "Tacna" (the region is named after its capital, and the dot marks the city).
 */
export function placeNames(names: readonly string[], lang: Lang): string[] {
  const out: string[] = [];
  const local = names.map((n) => placeName(n, lang));
  const bare = new Set(local);
  for (const n of local) {
    const region = /^(.+) \((?:región|region)\)$/u.exec(n);
    if (region?.[1] && bare.has(region[1])) continue;
    if (!out.includes(n)) out.push(n);
  }
  return out;
}
