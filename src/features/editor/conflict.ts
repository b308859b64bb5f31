import type { ActivityFile } from '../../domain/activity';
import { canonical, fieldValue, RECORD_FIELDS, type RecordField } from '../../domain/formats/diff';

/**
 * A save refused because the record changed elsewhere (EditConflict): the three versions, field by field. `base`
 * is the record as the form was opened, `mine` what the form would save, `theirs` what is stored now.
 */
export type Side = 'mine' | 'theirs';

export interface ConflictRow {
  field: RecordField;
  mine: unknown;
  theirs: unknown;
  changedByMe: boolean;
  changedByThem: boolean;
  /** The side to keep when only one side changed the field; null when both did (the analyst must choose). */
  suggested: Side | null;
}

const same = (a: unknown, b: unknown) => canonical(a ?? null) === canonical(b ?? null);

/** Only the fields where the form and the stored record now differ: every other field is the same either way. */
export function conflictRows(base: ActivityFile, mine: ActivityFile, theirs: ActivityFile): ConflictRow[] {
  return RECORD_FIELDS.flatMap((field) => {
    const [b, m, th] = [fieldValue(base, field), fieldValue(mine, field), fieldValue(theirs, field)];
    if (same(m, th)) return [];
    const changedByMe = !same(b, m);
    const changedByThem = !same(b, th);
    const suggested: Side | null = changedByMe && changedByThem ? null : changedByMe ? 'mine' : 'theirs';
    return [{ field, mine: m, theirs: th, changedByMe, changedByThem, suggested }];
  });
}

export type Choices = Partial<Record<RecordField, Side>>;

export const initialChoices = (rows: readonly ConflictRow[]): Choices =>
  Object.fromEntries(rows.flatMap((r) => (r.suggested ? [[r.field, r.suggested]] : [])));

/** Every differing field has a side. */
export const allChosen = (rows: readonly ConflictRow[], choices: Choices) => rows.every((r) => choices[r.field]);

function withField(a: ActivityFile, field: RecordField, value: unknown): ActivityFile {
  const [head, lang] = field.split('.') as ['title' | 'summary', 'es' | 'en' | undefined];
  if (lang) return { ...a, [head]: { ...a[head], [lang]: value as string } };
  const next = { ...a, [field]: value } as Record<string, unknown>;
  if (value === undefined) delete next[field];
  return next as ActivityFile;
}

/** The stored record with the fields chosen as "mine" taken from the form. */
export function mergeRecords(mine: ActivityFile, theirs: ActivityFile, choices: Choices): ActivityFile {
  let merged = theirs;
  for (const field of RECORD_FIELDS) {
    if (choices[field] === 'mine') merged = withField(merged, field, fieldValue(mine, field));
  }
  return merged;
}
