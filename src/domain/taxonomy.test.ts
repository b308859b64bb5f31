import { describe, expect, it } from 'vitest';
import taxonomyJson from '../../data/taxonomy.json';
import { taxonomySchema, activityTypeSchema, type Taxonomy } from './taxonomy';
import { orgsById, taxonomy, themesById, typesById, vocabulary } from './taxonomyData';

const duplicates = (ids: string[]) => ids.filter((id, i) => ids.indexOf(id) !== i);

describe('taxonomy (data/taxonomy.json)', () => {
  it('is valid per the schema', () => {
    const r = taxonomySchema.safeParse(taxonomyJson);
    expect(r.error?.issues ?? []).toEqual([]);
  });

  it('reaches the app whole but for the definitions, which it does not show (virtual:taxonomy-labels)', () => {
    const file = taxonomyJson as Taxonomy;
    const strip = <T extends { definition?: unknown }>(entries: T[]) =>
      entries.map(({ definition: _definition, ...rest }) => rest);
    expect(taxonomy).toEqual({
      themes: strip(file.themes),
      activityTypes: strip(file.activityTypes),
      organizations: strip(file.organizations),
    });
    expect(taxonomy.themes.length).toBeGreaterThan(0);
    expect(taxonomy.organizations.some((o) => 'definition' in o)).toBe(false);
  });

  it('has unique ids in each vocabulary', () => {
    expect(duplicates(taxonomy.themes.map((t) => t.id))).toEqual([]);
    expect(duplicates(taxonomy.activityTypes.map((t) => t.id))).toEqual([]);
    expect(duplicates(taxonomy.organizations.map((o) => o.id))).toEqual([]);
  });

  it('gives every entry labels and a definition in both languages', () => {
    for (const t of [...taxonomy.themes, ...taxonomy.activityTypes]) {
      expect(t.label.es.length, t.id).toBeGreaterThan(0);
      expect(t.label.en.length, t.id).toBeGreaterThan(0);
    }
    const file = taxonomyJson as Taxonomy;
    for (const t of [...file.themes, ...file.activityTypes, ...file.organizations]) {
      expect(t.definition?.es.length ?? 0, t.id).toBeGreaterThan(10);
      expect(t.definition?.en.length ?? 0, t.id).toBeGreaterThan(10);
    }
  });

  it('maps every activity type to PLOVER or to our own code', () => {
    for (const t of taxonomy.activityTypes) expect(t.plover ?? t.ownCode, t.id).not.toBeNull();
  });

  it('uses our own codes for the kinds PLOVER does not cover', () => {
    // Elections to international bodies, binational committees, proposals at multilateral bodies, domestic visits
    // and office openings (issue 2): none is an interaction PLOVER/CAMEO classify.
    const own = [
      'binational-committee',
      'domestic-visit',
      'election-international-body',
      'office-opening',
      'proposal-multilateral',
    ];
    for (const id of own) {
      const t = typesById.get(id);
      expect(t?.plover, id).toBeNull();
      expect(t?.ownCode, id).toMatch(/^AE-[A-Z]+$/);
    }
    expect(typesById.get('binational-committee')?.ownCode).toBe('AE-BINAT');
    expect(typesById.get('bilateral-meeting')).toMatchObject({ plover: 'CONSULT', cameo: '040' });
  });

  it('rejects a type with neither a PLOVER category nor an own code', () => {
    const bad = { ...taxonomy.activityTypes[0]!, plover: null, cameo: null, ownCode: null };
    expect(activityTypeSchema.safeParse(bad).error?.issues[0]?.message).toBe('type.needsCode');
  });

  it('carries both acronyms of the organisations the release names', () => {
    const acronyms = (id: string) => {
      const o = orgsById.get(id);
      return o && { es: o.acronym.es, en: o.acronym.en };
    };
    expect(acronyms('OAS')).toEqual({ es: 'OEA', en: 'OAS' });
    expect(acronyms('IMO')).toEqual({ es: 'OMI', en: 'IMO' });
    expect(acronyms('UNODC')).toEqual({ es: 'ONUDD', en: 'UNODC' });
    expect(acronyms('UNESCO')).toEqual({ es: 'UNESCO', en: 'UNESCO' });
  });

  it('places each organisation headquarters in a plausible spot', () => {
    for (const o of taxonomy.organizations) {
      if (!o.headquarters) continue;
      expect(Math.abs(o.headquarters.lat), o.id).toBeLessThanOrEqual(90);
      expect(Math.abs(o.headquarters.lon), o.id).toBeLessThanOrEqual(180);
    }
    expect(orgsById.get('OAS')?.headquarters?.country).toBe('US');
    expect(orgsById.get('UNESCO')?.headquarters?.country).toBe('FR');
    expect(orgsById.get('CAN')?.headquarters?.country).toBe('PE');
    expect(orgsById.get('ECLAC')?.headquarters?.country).toBe('CL');
  });

  it('leaves a seat out only for forums that have none', () => {
    const seatless = taxonomy.organizations.filter((o) => !o.headquarters).map((o) => o.id);
    expect(seatless.sort()).toEqual(
      ['BRICS', 'CELAC', 'G20', 'IBERO-AMERICAN-SUMMIT', 'PACIFIC-ALLIANCE', 'PROSUR'].sort(),
    );
  });

  it('knows the intergovernmental bodies of Latin American foreign policy, by their usual English acronym', () => {
    const expected = ['UN', 'UNGA', 'UNSC', 'ECOSOC', 'ICJ', 'UNHRC', 'UNHCR', 'UNICEF', 'WHO', 'FAO', 'ILO', 'IOM'];
    expected.push('UNDP', 'ECLAC', 'IAEA', 'IACHR', 'IACTHR', 'CELAC', 'CAN', 'MERCOSUR', 'PACIFIC-ALLIANCE', 'APEC');
    expected.push('EU', 'IDB', 'CAF', 'CARICOM', 'SICA', 'SEGIB', 'ICC', 'WTO', 'OECD', 'IMF', 'WB', 'INTERPOL');
    expected.push('ACTO', 'PROSUR', 'G20', 'BRICS', 'OAS', 'IMO', 'UNODC', 'UNESCO', 'WCO');
    for (const id of expected) expect(orgsById.has(id), id).toBe(true);
    expect(orgsById.get('UNHCR')?.acronym).toEqual({ es: 'ACNUR', en: 'UNHCR' });
    expect(orgsById.get('ECLAC')?.acronym).toEqual({ es: 'CEPAL', en: 'ECLAC' });
    expect(orgsById.get('CAN')?.name).toEqual({ es: 'Comunidad Andina', en: 'Andean Community' });
  });

  it('feeds the filter vocabulary', () => {
    expect(vocabulary.themes.has('migration')).toBe(true);
    expect(vocabulary.types.has('binational-committee')).toBe(true);
    expect(vocabulary.orgs.has('OAS')).toBe(true);
    expect(vocabulary.isCountry('CL')).toBe(true);
    expect(vocabulary.isCountry('XX')).toBe(false);
    expect(themesById.size).toBe(taxonomy.themes.length);
  });
});
