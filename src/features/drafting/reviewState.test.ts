import { describe, expect, it } from 'vitest';
import type { Draft } from '../../domain/drafting';
import { exportDraft } from './draftsExport';
import { piecesOf } from './evidence';
import { taxonomy } from '../../domain/taxonomyData';
import { mergeVocabulary } from '../../domain/vocabulary';
import { checkReview, recordIds } from './reviewRecord';
import { decideField, edit, listOf, reviewFromDraft } from './reviewState';

const DRAFT: Draft = {
  id: 'draft-1',
  date: '2025-12-10',
  datePrecision: 'day',
  status: 'held',
  type: 'bilateral-meeting',
  title: { es: 'Reunión con Chile' },
  summary: { es: 'Los cancilleres se reunieron.' },
  countries: ['CL'],
  themes: ['migration'],
  organizations: [],
  places: [{ name: 'Lima', country: 'PE' }],
  actors: [{ name: 'Hugo de Zela', role: { es: 'canciller' } }],
  source: { paragraph: 2 },
  additionalSources: [],
  confidence: { date: 0.8, countries: 0.9, places: 0.7 },
  evidence: { countries: [{ start: 5, end: 10 }], places: [{ start: 20, end: 24 }] },
};

describe('when a reviewed draft is exported', () => {
  it('then it round-trips unchanged when nothing was touched', () => {
    expect(exportDraft(reviewFromDraft(DRAFT))).toEqual(DRAFT);
  });
  it('then an edit is vouched for (confidence 1) and a drop leaves the field empty, without confidence or evidence', () => {
    let r = edit(reviewFromDraft(DRAFT), 'countries', { countries: 'cl; ar' });
    r = decideField(r, 'places', 'dropped');
    const d = exportDraft(r, 'release-x');
    expect(d.countries).toEqual(['CL', 'AR']);
    expect(d.confidence).toEqual({ date: 0.8, countries: 1 });
    expect(d.places).toEqual([]);
    expect(d.evidence.places).toBeUndefined();
    expect(d.source).toEqual({ id: 'release-x', paragraph: 2 });
  });
  it('then values the schema cannot hold are left out, never written', () => {
    const r = edit(reviewFromDraft(DRAFT), 'date', { date: '2025-13-45' });
    const d = exportDraft({ ...r, countries: 'CL, C1', places: [{ name: 'Lima', country: 'x', lat: '1', lon: '' }] });
    expect([d.date, d.datePrecision, d.countries, d.places]).toEqual([null, null, ['CL'], [{ name: 'Lima' }]]);
  });
});

describe('when records get their ids', () => {
  it('then they come from the release and the paragraph, counted when a paragraph has two drafts', () => {
    const r = reviewFromDraft(DRAFT);
    expect(recordIds([r, { ...r, key: 'b' }, { ...r, paragraph: 3 }], 'rel')).toEqual(['rel-p2', 'rel-p2-2', 'rel-p3']);
  });
});

describe('when evidence is marked', () => {
  it('then overlapping spans merge and the rest stays plain text', () => {
    expect(
      piecesOf('abcdefgh', [
        { start: 5, end: 7 },
        { start: 1, end: 3 },
        { start: 2, end: 4 },
      ]),
    ).toEqual([
      { text: 'a', marked: false, start: 0 },
      { text: 'bcd', marked: true, start: 1 },
      { text: 'e', marked: false, start: 4 },
      { text: 'fg', marked: true, start: 5 },
      { text: 'h', marked: false, start: 7 },
    ]);
  });
  it('then a list is read from commas, semicolons or spaces, once each', () => {
    expect(listOf('cl, AR;cl  pe', true)).toEqual(['CL', 'AR', 'PE']);
  });
});

describe('when a reviewed draft is checked as a record', () => {
  const source = { id: 'rel', paragraphs: [{ number: 1 }, { number: 2 }] } as never;
  const problemsOf = (r: ReturnType<typeof reviewFromDraft>) => {
    const c = checkReview(r, 'rel-p2', source, mergeVocabulary(taxonomy));
    return c.ok ? [] : c.problems.map((p) => [p.field, p.code]);
  };
  it('then a person the release names without a country, and an undated draft, are missing fields — not wrong values', () => {
    const undated = { ...reviewFromDraft(DRAFT), date: '', datePrecision: '' as const };
    expect(problemsOf(undated)).toEqual(
      expect.arrayContaining([
        ['date', 'required'],
        ['datePrecision', 'required'],
        ['actors[0].country', 'required'],
      ]),
    );
    expect(problemsOf(undated).some(([, code]) => code === 'enum' || code === 'country.format')).toBe(false);
  });
  it('then the same draft with a date and the person’s country passes', () => {
    const r = edit(reviewFromDraft(DRAFT), 'actors', {});
    const fixed = {
      ...r,
      titleEn: 'Meeting with Chile',
      summaryEn: 'The foreign ministers met.',
      actors: r.actors.map((a) => ({ ...a, roleEn: 'Foreign Minister', country: 'PE' })),
      places: r.places.map((p) => ({ ...p, lat: '-12.05', lon: '-77.04' })),
    };
    expect(problemsOf(fixed)).toEqual([]);
  });
});
