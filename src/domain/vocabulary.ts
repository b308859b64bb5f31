import { isCountryCode } from './countries';
import type { Vocabulary } from './filters';
import type { ActivityType, Organization, Taxonomy, Theme } from './taxonomy';

/**
 * The vocabulary every view labels and every check validates against: the embedded taxonomy plus the entries
 * the analyst added (kept in IndexedDB). Built once per change by `mergeVocabulary` and passed as an argument to
 * the pure code, so no module holds a second, stale copy of it.
 */
export type VocabularyKind = 'theme' | 'type' | 'organization';
export const VOCABULARY_KINDS = ['organization', 'theme', 'type'] as const satisfies readonly VocabularyKind[];

export type VocabularyEntry = Theme | ActivityType | Organization;

/** Entries added by the analyst, by kind (the same shape as the taxonomy file, every list possibly empty). */
export interface AddedVocabulary {
  themes: readonly Theme[];
  activityTypes: readonly ActivityType[];
  organizations: readonly Organization[];
}

export const NO_ADDITIONS: AddedVocabulary = { themes: [], activityTypes: [], organizations: [] };

export interface MergedVocabulary {
  themes: readonly Theme[];
  activityTypes: readonly ActivityType[];
  organizations: readonly Organization[];
  themesById: ReadonlyMap<string, Theme>;
  typesById: ReadonlyMap<string, ActivityType>;
  orgsById: ReadonlyMap<string, Organization>;
  /** The ids the filters accept (URL parameters). */
  filter: Vocabulary;
  /** Whether an entry was added by the analyst rather than embedded. */
  isAdded: (kind: VocabularyKind, id: string) => boolean;
}

const keyOf = (kind: VocabularyKind, id: string) => `${kind}:${id}`;

/** Embedded first; an added entry whose id the taxonomy already has is ignored (the embedded one is kept). */
function union<T extends { id: string }>(
  base: readonly T[],
  added: readonly T[],
  kind: VocabularyKind,
  keys: Set<string>,
) {
  const byId = new Map(base.map((e) => [e.id, e]));
  for (const e of added)
    if (!byId.has(e.id)) {
      byId.set(e.id, e);
      keys.add(keyOf(kind, e.id));
    }
  return byId;
}

export function mergeVocabulary(base: Taxonomy, added: AddedVocabulary = NO_ADDITIONS): MergedVocabulary {
  const addedKeys = new Set<string>();
  const themesById = union(base.themes, added.themes, 'theme', addedKeys);
  const typesById = union(base.activityTypes, added.activityTypes, 'type', addedKeys);
  const orgsById = union(base.organizations, added.organizations, 'organization', addedKeys);
  return {
    themes: [...themesById.values()],
    activityTypes: [...typesById.values()],
    organizations: [...orgsById.values()],
    themesById,
    typesById,
    orgsById,
    filter: {
      isCountry: isCountryCode,
      themes: new Set(themesById.keys()),
      types: new Set(typesById.keys()),
      orgs: new Set(orgsById.keys()),
    },
    isAdded: (kind, id) => addedKeys.has(keyOf(kind, id)),
  };
}

/** The entries of one kind, e.g. to list them on the vocabulary page. */
export function entriesOf(v: MergedVocabulary, kind: VocabularyKind): readonly VocabularyEntry[] {
  return kind === 'theme' ? v.themes : kind === 'type' ? v.activityTypes : v.organizations;
}

export function hasEntry(v: MergedVocabulary, kind: VocabularyKind, id: string): boolean {
  const map = kind === 'theme' ? v.themesById : kind === 'type' ? v.typesById : v.orgsById;
  return map.has(id);
}
