import taxonomyJson from '../../../data/taxonomy.json';
import type { DraftVocabulary } from './api';

/** The embedded taxonomy as a drafting vocabulary (the worker adds the analyst's own entries to it). */
export const embeddedVocabulary: DraftVocabulary = {
  organizations: taxonomyJson.organizations.map((o) => ({ id: o.id, acronym: o.acronym, name: o.name })),
  types: taxonomyJson.activityTypes.map((t) => ({ id: t.id, label: t.label })),
  themes: taxonomyJson.themes.map((t) => ({ id: t.id, label: t.label })),
};
