import { describe, expect, it } from 'vitest';
import type { ActivityFile } from '../activity';
import { generateActivities } from '../../testing/generate';
import { activitiesToCsv } from './csv';
import { parseActivitiesCsv } from './csvReader';
import { activitiesToJson, parseActivitiesJson } from './json';

const [a, b] = generateActivities(2, 5) as [ActivityFile, ActivityFile];
const at = '2025-12-10T15:04:05.000Z';

describe('when a file gives a record its updatedAt', () => {
  it('then JSON reads it apart from the record, whose content is unchanged', () => {
    const parsed = parseActivitiesJson(activitiesToJson([{ ...a, updatedAt: at }, b]), 'x.json');
    expect(parsed).toStrictEqual({ ok: true, records: [a, b], stamps: new Map([[a.id, at]]) });
  });

  it('then one that is not a UTC time is a problem naming the record and the field, and nothing is read', () => {
    const parsed = parseActivitiesJson(activitiesToJson([{ ...a, updatedAt: '10/12/2025' }]), 'x.json');
    expect(parsed).toMatchObject({
      ok: false,
      problems: [{ file: 'x.json', index: 0, id: a.id, field: 'updatedAt', code: 'invalid' }],
    });
  });

  it('then CSV writes an updated_at column, which reads back; a CSV cell that is no time is a problem', () => {
    const text = activitiesToCsv([{ ...a, updatedAt: at }, b]);
    expect(text.split('\r\n')[0]!.split(',').at(-1)).toBe('updated_at');
    expect(parseActivitiesCsv(text, 'x.csv')).toStrictEqual({
      ok: true,
      records: [a, b],
      stamps: new Map([[a.id, at]]),
    });
    const bad = parseActivitiesCsv(text.replace(at, 'yesterday'), 'x.csv');
    expect(bad).toMatchObject({ ok: false, problems: [{ row: 2, id: a.id, field: 'updated_at', code: 'invalid' }] });
  });

  it('then records nobody stamped are written without the column, as before', () => {
    expect(activitiesToCsv([a, b]).split('\r\n')[0]).not.toContain('updated_at');
  });
});
