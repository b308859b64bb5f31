import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { activityJsonSchema, activityJsonSchemaText } from './jsonSchema';

const published = readFileSync(resolve(import.meta.dirname, '../../data/schema/activity.schema.json'), 'utf8');

describe('published JSON Schema (data/schema/activity.schema.json)', () => {
  it('is up to date with the zod schema — run `npm run schema` when this fails', () => {
    expect(published).toBe(activityJsonSchemaText());
  });

  it('describes the record fields and forbids unknown keys', () => {
    const s = activityJsonSchema() as { required: string[]; additionalProperties: unknown; properties: object };
    expect(s.required).toEqual(expect.arrayContaining(['id', 'date', 'datePrecision', 'status', 'source']));
    expect(s.required).not.toContain('endDate');
    expect(Object.keys(s.properties)).not.toContain('origin');
    expect(s.additionalProperties).toBe(false);
  });
});
