import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import es from 'i18n-iso-countries/langs/es.json';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

/**
 * The labelled releases the drafter is measured on (tests/fixtures/releases/README.md). A label that names something
 * the text does not contain would score the drafter against an invention, so every label that quotes the text
 * (organisation names, date evidence, places, people, roles) must be found in it.
 */
countries.registerLocale(en);
countries.registerLocale(es);

const dir = resolve(import.meta.dirname, '../fixtures/releases');
const isoDate = z.iso.date();
const code = z.string().refine((c) => /^[A-Z]{2}$/.test(c) && countries.isValid(c), 'ISO 3166-1 alpha-2');
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'kebab-case');
const orgId = z.string().regex(/^[A-Z][A-Z0-9-]*$/, 'capitals');

const activitySchema = z.strictObject({
  what: z.string().min(10),
  status: z.enum(['held', 'announced', 'planned']),
  date: isoDate.nullable(),
  endDate: isoDate.optional(),
  datePrecision: z.enum(['day', 'month', 'quarter', 'range']).nullable(),
  dateEvidence: z.string().min(2).nullable(),
  type: slug,
  themes: z.array(slug),
  countries: z.array(code),
  organizations: z.array(orgId),
  places: z.array(z.strictObject({ name: z.string().min(2), country: code })),
  people: z.array(z.strictObject({ name: z.string().min(3), role: z.string().min(2).nullable() })),
});

const fixtureSchema = z.strictObject({
  id: z.string().regex(/^[a-z]{2}-[a-z]+-\d{4}-\d{2}-\d{2}-[a-z0-9-]+$/),
  issuer: z.string().min(3),
  issuerCountry: code,
  url: z.url(),
  copyUrl: z.url().optional(),
  date: isoDate,
  language: z.enum(['es', 'en']),
  text: z.string().min(200),
  labels: z.strictObject({
    countries: z.array(code),
    organizations: z.array(z.strictObject({ id: orgId, names: z.array(z.string().min(2)).min(1) })),
    activities: z.array(activitySchema),
  }),
});
type Fixture = z.infer<typeof fixtureSchema>;

const files = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort();
const fixtures = files.map((file) => ({
  file,
  fixture: fixtureSchema.parse(JSON.parse(readFileSync(resolve(dir, file), 'utf8'))),
}));

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Whole-word occurrence, so "Perú" is not found inside "Perúes" nor "US" inside "USA". */
const occurs = (text: string, phrase: string, flags = 'u') =>
  new RegExp(`(?<![\\p{L}\\p{N}])${escape(phrase)}(?![\\p{L}\\p{N}])`, flags).test(text);

/**
 * Words that name a country without its ISO name: demonyms, short forms, a capital named only in a closing line
 * ("Asunción, 26 noviembre de 2021"). A country label is accepted when one of
 * its i18n-iso-countries names (es or en), one of these forms, or a place labelled with it occurs in the text.
 */
const otherForms: Record<string, string[]> = {
  PE: ['peruano', 'peruana', 'peruanos', 'peruanas', 'Peruvian'],
  US: ['EE. UU.', 'EE.UU.', 'estadounidense', 'estadounidenses', 'U.S.', 'United States'],
  CL: ['chileno', 'chilena', 'Chilean'],
  GB: ['Reino Unido', 'British', 'Britain', 'UK'],
  MX: ['mexicano', 'mexicana', 'Mexican'],
  BO: ['boliviano', 'boliviana', 'Bolivian'],
  CO: ['colombiano', 'colombiana', 'Colombian'],
  VE: ['venezolano', 'venezolanos', 'venezolana', 'Venezuelan'],
  AR: ['argentino', 'argentina', 'Argentine'],
  BN: ['Brunei'],
  DE: ['alemán', 'alemana', 'German'],
  PY: ['paraguayo', 'paraguaya', 'Paraguayan', 'Asunción'],
  DO: ['dominicano', 'dominicana', 'Dominican', 'REPUBLICA DOMINICANA'],
  UY: ['uruguayo', 'uruguaya', 'Uruguayan', 'Montevideo'],
  KR: ['Korea', 'ROK'],
  CR: ['costarricense', 'Costa Rican'],
  PA: ['panameño', 'panameña', 'Panamanian'],
  NI: ['nicaragüense', 'Nicaraguan'],
  CN: ['chino', 'china', 'Chinese'],
  SY: ['Syria'],
};
function countryIsInText(f: Fixture, c: string): boolean {
  const names = [
    ...(countries.getName(c, 'es', { select: 'all' }) ?? []),
    ...(countries.getName(c, 'en', { select: 'all' }) ?? []),
  ];
  const places = f.labels.activities.flatMap((a) => a.places.filter((p) => p.country === c).map((p) => p.name));
  return [...names, ...(otherForms[c] ?? []), ...places].some((n) => occurs(f.text, n));
}

/** Eight words in a row shared with the release: `what` must be our own words (PREAMBLE data rules). */
function sharesEightWords(what: string, text: string): boolean {
  const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const source = ` ${words(text).join(' ')} `;
  const w = words(what);
  for (let i = 0; i + 8 <= w.length; i++) if (source.includes(` ${w.slice(i, i + 8).join(' ')} `)) return true;
  return false;
}

function problems(file: string, f: Fixture): string[] {
  const out: string[] = [];
  const say = (m: string) => out.push(`${file}: ${m}`);
  if (`${f.id}.json` !== file) say('id differs from the file name');
  const [headline, blank] = f.text.split('\n');
  if (!headline?.trim() || blank !== '') say('text must open with the headline, then a blank line');
  if (/\r|\n{3,}|[ \t]+\n/.test(f.text)) say('paragraphs are separated by exactly one blank line, no trailing spaces');
  const sorted = [...new Set(f.labels.countries)].sort();
  if (sorted.join() !== f.labels.countries.join()) say('countries must be sorted and unique');
  for (const c of f.labels.countries) if (!countryIsInText(f, c)) say(`country ${c} not found in the text`);
  const orgIds = f.labels.organizations.map((o) => o.id);
  if (new Set(orgIds).size !== orgIds.length) say('an organisation is listed twice');
  for (const o of f.labels.organizations)
    for (const n of o.names) if (!occurs(f.text, n)) say(`organisation name "${n}" not in the text`);
  for (const [i, a] of f.labels.activities.entries()) {
    const at = (m: string) => say(`activity ${i}: ${m}`);
    if ((a.date === null) !== (a.datePrecision === null) || (a.date === null) !== (a.dateEvidence === null))
      at('date, datePrecision and dateEvidence are all null or all given');
    if ((a.datePrecision === 'range') !== (a.endDate !== undefined)) at('endDate goes with precision "range" only');
    if (a.endDate && a.date && a.endDate <= a.date) at('endDate must follow date');
    if (a.datePrecision === 'month' && !a.date?.endsWith('-01')) at('a month is dated on its 1st');
    if (a.datePrecision === 'quarter' && !/-(01|04|07|10)-01$/.test(a.date ?? '')) at('a quarter starts its 1st month');
    if (a.dateEvidence && !f.text.includes(a.dateEvidence)) at(`dateEvidence "${a.dateEvidence}" not in the text`);
    for (const c of a.countries) if (!f.labels.countries.includes(c)) at(`country ${c} missing from labels.countries`);
    for (const o of a.organizations) if (!orgIds.includes(o)) at(`organisation ${o} missing from labels.organizations`);
    for (const p of a.places) {
      if (!occurs(f.text, p.name)) at(`place "${p.name}" not in the text`);
      if (!f.labels.countries.includes(p.country)) at(`place country ${p.country} missing from labels.countries`);
    }
    for (const p of a.people) {
      if (!occurs(f.text, p.name)) at(`person "${p.name}" not in the text`);
      if (p.role && !occurs(f.text, p.role, 'iu')) at(`role "${p.role}" not in the text`);
    }
    if (sharesEightWords(a.what, f.text)) at('`what` repeats eight words of the release');
  }
  return out;
}

describe('labelled releases (tests/fixtures/releases)', () => {
  it('every file parses with the schema and every quoted label is found in its text', () => {
    expect(fixtures.flatMap(({ file, fixture }) => problems(file, fixture))).toEqual([]);
  });

  it('meets the minimums of issue 10 §5: 16 releases, both languages, five issuers besides Peru', () => {
    const all = fixtures.map((f) => f.fixture);
    expect(all.length).toBeGreaterThanOrEqual(16);
    expect(new Set(all.map((f) => f.language))).toEqual(new Set(['es', 'en']));
    expect(
      new Set(all.filter((f) => f.issuerCountry !== 'PE').map((f) => f.issuerCountry)).size,
    ).toBeGreaterThanOrEqual(5);
    expect(all.some((f) => f.issuerCountry === 'PE')).toBe(true);
  });

  it('rejects a label the text does not support', () => {
    const base = fixtures[0]!;
    const f = structuredClone(base.fixture);
    f.labels.organizations.push({ id: 'WTO', names: ['Organización Mundial del Comercio'] });
    f.labels.countries = [...f.labels.countries, 'NZ'].sort();
    f.labels.activities.push({
      ...f.labels.activities[0]!,
      dateEvidence: 'el 31 de febrero',
      people: [{ name: 'Ana Nadie', role: null }],
    });
    const found = problems(base.file, f).join('\n');
    expect(found).toContain('"Organización Mundial del Comercio" not in the text');
    expect(found).toContain('country NZ not found');
    expect(found).toContain('dateEvidence "el 31 de febrero" not in the text');
    expect(found).toContain('person "Ana Nadie" not in the text');
  });
});
