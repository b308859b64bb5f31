import { describe, expect, it } from 'vitest';
import activities from './resources/activities.json';
import newVocabulary from './resources/newVocabulary.json';
import themes from './resources/themes.json';
import type { Draft } from './draftsFile';
import { embeddedVocabulary } from './vocabulary';
import { fitVocabulary } from './vocabularyFit';

const taxonomy = {
  types: new Set(embeddedVocabulary.types.map((t) => t.id)),
  themes: new Set(embeddedVocabulary.themes.map((t) => t.id)),
};
const proposable = {
  types: new Set(newVocabulary.types.map((t) => t.id)),
  themes: new Set(newVocabulary.themes.map((t) => t.id)),
};

describe('the engine resources', () => {
  it('when a trigger names a type, then the taxonomy or the new-entry list holds it', () => {
    const stray = activities.triggers
      .map((t) => t.type)
      .filter((id) => !taxonomy.types.has(id) && !proposable.types.has(id));
    expect(stray).toEqual([]);
  });
  it('when a theme has stems, then the taxonomy or the new-entry list holds it', () => {
    const stray = Object.keys(themes.themes).filter((id) => !taxonomy.themes.has(id) && !proposable.themes.has(id));
    expect(stray).toEqual([]);
  });
  it('when an entry is proposed as new, then the taxonomy lacks it and its nearest id is the taxonomy’s', () => {
    for (const kind of ['types', 'themes'] as const)
      for (const e of newVocabulary[kind]) {
        expect(taxonomy[kind].has(e.id)).toBe(false);
        expect(taxonomy[kind].has(e.nearest)).toBe(true);
      }
  });
});

const draft = (type: string, ids: string[]): Draft => ({
  id: 'draft-1',
  date: null,
  datePrecision: null,
  status: 'held',
  type,
  title: { es: 'x' },
  summary: { es: 'x' },
  countries: [],
  themes: ids,
  organizations: [],
  places: [],
  actors: [],
  source: { paragraph: 1 },
  additionalSources: [],
  confidence: { type: 0.7, themes: 0.5 },
  evidence: { type: [{ start: 0, end: 4 }] },
});

describe('fitVocabulary', () => {
  it('when a draft uses a known type and theme, then nothing is proposed or changed', () => {
    const r = fitVocabulary([draft('phone-call', ['migration'])], embeddedVocabulary);
    expect([r.drafts[0]?.type, r.drafts[0]?.themes, r.types, r.themes]).toEqual(['phone-call', ['migration'], [], []]);
  });
  it('when a draft uses a type the engine knows as new, then it is kept and proposed with both labels', () => {
    const r = fitVocabulary([draft('pro-tempore-presidency', ['regional-integration'])], embeddedVocabulary);
    expect(r.drafts[0]?.type).toBe('pro-tempore-presidency');
    expect(r.types.map((p) => [p.id, p.nearest, p.drafts, p.evidence])).toEqual([
      ['pro-tempore-presidency', 'body-chairmanship', ['draft-1'], [{ start: 0, end: 4 }]],
    ]);
    expect(r.themes.map((p) => p.label)).toEqual([{ es: 'Integración regional', en: 'Regional integration' }]);
    expect(r.drafts[0]?.confidence.type).toBeLessThan(0.7);
  });
  it('when an id is unknown to the vocabulary and the engine, then it is replaced or dropped with low confidence', () => {
    const r = fitVocabulary([draft('made-up-type', ['made-up-theme', 'migration'])], embeddedVocabulary);
    expect([r.drafts[0]?.type, r.drafts[0]?.themes]).toEqual(['bilateral-meeting', ['migration']]);
    expect(r.drafts[0]?.confidence.type).toBeLessThanOrEqual(0.35);
    expect([r.types, r.themes]).toEqual([[], []]);
  });
});
