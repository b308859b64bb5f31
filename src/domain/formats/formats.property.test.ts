import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activitiesToJson, parseActivitiesJson, readActivitiesJson } from './json';
import { activitiesToCsv } from './csv';
import { parseActivitiesCsv, readActivitiesCsv } from './csvReader';
import { guardCell, unguardCell, decodeList, encodeList } from './csvCells';
import { activitySetArb } from '../../testing/arbitraryActivity';

/**
 * Places to cut `text`, never between the two halves of a character outside the BMP: the import's UTF-8 decoder
 * gives whole characters, whatever the bytes' pieces.
 */
function codePointCuts(text: string, at: number[]): number[] {
  const cuts = at.map((c) => {
    const i = c % (text.length + 1);
    return /[\uDC00-\uDFFF]/.test(text[i] ?? '') ? i + 1 : i;
  });
  return [...new Set(cuts)].sort((a, b) => a - b);
}

describe('export then import gives back the same records', () => {
  it('JSON', () => {
    fc.assert(
      fc.property(activitySetArb, (records) => {
        const back = parseActivitiesJson(activitiesToJson(records), 'x.json');
        expect(back).toStrictEqual({ ok: true, records });
      }),
      { numRuns: 300 },
    );
  });

  it('CSV', () => {
    fc.assert(
      fc.property(activitySetArb, (records) => {
        const back = parseActivitiesCsv(activitiesToCsv(records), 'x.csv');
        expect(back).toStrictEqual({ ok: true, records });
      }),
      { numRuns: 300 },
    );
  });

  it('with updatedAt stamps on some records: the stamps come back by id, apart from the records', () => {
    const stamp = fc
      .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T23:59:59Z'), noInvalidDate: true })
      .map((d) => d.toISOString());
    const stampedSet = activitySetArb.chain((records) =>
      fc.tuple(
        fc.constant(records),
        fc.array(fc.option(stamp), { minLength: records.length, maxLength: records.length }),
      ),
    );
    fc.assert(
      fc.property(stampedSet, ([records, stamps]) => {
        const stamped = records.map((r, i) => (stamps[i] ? { ...r, updatedAt: stamps[i] } : r));
        const expected = new Map(records.flatMap((r, i) => (stamps[i] ? [[r.id, stamps[i]] as const] : [])));
        const result = { ok: true, records, ...(expected.size > 0 && { stamps: expected }) };
        expect(parseActivitiesJson(activitiesToJson(stamped), 'x.json')).toStrictEqual(result);
        expect(parseActivitiesCsv(activitiesToCsv(stamped), 'x.csv')).toStrictEqual(result);
      }),
      { numRuns: 100 },
    );
  });

  it.each([
    ['CSV', activitiesToCsv, () => readActivitiesCsv('x.csv')],
    ['JSON', activitiesToJson, () => readActivitiesJson('x.json')],
  ] as const)(
    '%s read as a stream, in pieces cut anywhere (inside quoted cells too), gives the records back',
    (_, write, reader) => {
      fc.assert(
        fc.property(activitySetArb, fc.array(fc.nat(), { maxLength: 12 }), fc.boolean(), (records, cutsAt, bom) => {
          const text = `${bom ? '\uFEFF' : ''}${write(records)}`;
          const r = reader();
          let from = 0;
          for (const at of [...codePointCuts(text, cutsAt), text.length]) {
            r.write(text.slice(from, at));
            from = at;
          }
          expect(r.end()).toStrictEqual({ ok: true, records });
        }),
        { numRuns: 100 },
      );
    },
  );
});

describe('cell encoding', () => {
  it('unguard undoes guard for any string, and guarded cells never start a formula', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(unguardCell(guardCell(s))).toBe(s);
        expect(guardCell(s)).not.toMatch(/^[=+\-@\t\r]/);
      }),
    );
    fc.assert(
      fc.property(fc.stringMatching(/^'*[=+\-@\t\r].*$/), (s) => {
        expect(unguardCell(guardCell(s))).toBe(s);
      }),
    );
  });

  it('lists of items of parts decode to what was encoded', () => {
    const part = fc.oneof(fc.constantFrom('\\', ';', '|', '\\;', 'a\\', ''), fc.string());
    const items = fc.array(fc.array(part, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(items, (xs) => {
        expect(decodeList(encodeList(xs))).toStrictEqual(xs);
      }),
    );
  });
});
