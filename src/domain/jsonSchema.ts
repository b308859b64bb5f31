import { z } from 'zod';
import { exportedActivitySchema } from './activity';

/**
 * The JSON Schema published at data/schema/activity.schema.json, generated from the zod schema so the two can
 * never disagree. Cross-field rules (an end date only for ranges…) are checked by zod only; they are described here.
 */
export function activityJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(exportedActivitySchema, { target: 'draft-2020-12', unrepresentable: 'any' });
  return {
    $id: 'https://agenda-exterior.local/schema/activity.schema.json',
    title: 'Agenda Exterior activity',
    description:
      'One foreign-policy activity as it appears in an agenda-exterior.activities file (version 1). ' +
      'Rules not expressible here: endDate is required for, and only for, datePrecision "range", and is not before date; ' +
      'a "month" date is the 1st of the month; a "quarter" date is the 1st of January, April, July or October.',
    ...schema,
  };
}

export function activityJsonSchemaText(): string {
  return `${JSON.stringify(activityJsonSchema(), null, 2)}\n`;
}
