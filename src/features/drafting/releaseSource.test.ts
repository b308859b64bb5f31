import { describe, expect, it } from 'vitest';
import { draftRelease } from '../../domain/drafting';
import { releaseSource } from './releaseSource';

const HEADLINE = 'Perú y Chile firman 3 acuerdos de cooperación fronteriza';
const BODY = 'El canciller se reunió hoy en Lima con su homólogo de Chile para revisar la agenda de la frontera común.';

function sourceOf(lines: string[]) {
  const r = draftRelease({ text: lines.join('\n\n'), releaseDate: '2025-12-10' });
  if (!r.ok) throw new Error(r.error.code);
  const s = releaseSource(r, { issuer: 'Cancillería', url: 'https://www.gob.pe/rree' });
  if (!s.ok) throw new Error(s.missing.join());
  return s.source;
}

describe('the pasted release as a source', () => {
  it.each([
    ['the number above the headline', ['Nota de Prensa N° 312-25', HEADLINE, '10 de diciembre de 2025', BODY]],
    ['the headline above the number', [HEADLINE, '10 de diciembre de 2025', 'Nota de Prensa N° 312-25', BODY]],
  ])('when the page prints %s, then the citation and the title are not swapped', (_, lines) => {
    const s = sourceOf(lines);
    expect([s.citation, s.title]).toEqual(['Nota de Prensa N° 312-25', HEADLINE]);
    expect(s.paragraphs.map((p) => p.number)).toEqual([1]);
  });

  it('when the label and the number are on separate lines, then the citation joins them on one line', () => {
    expect(sourceOf(['Nota de prensa', 'NP-312-25', HEADLINE, BODY]).citation).toBe('Nota de prensa NP-312-25');
  });

  it('when there is no citation line, then a headline with a number stays the title', () => {
    const s = sourceOf([HEADLINE, BODY]);
    expect([s.citation, s.title]).toEqual(['Cancillería, 2025-12-10', HEADLINE]);
  });
});
