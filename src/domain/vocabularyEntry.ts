import { activityTypeSchema, organizationSchema, PLOVER_CATEGORIES, themeSchema } from './taxonomy';
import { hasEntry, type MergedVocabulary, type VocabularyEntry, type VocabularyKind } from './vocabulary';

/**
 * A new vocabulary entry as the analyst (vocabulary page) or the drafting review describes it, checked against
 * the schema and the vocabulary it joins. Every problem is reported at once, each with its field.
 */
export interface EntryInput {
  id: string;
  /** Themes and types: the label; organisations: the full name. */
  label: { es: string; en: string };
  /** Organisations only (required there). */
  acronym?: { es: string; en: string };
  definition?: { es: string; en: string };
  /** Types only: a PLOVER category where one fits, else an own code `AE-…` is derived from the id. */
  plover?: string | null;
  cameo?: string | null;
}

export type EntryField =
  'id' | 'label.es' | 'label.en' | 'acronym.es' | 'acronym.en' | 'definition.es' | 'definition.en' | 'plover' | 'cameo';

export type EntryProblemCode = 'required' | 'idFormat' | 'duplicate' | 'ploverUnknown' | 'cameoFormat';
export interface EntryProblem {
  field: EntryField;
  code: EntryProblemCode;
}

export type EntryResult = { ok: true; entry: VocabularyEntry } | { ok: false; problems: EntryProblem[] };

/**
 * Theme and type ids are slugs (`border-management`); organisation ids are capitals, digits and hyphens
 * (`CAN`, `PACIFIC-ALLIANCE`), because the URL filter upper-cases `org=` values.
 */
const ID_FORMAT: Record<VocabularyKind, RegExp> = {
  theme: /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
  type: /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
  organization: /^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*$/,
};

const clean = (s: string | undefined | null) => (s ?? '').trim().replace(/\s+/g, ' ');
const pair = (p: { es: string; en: string } | undefined) => ({ es: clean(p?.es), en: clean(p?.en) });

/** `AE-` and the id's letters in capitals: `ministerial-summit` → `AE-MINISTERIALSUMMIT`. */
export const ownCodeFor = (id: string) => `AE-${id.replace(/[^a-z]/gi, '').toUpperCase() || 'X'}`;

export function buildEntry(kind: VocabularyKind, input: EntryInput, vocab: MergedVocabulary): EntryResult {
  const problems: EntryProblem[] = [];
  const id = clean(input.id);
  if (id === '') problems.push({ field: 'id', code: 'required' });
  else if (!ID_FORMAT[kind].test(id)) problems.push({ field: 'id', code: 'idFormat' });
  else if (hasEntry(vocab, kind, id)) problems.push({ field: 'id', code: 'duplicate' });
  const label = pair(input.label);
  if (!label.es) problems.push({ field: 'label.es', code: 'required' });
  if (!label.en) problems.push({ field: 'label.en', code: 'required' });
  const acronym = pair(input.acronym);
  if (kind === 'organization') {
    if (!acronym.es) problems.push({ field: 'acronym.es', code: 'required' });
    if (!acronym.en) problems.push({ field: 'acronym.en', code: 'required' });
  }
  // A definition is optional, but half of one would show in one language only.
  const definition = pair(input.definition);
  if (definition.es && !definition.en) problems.push({ field: 'definition.en', code: 'required' });
  if (definition.en && !definition.es) problems.push({ field: 'definition.es', code: 'required' });
  const withDefinition = definition.es && definition.en ? { definition } : {};
  const plover = clean(input.plover) || null;
  const cameo = clean(input.cameo) || null;
  if (kind === 'type') {
    if (plover && !(PLOVER_CATEGORIES as readonly string[]).includes(plover))
      problems.push({ field: 'plover', code: 'ploverUnknown' });
    if (cameo && !/^\d{2,4}$/.test(cameo)) problems.push({ field: 'cameo', code: 'cameoFormat' });
  }
  if (problems.length > 0) return { ok: false, problems };

  const candidate =
    kind === 'theme'
      ? themeSchema.safeParse({ id, label, ...withDefinition })
      : kind === 'type'
        ? activityTypeSchema.safeParse({
            id,
            label,
            ...withDefinition,
            plover,
            cameo,
            ownCode: plover ? null : ownCodeFor(id),
          })
        : organizationSchema.safeParse({ id, acronym, name: label, ...withDefinition });
  // The checks above cover every rule of the schemas; this is the last word should they ever differ.
  if (!candidate.success) return { ok: false, problems: [{ field: 'id', code: 'idFormat' }] };
  return { ok: true, entry: candidate.data };
}

/** Checks an entry read from a file (backup or JSON export) before it joins the vocabulary. */
export function parseEntry(kind: VocabularyKind, raw: unknown): VocabularyEntry | null {
  const schema = kind === 'theme' ? themeSchema : kind === 'type' ? activityTypeSchema : organizationSchema;
  const r = schema.safeParse(raw);
  if (!r.success) return null;
  return kind === 'organization' && !ID_FORMAT.organization.test(r.data.id) ? null : r.data;
}
