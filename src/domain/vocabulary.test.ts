import { describe, expect, it } from 'vitest';
import np30425 from '../../data/activities/np-304-25.json';
import type { ActivityFile } from './activity';
import { validateCandidates } from './formats/validate';
import { parseFilters } from './filters';
import { valueLabel } from './labels';
import type { Organization, Theme } from './taxonomy';
import { embeddedVocabulary, taxonomy } from './taxonomyData';
import { mergeVocabulary, NO_ADDITIONS } from './vocabulary';
import { buildEntry, ownCodeFor, parseEntry } from './vocabularyEntry';

const andean: Organization = {
  id: 'ANDEAN-PARLIAMENT',
  acronym: { es: 'PA', en: 'AP' },
  name: { es: 'Parlamento Andino', en: 'Andean Parliament' },
};
const climate: Theme = { id: 'climate-change', label: { es: 'Cambio climático', en: 'Climate change' } };
const added = { ...NO_ADDITIONS, themes: [climate], organizations: [andean] };

describe('when the analyst has added entries', () => {
  const v = mergeVocabulary(taxonomy, added);

  it('then the merged vocabulary holds the embedded entries and theirs, theirs marked as added', () => {
    expect(v.organizations).toHaveLength(taxonomy.organizations.length + 1);
    expect(v.themes.map((t) => t.id)).toContain('climate-change');
    expect(v.isAdded('organization', 'ANDEAN-PARLIAMENT')).toBe(true);
    expect(v.isAdded('theme', 'climate-change')).toBe(true);
    expect(v.isAdded('organization', 'OAS')).toBe(false);
    expect(v.isAdded('type', 'climate-change')).toBe(false);
  });

  it('then an added entry with an embedded id never replaces the embedded one', () => {
    const clash = mergeVocabulary(taxonomy, { ...NO_ADDITIONS, organizations: [{ ...andean, id: 'OAS' }] });
    expect(clash.orgsById.get('OAS')?.acronym).toEqual({ es: 'OEA', en: 'OAS' });
    expect(clash.isAdded('organization', 'OAS')).toBe(false);
  });

  it('then labels and filters know them', () => {
    expect(valueLabel('org', 'ANDEAN-PARLIAMENT', 'es', v)).toBe('PA');
    expect(valueLabel('theme', 'climate-change', 'en', v)).toBe('Climate change');
    const p = parseFilters(new URLSearchParams('org=andean-parliament,NOPE&theme=climate-change'), v.filter);
    expect(p.filters.org).toEqual(['ANDEAN-PARLIAMENT']);
    expect(p.filters.theme).toEqual(['climate-change']);
    expect(p.rejected.map((r) => r.value)).toEqual(['NOPE']);
    expect(parseFilters(new URLSearchParams('org=ANDEAN-PARLIAMENT'), embeddedVocabulary.filter).filters.org).toEqual(
      [],
    );
  });

  it('then a record using them is valid against the merged vocabulary only', () => {
    const record = {
      ...(np30425.activities[0] as ActivityFile),
      organizations: ['ANDEAN-PARLIAMENT'],
      themes: ['climate-change'],
    };
    const opts = { file: 'f.json', locate: (i: number) => ({ index: i }) };
    expect(validateCandidates([record], { ...opts, vocabulary: v }).problems).toEqual([]);
    const alone = validateCandidates([record], opts).problems.map((p) => [p.field, p.code]);
    expect(alone).toEqual([
      ['themes[0]', 'theme.unknown'],
      ['organizations[0]', 'organization.unknown'],
    ]);
  });
});

describe('buildEntry', () => {
  const can = { id: 'ANDEAN-PARLIAMENT', label: andean.name, acronym: andean.acronym };

  it('builds an organisation with both names and acronyms, trimmed', () => {
    const r = buildEntry(
      'organization',
      { ...can, label: { es: ' Parlamento  Andino ', en: 'Andean Parliament' } },
      embeddedVocabulary,
    );
    expect(r).toEqual({ ok: true, entry: andean });
  });

  it('refuses an id already in the vocabulary, a malformed id and missing names, all at once', () => {
    expect(buildEntry('organization', { ...can, id: 'CAN' }, embeddedVocabulary)).toEqual({
      ok: false,
      problems: [{ field: 'id', code: 'duplicate' }],
    });
    const bad = buildEntry('organization', { id: 'can x', label: { es: '', en: 'x' } }, embeddedVocabulary);
    expect(bad.ok || bad.problems).toEqual([
      { field: 'id', code: 'idFormat' },
      { field: 'label.es', code: 'required' },
      { field: 'acronym.es', code: 'required' },
      { field: 'acronym.en', code: 'required' },
    ]);
    const lower = buildEntry('organization', { ...can, id: 'Andean' }, embeddedVocabulary);
    expect(lower.ok || lower.problems).toEqual([{ field: 'id', code: 'idFormat' }]);
    const theme = buildEntry('theme', { id: 'Climate Change', label: climate.label }, embeddedVocabulary);
    expect(theme.ok || theme.problems).toEqual([{ field: 'id', code: 'idFormat' }]);
    const dupTheme = buildEntry('theme', { id: 'migration', label: climate.label }, embeddedVocabulary);
    expect(dupTheme.ok || dupTheme.problems).toEqual([{ field: 'id', code: 'duplicate' }]);
  });

  it('gives a type its PLOVER and CAMEO codes, or an own code when no PLOVER category fits', () => {
    const label = { es: 'Cumbre', en: 'Summit' };
    const withPlover = buildEntry('type', { id: 'summit', label, plover: 'CONSULT', cameo: '043' }, embeddedVocabulary);
    expect(withPlover.ok && withPlover.entry).toEqual({
      id: 'summit',
      label,
      plover: 'CONSULT',
      cameo: '043',
      ownCode: null,
    });
    const own = buildEntry('type', { id: 'summit-meeting', label, plover: null }, embeddedVocabulary);
    expect(own.ok && own.entry).toMatchObject({ plover: null, cameo: null, ownCode: 'AE-SUMMITMEETING' });
    const bad = buildEntry('type', { id: 'summit', label, plover: 'HUG', cameo: '4a' }, embeddedVocabulary);
    expect(bad.ok || bad.problems).toEqual([
      { field: 'plover', code: 'ploverUnknown' },
      { field: 'cameo', code: 'cameoFormat' },
    ]);
    expect(ownCodeFor('g20-summit')).toBe('AE-GSUMMIT');
  });

  it('asks for a definition in both languages or none', () => {
    const r = buildEntry('theme', { ...climate, definition: { es: 'Algo', en: '' } }, embeddedVocabulary);
    expect(r.ok || r.problems).toEqual([{ field: 'definition.en', code: 'required' }]);
  });
});

describe('parseEntry (entries read from a file)', () => {
  it('accepts a well-formed entry and refuses one that is not', () => {
    expect(parseEntry('organization', andean)).toEqual(andean);
    expect(parseEntry('organization', { ...andean, id: 'lower' })).toBeNull();
    expect(parseEntry('theme', { id: 'x', label: { es: '', en: 'X' } })).toBeNull();
    expect(parseEntry('type', { id: 'x', label: climate.label, plover: null, cameo: null, ownCode: null })).toBeNull();
  });
});
