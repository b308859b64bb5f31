import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import embeddedJson from '../../data/activities/np-304-25.json';
import { activitiesFileSchema, type Activity, type Place } from './activity';
import {
  boundsTouch,
  colourClasses,
  colourOf,
  countryCounts,
  inExtent,
  mapSummary,
  organizationPoints,
  placePoints,
  SOUTH_AMERICA,
} from './mapData';
import { orgsById } from './taxonomyData';
import { mulberry32 } from '../testing/random';
import { rec as record } from '../testing/records';

const embedded: Activity[] = activitiesFileSchema
  .parse(embeddedJson)
  .activities.map((a) => ({ ...a, origin: 'embedded' as const }));

/** A placeholder record: only the fields the map reads matter here. */
const rec = (id: string, countries: string[], places: Place[] = [], organizations: string[] = []): Activity =>
  record(id, { countries, places, organizations, themes: [], date: '2025-12-01' });

const tacna: Place = { name: 'Tacna', country: 'PE', lat: -18.0066, lon: -70.2463 };

/** 100,000 records drawn from a fixed seed: random countries, and places scattered over the globe. */
function generated(n: number): Activity[] {
  const rand = mulberry32(42);
  const codes = ['CL', 'US', 'BR', 'AR', 'BO', 'EC', 'CO', 'CN', 'JP', 'DE', 'FR', 'ES', 'GB', 'CA', 'MX'];
  const out: Activity[] = [];
  for (let i = 0; i < n; i++) {
    const countries = [codes[Math.floor(rand() * codes.length)] ?? 'CL'];
    if (rand() < 0.2) countries.push(codes[Math.floor(rand() * codes.length)] ?? 'US');
    const places: Place[] =
      rand() < 0.5 ? [tacna] : [{ name: `P${i}`, country: 'PE', lat: rand() * 170 - 85, lon: rand() * 358 - 179 }];
    out.push(rec(`g-${i}`, [...new Set(countries)], places, rand() < 0.1 ? ['OAS'] : []));
  }
  return out;
}

describe('countryCounts', () => {
  it('counts the embedded release: Chile and the United States 2 each, five more countries 1 each', () => {
    expect(countryCounts(embedded)).toEqual([
      { code: 'CL', count: 2 },
      { code: 'US', count: 2 },
      { code: 'CA', count: 1 },
      { code: 'DE', count: 1 },
      { code: 'FI', count: 1 },
      { code: 'NL', count: 1 },
      { code: 'SV', count: 1 },
    ]);
  });

  it('counts an activity once in each of its countries', () => {
    expect(countryCounts([rec('a', ['CL', 'BO']), rec('b', ['CL'])])).toEqual([
      { code: 'CL', count: 2 },
      { code: 'BO', count: 1 },
    ]);
  });

  it('sums to the number of country mentions, whatever the records', () => {
    fc.assert(
      fc.property(fc.array(fc.uniqueArray(fc.constantFrom('CL', 'US', 'BR', 'AR'), { maxLength: 4 })), (lists) => {
        const acts = lists.map((c, i) => rec(`r${i}`, c));
        const total = countryCounts(acts).reduce((s, r) => s + r.count, 0);
        expect(total).toBe(lists.reduce((s, l) => s + l.length, 0));
      }),
    );
  });
});

describe('placePoints', () => {
  it('pools the embedded places by spot: Tacna and "Tacna (región)" are one dot with two activities', () => {
    const points = placePoints(embedded);
    const tacnaPoint = points.find((p) => p.names.includes('Tacna'));
    expect(tacnaPoint).toMatchObject({ names: ['Tacna', 'Tacna (región)'], count: 2, country: 'PE' });
    const washington = points.find((p) => p.names.includes('Washington D.C.'));
    expect(washington?.count).toBe(2);
    // Washington, Chancay, Tacna, London, Paris, Tumbes, Cajamarca, Áncash, Piura.
    expect(points).toHaveLength(9);
    expect(points.find((p) => p.names.includes('Áncash (región)'))?.count).toBe(2);
  });

  it('counts an activity once at a spot even when it names the spot twice', () => {
    const [p] = placePoints([rec('a', [], [tacna, { ...tacna, name: 'Tacna (región)' }])]);
    expect(p?.count).toBe(1);
  });

  it('draws at most maxPoints dots for 100,000 records, and loses no activity', () => {
    const acts = generated(100_000);
    const points = placePoints(acts, 300);
    expect(points.length).toBeLessThanOrEqual(300);
    expect(points.length).toBeGreaterThan(10);
    // Each record names one place, so the counts add up to the number of records.
    expect(points.reduce((s, p) => s + p.count, 0)).toBe(100_000);
    for (const p of points) expect(p.names.length).toBeLessThanOrEqual(3);
  });
});

describe('organizationPoints', () => {
  it('puts each international body of the release at its headquarters', () => {
    const points = organizationPoints(embedded, orgsById);
    expect(points.map((p) => [p.names[0], p.country, p.count])).toEqual([
      ['IMO', 'GB', 1],
      ['OAS', 'US', 1],
      ['UNESCO', 'FR', 1],
      ['UNODC', 'AT', 1],
      ['WCO', 'BE', 1],
    ]);
  });

  it('leaves out a body with no known headquarters', () => {
    expect(organizationPoints([rec('a', [], [], ['XYZ'])], orgsById)).toEqual([]);
  });

  it('aggregates 100,000 records into one point per body', () => {
    const points = organizationPoints(generated(100_000), orgsById);
    expect(points).toHaveLength(1);
    expect(points[0]?.count).toBeGreaterThan(9000);
  });
});

describe('colourClasses', () => {
  const ramp = ['#1', '#2', '#3', '#4', '#5'];

  it('gives each count its own class up to five, with distinct colours', () => {
    const classes = colourClasses(2, ramp);
    expect(classes.map((c) => [c.from, c.to])).toEqual([
      [1, 1],
      [2, 2],
    ]);
    expect(new Set(classes.map((c) => c.colour)).size).toBe(2);
    expect(classes[1]?.colour).toBe('#5');
  });

  it('splits large counts into five classes that cover 1..max without gaps', () => {
    const classes = colourClasses(1234, ramp);
    expect(classes).toHaveLength(5);
    expect(classes[0]?.from).toBe(1);
    expect(classes[4]?.to).toBe(1234);
    for (let i = 1; i < classes.length; i++) expect(classes[i]?.from).toBe((classes[i - 1]?.to ?? 0) + 1);
    expect(classes.map((c) => c.colour)).toEqual(ramp);
  });

  it('finds every count in one class', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 1, max: 100_000 }), (max, v) => {
        const classes = colourClasses(max, ramp);
        expect(colourOf(Math.min(v, max), classes)).not.toBeNull();
        expect(colourOf(0, classes)).toBeNull();
      }),
    );
  });

  it('has no classes when nothing is counted', () => {
    expect(colourClasses(0, ramp)).toEqual([]);
  });
});

describe('mapSummary', () => {
  it('names the tied leaders of the release', () => {
    expect(mapSummary(embedded, countryCounts(embedded))).toEqual({
      leaders: ['CL', 'US'],
      top: 2,
      countries: 7,
      withCountry: 9,
      activities: 19,
      mentions: 9,
    });
  });
});

describe('extents', () => {
  it('puts Tacna in South America and Washington outside it', () => {
    expect(inExtent(tacna, SOUTH_AMERICA)).toBe(true);
    expect(inExtent({ lat: 38.9, lon: -77 }, SOUTH_AMERICA)).toBe(false);
  });

  it('tells shapes that cross the antimeridian apart from South America', () => {
    expect(
      boundsTouch(
        [
          [177, -20],
          [-179, -16],
        ],
        SOUTH_AMERICA,
      ),
    ).toBe(false);
    expect(
      boundsTouch(
        [
          [-81, -18],
          [-68, 0],
        ],
        SOUTH_AMERICA,
      ),
    ).toBe(true);
  });
});
