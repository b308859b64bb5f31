import { toFileRecord, type Activity, type ActivityFile } from '../activity';

/** A JSON text with object keys sorted: two records are equal when their canonical texts are. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

/** The fields an analyst thinks in; bilingual text is split so "title (en)" changing is told apart. */
export const RECORD_FIELDS = [
  'date',
  'datePrecision',
  'endDate',
  'status',
  'type',
  'title.es',
  'title.en',
  'summary.es',
  'summary.en',
  'countries',
  'themes',
  'organizations',
  'places',
  'actors',
  'source',
  'additionalSources',
] as const;

export type RecordField = (typeof RECORD_FIELDS)[number];

export function fieldValue(a: ActivityFile, f: RecordField): unknown {
  if (f === 'title.es' || f === 'title.en') return a.title[f === 'title.es' ? 'es' : 'en'];
  if (f === 'summary.es' || f === 'summary.en') return a.summary[f === 'summary.es' ? 'es' : 'en'];
  return a[f];
}

export function changedFields(before: ActivityFile, after: ActivityFile): RecordField[] {
  return RECORD_FIELDS.filter((f) => canonical(fieldValue(before, f)) !== canonical(fieldValue(after, f)));
}

export const sameRecord = (a: ActivityFile, b: ActivityFile) => canonical(a) === canonical(b);

export interface ImportPlan {
  created: ActivityFile[];
  changed: { record: ActivityFile; before: Activity; fields: RecordField[] }[];
  unchanged: ActivityFile[];
  /** Source ids the records cite that this browser has no metadata for (allowed, but worth a look). */
  unknownSources: string[];
}

/** What an import would do, record by record, against what is stored now. Nothing is written here. */
export function planImport(
  incoming: readonly ActivityFile[],
  existing: ReadonlyMap<string, Activity>,
  knownSources: ReadonlySet<string>,
): ImportPlan {
  const plan: ImportPlan = { created: [], changed: [], unchanged: [], unknownSources: [] };
  const unknown = new Set<string>();
  for (const record of incoming) {
    if (!knownSources.has(record.source.id)) unknown.add(record.source.id);
    const before = existing.get(record.id);
    if (!before) plan.created.push(record);
    else {
      const fields = changedFields(toFileRecord(before), record);
      if (fields.length === 0) plan.unchanged.push(record);
      else plan.changed.push({ record, before, fields });
    }
  }
  plan.unknownSources = [...unknown].sort();
  return plan;
}

/** How many records of each kind a preview lists by name; the rest are counted. */
export const PREVIEW_LISTED = 50;

/**
 * What the preview shows of a plan: the counts, and the first records of each kind. Small enough to pass from the
 * import worker to the page at once, whatever the size of the file (the records themselves stay in the worker).
 */
export interface ImportSummary {
  created: number;
  changed: number;
  unchanged: number;
  createdSample: Pick<ActivityFile, 'id' | 'title'>[];
  changedSample: { id: string; title: ActivityFile['title']; fields: RecordField[] }[];
  unknownSources: string[];
}

export function summarizePlan(plan: ImportPlan, listed = PREVIEW_LISTED): ImportSummary {
  return {
    created: plan.created.length,
    changed: plan.changed.length,
    unchanged: plan.unchanged.length,
    createdSample: plan.created.slice(0, listed).map((r) => ({ id: r.id, title: r.title })),
    changedSample: plan.changed
      .slice(0, listed)
      .map((c) => ({ id: c.record.id, title: c.record.title, fields: c.fields })),
    unknownSources: plan.unknownSources,
  };
}
