import type { VocabularyKind } from '../../domain/vocabulary';
import type { EntryField, EntryInput } from '../../domain/vocabularyEntry';

/** What the vocabulary form holds: one text per control, whatever the kind (unused ones stay empty). */
export interface EntryFormValues {
  id: string;
  labelEs: string;
  labelEn: string;
  acronymEs: string;
  acronymEn: string;
  definitionEs: string;
  definitionEn: string;
  plover: string;
  cameo: string;
}

export const EMPTY_VALUES: EntryFormValues = {
  id: '',
  labelEs: '',
  labelEn: '',
  acronymEs: '',
  acronymEn: '',
  definitionEs: '',
  definitionEn: '',
  plover: '',
  cameo: '',
};

export function toEntryInput(kind: VocabularyKind, v: EntryFormValues): EntryInput {
  return {
    // Organisation ids live in the URL upper-cased (org=CAN): typing "can" means CAN.
    id: kind === 'organization' ? v.id.trim().toUpperCase() : v.id.trim(),
    label: { es: v.labelEs, en: v.labelEn },
    ...(kind === 'organization' && { acronym: { es: v.acronymEs, en: v.acronymEn } }),
    definition: { es: v.definitionEs, en: v.definitionEn },
    ...(kind === 'type' && { plover: v.plover || null, cameo: v.cameo || null }),
  };
}

/** The form control each problem points at, so the control can be marked invalid. */
export const CONTROL_OF: Record<EntryField, keyof EntryFormValues> = {
  id: 'id',
  'label.es': 'labelEs',
  'label.en': 'labelEn',
  'acronym.es': 'acronymEs',
  'acronym.en': 'acronymEn',
  'definition.es': 'definitionEs',
  'definition.en': 'definitionEn',
  plover: 'plover',
  cameo: 'cameo',
};

/** The string key of a control's label: an organisation's label is its name. */
export const labelKeyOf = (kind: VocabularyKind, control: keyof EntryFormValues) =>
  `field.${kind === 'organization' && control.startsWith('label') ? control.replace('label', 'name') : control}`;
