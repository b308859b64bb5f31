import fc from 'fast-check';
import {
  DATE_PRECISIONS,
  STATUSES,
  activityFileSchema,
  type ActivityFile,
  type DatePrecision,
} from '../domain/activity';
import { allCountryCodes, isCountryCode } from '../domain/countries';
import { orgsById, themesById, typesById } from '../domain/taxonomyData';
import { embeddedSources } from '../domain/embeddedSources';

/**
 * Arbitrary valid activities for property tests: they pass the schema and the taxonomy checks, and their text
 * is full of what breaks naive CSV and JSON (quotes, separators, line breaks, formula starts, backslashes, emoji).
 */
const NASTY = [
  '"',
  ',',
  ';',
  '|',
  '\\',
  '\n',
  '\r',
  '\r\n',
  '=',
  '+',
  '-',
  '@',
  '\t',
  "'",
  ' ',
  'é',
  'ñ',
  '中',
  '🙂',
  '<script>alert(1)</script>',
  "'=1",
  '\\;',
  '\\|',
];

const piece = fc.oneof(fc.constantFrom(...NASTY), fc.string({ unit: 'grapheme', maxLength: 8 }));
/** Non-empty once trimmed, and already trimmed: the schema trims text, so this is its canonical form. */
export const text = fc
  .array(piece, { minLength: 1, maxLength: 6 })
  .map((xs) => xs.join('').trim())
  .filter((s) => s.length > 0);

const localized = fc.record({ es: text, en: text });
const country = fc.constantFrom(...allCountryCodes().filter(isCountryCode));
const coord = (max: number) =>
  fc.double({ min: -max, max, noNaN: true, noDefaultInfinity: true }).map((v) => (v === 0 ? 0 : v));
const slug = fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,6}){0,3}$/);

const day = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

type Dating = { datePrecision: DatePrecision; date: string; endDate?: string };

const dating = fc.constantFrom(...DATE_PRECISIONS).chain((p): fc.Arbitrary<Dating> => {
  if (p === 'day') return day.map((date) => ({ datePrecision: p, date }));
  if (p === 'month') return day.map((d) => ({ datePrecision: p, date: `${d.slice(0, 7)}-01` }));
  if (p === 'quarter')
    return day.map((d) => {
      const q = Math.floor((Number(d.slice(5, 7)) - 1) / 3) * 3 + 1;
      return { datePrecision: p, date: `${d.slice(0, 4)}-${String(q).padStart(2, '0')}-01` };
    });
  return fc.tuple(day, day).map(([a, b]) => ({ datePrecision: p, date: a < b ? a : b, endDate: a < b ? b : a }));
});

const np = embeddedSources[0]!;
const source = fc.oneof(
  fc.record({ id: fc.constant(np.id), paragraph: fc.constantFrom(...np.paragraphs.map((x) => x.number)) }),
  fc.record({ id: slug.filter((s) => s !== np.id), paragraph: fc.integer({ min: 1, max: 2_000_000 }) }),
);

const url = fc
  .tuple(
    fc.constantFrom('http', 'https'),
    fc.webSegment(),
    fc.array(fc.webSegment(), { maxLength: 3 }),
    fc.webQueryParameters(),
  )
  .map(([scheme, host, path, q]) => `${scheme}://${host || 'x'}.example.org/${path.join('/')}${q ? `?${q}` : ''}`);

export const activityArb: fc.Arbitrary<ActivityFile> = fc
  .record({
    id: slug,
    dating,
    status: fc.constantFrom(...STATUSES),
    type: fc.constantFrom(...typesById.keys()),
    title: localized,
    summary: localized,
    countries: fc.array(country, { maxLength: 3 }),
    themes: fc.array(fc.constantFrom(...themesById.keys()), { maxLength: 3 }),
    organizations: fc.array(fc.constantFrom(...orgsById.keys()), { maxLength: 2 }),
    places: fc.array(fc.record({ name: text, country, lat: coord(90), lon: coord(180) }), { maxLength: 2 }),
    actors: fc.array(fc.record({ name: text, role: localized, country }), { maxLength: 2 }),
    source,
    additionalSources: fc.array(fc.record({ url, publisher: text, date: day, supports: localized }), { maxLength: 2 }),
  })
  .map(({ dating: d, ...rest }) => ({ ...rest, ...d }))
  .map((r) => activityFileSchema.safeParse(r).data)
  .filter((r): r is ActivityFile => r !== undefined);

/** Sets of records with distinct ids, as a file must have. */
export const activitySetArb = fc.uniqueArray(activityArb, { selector: (a) => a.id, maxLength: 6 });
