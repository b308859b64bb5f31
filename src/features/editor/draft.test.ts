import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { embeddedActivities, embeddedSources } from '../../testing/embedded';
import { embeddedVocabulary } from '../../domain/taxonomyData';
import { activityArb } from '../../testing/arbitraryActivity';
import { draftFromRecord, emptyDraft, slugify, validateDraft } from './draft';

describe('when a record goes through the form', () => {
  it('then any valid record comes back unchanged from its draft', () => {
    fc.assert(
      fc.property(activityArb, (a) => {
        expect(validateDraft(draftFromRecord(a), embeddedSources, embeddedVocabulary)).toStrictEqual({
          ok: true,
          record: a,
        });
      }),
      { numRuns: 200 },
    );
    for (const a of embeddedActivities)
      expect(validateDraft(draftFromRecord(a), embeddedSources, embeddedVocabulary)).toStrictEqual({
        ok: true,
        record: a,
      });
  });

  it('then a blank form reports each missing field by its path', () => {
    const r = validateDraft(emptyDraft('np-304-25'), embeddedSources, embeddedVocabulary);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => `${p.field}:${p.code}`)).toEqual([
      'id:required',
      'date:required',
      'type:required',
      'title.es:text.empty',
      'title.en:text.empty',
      'summary.es:text.empty',
      'summary.en:text.empty',
      'source.paragraph:required',
    ]);
  });

  it('then a half-typed latitude and an unknown country are named', () => {
    const d = draftFromRecord(embeddedActivities[0]!);
    d.places = [{ name: 'Lima', country: 'XX', lat: '-12,05', lon: '-77' }];
    const r = validateDraft(d, embeddedSources, embeddedVocabulary);
    expect(r.ok ? [] : r.problems.map((p) => [p.field, p.code, p.params?.value])).toEqual([
      ['places[0].lat', 'type', '-12,05'],
    ]);
    d.places = [{ name: 'Lima', country: 'XX', lat: '-12.05', lon: '-77' }];
    const r2 = validateDraft(d, embeddedSources, embeddedVocabulary);
    expect(r2.ok ? [] : r2.problems.map((p) => [p.field, p.code, p.params?.value])).toEqual([
      ['places[0].country', 'country.unknown', 'XX'],
    ]);
  });

  it('then ids are suggested from titles', () => {
    expect(slugify("Meeting with Chile's ministér — Tacna")).toBe('meeting-with-chile-s-minister-tacna');
  });
});
