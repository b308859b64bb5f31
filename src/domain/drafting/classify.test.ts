import { describe, expect, it } from 'vitest';
import { draftRelease } from './draft';
import { impliedThemes } from './classify';

// Sentences written for these tests, in the way ministries word such activities.
const themesOf = (text: string) => {
  const r = draftRelease({ text, releaseDate: '2025-12-10', issuer: 'Ministerio de Relaciones Exteriores del Perú' });
  if (!r.ok) throw new Error(r.error.code);
  return r.file.drafts.map((d) => ({ type: d.type, themes: d.themes }));
};

describe('themes a draft gets from its type, when the words name none', () => {
  it('a meeting with a foreign counterpart and no subject named is about the bilateral relationship', () => {
    expect(themesOf('El canciller se reunió hoy en Lima con su homólogo de Chile.')).toEqual([
      { type: 'bilateral-meeting', themes: ['bilateral-relations'] },
    ]);
  });

  it('a meeting whose subject is named takes that subject, not the relationship at large', () => {
    const [draft] = themesOf(
      'El canciller se reunió hoy en Lima con su homólogo de Chile para tratar la migración irregular en la frontera.',
    );
    expect(draft?.themes).toEqual(expect.arrayContaining(['migration', 'border-management']));
    expect(draft?.themes).not.toContain('bilateral-relations');
  });

  it('a presentation of credentials is the diplomatic service’s business', () => {
    const drafts = themesOf(
      'En una ceremonia celebrada hoy en Palacio de Gobierno, la presidenta de la República recibió las cartas credenciales del nuevo embajador de Japón en el Perú.',
    );
    expect(drafts.map((d) => d.type)).toEqual(['credentials-ceremony']);
    expect(drafts[0]?.themes).toContain('diplomatic-service');
  });
});

describe('impliedThemes', () => {
  const vocabulary = (...ids: string[]) => ids.map((id) => ({ id, label: { es: id, en: id } }));

  it('gives the theme a type implies, and the relationship for a bilateral type with a counterpart', () => {
    expect(impliedThemes('appointment', [], 0, [])).toEqual(['diplomatic-service']);
    expect(impliedThemes('phone-call', [], 1, [])).toEqual(['bilateral-relations']);
    expect(impliedThemes('phone-call', [], 0, [])).toEqual([]);
    expect(impliedThemes('phone-call', ['migration'], 1, [])).toEqual([]);
  });

  it('never repeats a theme found in the text, and gives only themes the vocabulary has', () => {
    expect(impliedThemes('appointment', ['diplomatic-service'], 0, [])).toEqual([]);
    expect(impliedThemes('appointment', [], 0, vocabulary('migration'))).toEqual([]);
    expect(impliedThemes('bilateral-meeting', [], 2, vocabulary('migration'))).toEqual([]);
  });
});
