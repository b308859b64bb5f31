import taxonomyJson from 'virtual:taxonomy-labels';
import type { ActivityType, Organization, Taxonomy, Theme } from './taxonomy';
import type { Vocabulary } from './filters';
import { isCountryCode } from './countries';
import { mergeVocabulary, type MergedVocabulary } from './vocabulary';

/**
 * The embedded vocabularies (data/taxonomy.json), without the definitions the app does not show: see
 * scripts/vite/embeddedData.ts. They are validated against their zod schemas by the test suite
 * (taxonomy.test.ts, dataset.test.ts), not at start-up: parsing here would put zod in the first bundle of every
 * visit for files that cannot change after the build.
 */
export const taxonomy = taxonomyJson as Taxonomy;

export const themesById = new Map<string, Theme>(taxonomy.themes.map((t) => [t.id, t]));
export const typesById = new Map<string, ActivityType>(taxonomy.activityTypes.map((t) => [t.id, t]));
export const orgsById = new Map<string, Organization>(taxonomy.organizations.map((o) => [o.id, o]));

export const vocabulary: Vocabulary = {
  isCountry: isCountryCode,
  themes: new Set(themesById.keys()),
  types: new Set(typesById.keys()),
  orgs: new Set(orgsById.keys()),
};

/**
 * The embedded taxonomy alone. The app labels and validates with the merged vocabulary (embedded + the analyst's
 * entries, `useVocabulary` / `readVocabulary`); this one serves code that runs without a database (data-set
 * checks, generators) and stands in while the analyst's entries load.
 */
export const embeddedVocabulary: MergedVocabulary = mergeVocabulary(taxonomy);
