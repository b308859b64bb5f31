import { describe, expect, it } from 'vitest';
import np30425 from '../../../data/activities/np-304-25.json';
import type { ActivityFile } from '../activity';
import type { Source } from '../source';
import type { Organization } from '../taxonomy';
import { embeddedVocabulary, taxonomy } from '../taxonomyData';
import { embeddedSources } from '../embeddedSources';
import { mergeVocabulary, NO_ADDITIONS } from '../vocabulary';
import { carriedBy } from './carried';
import { activitiesToJson, parseActivitiesJson } from './json';

const org: Organization = {
  id: 'ANDEAN-PARLIAMENT',
  acronym: { es: 'PA', en: 'AP' },
  name: { es: 'Parlamento Andino', en: 'Andean Parliament' },
};
const release: Source = {
  id: 'np-312-25',
  issuer: { es: 'Cancillería', en: 'Foreign Ministry' },
  citation: 'Nota de Prensa 312-25',
  title: 'Comunicado de prueba',
  date: '2025-12-15',
  language: 'es',
  url: 'https://example.org/np-312-25',
  paragraphs: [
    { number: 1, text: 'Texto exacto.' },
    { number: 2, text: 'Otro párrafo.' },
  ],
  origin: 'analyst',
};
const base = np30425.activities[0] as ActivityFile;
const mine: ActivityFile = {
  ...base,
  id: 'mine',
  organizations: ['ANDEAN-PARLIAMENT'],
  source: { id: 'np-312-25', paragraph: 2 },
};
const vocab = mergeVocabulary(taxonomy, { ...NO_ADDITIONS, organizations: [org] });

describe('when records use the analyst’s own entries and releases', () => {
  const carried = carriedBy([mine, base], vocab, [...embeddedSources, release]);

  it('then the JSON export carries exactly those, and nothing embedded', () => {
    expect(carried.vocabulary.organizations).toEqual([org]);
    expect(carried.vocabulary.themes).toEqual([]);
    expect(carried.sources.map((s) => s.id)).toEqual(['np-312-25']);
    const data = JSON.parse(activitiesToJson([mine], carried)) as Record<string, unknown>;
    expect(Object.keys(data)).toEqual(['format', 'version', 'activities', 'vocabulary', 'sources']);
    expect(data.vocabulary).toEqual({ organizations: [org] });
  });

  it('then another browser (embedded vocabulary only) imports the file back unchanged', () => {
    const r = parseActivitiesJson(activitiesToJson([mine], carried), 'x.json', {
      vocabulary: embeddedVocabulary,
      sources: embeddedSources,
    });
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.records).toEqual([mine]);
    expect(r.carried?.vocabulary.organizations).toEqual([org]);
    expect(r.carried?.sources).toEqual([release]);
  });

  it('then a file without them is refused there, and a bad carried entry is named', () => {
    const bare = parseActivitiesJson(activitiesToJson([mine]), 'x.json', { vocabulary: embeddedVocabulary });
    expect(bare.ok || bare.problems.map((p) => [p.field, p.code])).toEqual([
      ['organizations[0]', 'organization.unknown'],
    ]);
    const text = activitiesToJson([base], {
      vocabulary: { ...NO_ADDITIONS, organizations: [{ ...org, id: 'bad id' }] },
      sources: [],
    });
    const bad = parseActivitiesJson(text, 'x.json');
    expect(bad.ok || bad.problems.map((p) => [p.field, p.code])).toEqual([['vocabulary.organizations[0]', 'invalid']]);
  });

  it('then a file of embedded-only records is written exactly as before', () => {
    const plain = carriedBy([base], vocab, [...embeddedSources, release]);
    expect(activitiesToJson([base], plain)).toBe(activitiesToJson([base]));
  });
});
