import stopwords from './resources/stopwords.json';
import type { ReleaseLanguage } from './draftsFile';
import type { OtherLanguage } from './api';

/**
 * Which language the release is in, by counting frequent function words (resources/stopwords.json). A release is
 * long enough for this to be clear; a text too short or without known words is 'unknown'.
 */
export type DetectedLanguage = ReleaseLanguage | OtherLanguage;

const LISTS = Object.entries(stopwords).filter(([k]) => k !== 'comment') as [string, string[]][];
const SETS = LISTS.map(([lang, words]) => [lang, new Set(words)] as const);

export function detectLanguage(text: string): { language: DetectedLanguage; share: number } {
  const counts = new Map<string, number>();
  let total = 0;
  for (const m of text.toLowerCase().matchAll(/[\p{L}']+/gu)) {
    total++;
    for (const [lang, set] of SETS) if (set.has(m[0])) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  // Few function words are not enough to tell a language, unless no other language has any (a short release heavy
  // with names: "…la Comisión Interamericana de Derechos Humanos…"): then two, and one word in twenty, suffice.
  const needed = second ? 0.08 : 0.05;
  if (!best || best[1] < (second ? 3 : 2) || best[1] < total * needed) return { language: 'unknown', share: 0 };
  const share = best[1] / (best[1] + (second?.[1] ?? 0));
  return { language: best[0] as DetectedLanguage, share };
}
