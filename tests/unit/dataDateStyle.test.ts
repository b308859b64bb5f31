import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDay } from '../../src/domain/dates';
import { localeOf } from '../../src/domain/lang';

/**
 * The data set's own Spanish words (what each source supports, citations) write a day as the app writes one —
 * "1 dic. 2025", the abbreviation with its full stop — so a record page never shows "1 dic. 2025" beside
 * "(1 dic 2025)".
 */
const root = resolve(import.meta.dirname, '../..');
const MONTHS = 'ene|feb|mar|abr|may|jun|jul|ago|sep|set|oct|nov|dic';
const WITHOUT_STOP = new RegExp(`\\b\\d{1,2} (?:${MONTHS})\\b(?!\\.)`, 'g');

/** Every Spanish string (under an "es" key) and every citation of the data files, with where it is. */
function spanishTexts(): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  const walk = (v: unknown, key: string, where: string) => {
    if (typeof v === 'string') {
      if (key === 'es' || key === 'citation') out.push({ where, text: v });
    } else if (Array.isArray(v)) v.forEach((x) => walk(x, key, where));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k, where);
  };
  for (const dir of ['data/activities', 'data/sources'])
    for (const f of readdirSync(resolve(root, dir)).filter((x) => x.endsWith('.json')))
      walk(JSON.parse(readFileSync(resolve(root, dir, f), 'utf8')), '', `${dir}/${f}`);
  return out;
}

describe('dates written in the data set’s Spanish text', () => {
  it('then the app itself writes a Spanish day with the abbreviation’s full stop', () => {
    expect(formatDay('2025-12-01', localeOf('es')).replace(/\s/g, ' ')).toBe('1 dic. 2025');
  });

  it('then every day-and-month in the data’s Spanish words is written the same way', () => {
    const texts = spanishTexts();
    expect(texts.length).toBeGreaterThan(100);
    const bad = texts.flatMap(({ where, text }) => (text.match(WITHOUT_STOP) ?? []).map((m) => `${where}: “${m}”`));
    expect(bad).toEqual([]);
  });
});
