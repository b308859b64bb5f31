import taxonomyJson from '../../data/taxonomy.json';
import sourcesJson from '../../data/sources.json';
import { taxonomySchema, type ActivityType, type Organization, type Theme } from './taxonomy';
import { sourcesFileSchema, type Source } from './source';
import type { Vocabulary } from './filters';
import { isCountryCode } from './countries';

/** The embedded vocabularies, validated once at start-up: a broken data file fails loudly, not silently. */
export const taxonomy = taxonomySchema.parse(taxonomyJson);
export const embeddedSources: Source[] = sourcesFileSchema.parse(sourcesJson).sources;

export const themesById = new Map<string, Theme>(taxonomy.themes.map((t) => [t.id, t]));
export const typesById = new Map<string, ActivityType>(taxonomy.activityTypes.map((t) => [t.id, t]));
export const orgsById = new Map<string, Organization>(taxonomy.organizations.map((o) => [o.id, o]));

export const vocabulary: Vocabulary = {
  isCountry: isCountryCode,
  themes: new Set(themesById.keys()),
  types: new Set(typesById.keys()),
  orgs: new Set(orgsById.keys()),
};
