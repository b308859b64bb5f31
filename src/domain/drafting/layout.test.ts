import { describe, expect, it } from 'vitest';
import { findDates } from './dates';
import { citationKind, layout } from './layout';
import { segment } from './segment';
import { draftRows as drafts } from '../../testing/drafted';

const BODY = 'El canciller se reunió hoy con su homólogo de Chile en Lima.';
const HEADLINE = 'Perú y Chile firman 3 acuerdos de cooperación fronteriza';

function read(lines: string[], lang: 'es' | 'en' = 'es') {
  const text = lines.join('\n\n');
  const seg = layout(text, segment(text), findDates(text, lang, '2025-12-10'));
  const slice = (s?: { start: number; end: number }) => (s ? text.slice(s.start, s.end) : undefined);
  return {
    citation: slice(seg.citation),
    headline: slice(seg.headline),
    date: seg.dateline?.date,
    kinds: seg.paragraphs.map((p) => p.kind),
  };
}

describe('layout of the top lines', () => {
  it.each([
    ['citation, headline, date', ['Nota de Prensa N° 304-25', HEADLINE, '10 de diciembre de 2025', BODY]],
    ['headline, citation, date', [HEADLINE, 'Nota de Prensa N° 304-25', '10 de diciembre de 2025', BODY]],
    ['date, citation, headline', ['10 de diciembre de 2025', 'Nota de Prensa N° 304-25', HEADLINE, BODY]],
    ['headline, date, citation', [HEADLINE, '10 de diciembre de 2025', 'Nota de Prensa N° 304-25', BODY]],
  ])('when the order is %s, then each line is read for what it is', (_, lines) => {
    const r = read(lines);
    expect([r.citation, r.headline, r.date]).toEqual(['Nota de Prensa N° 304-25', HEADLINE, '2025-12-10']);
    expect(r.kinds.filter((k) => k === 'body')).toHaveLength(1);
    expect(r.kinds.at(-1)).toBe('body');
  });

  it('when gob.pe prints the label, the headline, then the date with its time, then the number is not a headline', () => {
    const r = read(['Nota de prensa', HEADLINE, '10 de diciembre de 2025 - 3:15 p. m.', BODY]);
    expect([r.citation, r.headline, r.date]).toEqual(['Nota de prensa', HEADLINE, '2025-12-10']);
  });

  it('when the label and its number are on two lines, then they are one citation', () => {
    const r = read(['Nota de prensa', 'NP-304-25', HEADLINE, BODY]);
    expect([r.citation, r.headline]).toEqual(['Nota de prensa\n\nNP-304-25', HEADLINE]);
  });

  it('when an English release starts with its number, then the headline is the next line', () => {
    const r = read(
      [
        'Press Release No. 45',
        'Secretary meets Peruvian Foreign Minister',
        'December 5, 2025',
        'The Secretary met today.',
      ],
      'en',
    );
    expect([r.citation, r.headline, r.date]).toEqual([
      'Press Release No. 45',
      'Secretary meets Peruvian Foreign Minister',
      '2025-12-05',
    ]);
  });

  it('when a wire opens the first paragraph with its name and a place in capitals, then that is the dateline', () => {
    const body =
      'AGENCIA DIGITAL, SANTO DOMINGO, REPÚBLICA DOMINICANA, 5 de diciembre 2025- El canciller viajará este jueves.';
    expect(read([HEADLINE, body]).date).toBe('2025-12-05');
    // The same words in running text are a sentence's, not a dateline: the date stays the activity's.
    expect(
      read([HEADLINE, `La agencia digital de Santo Domingo informó el 5 de diciembre 2025- que viajará.`]).date,
    ).toBe(undefined);
  });

  it('when a publication line stands above a wire\'s own place and date, then both are datelines, no activity\'s date', () => {
    const text = [
      'La canciller emprende gira por Asia',
      '06 de enero de 2015',
      'Bogotá, 6 de enero de 2015 (EFE).- La canciller colombiana iniciará hoy una gira de una semana por Corea del Sur.',
    ].join('\n\n');
    const seg = layout(text, segment(text), findDates(text, 'es', '2015-01-06'));
    expect(seg.dateline?.date).toBe('2015-01-06');
    expect(seg.leadDateline && text.slice(seg.leadDateline.start, seg.leadDateline.end)).toBe(
      'Bogotá, 6 de enero de 2015 (EFE).-',
    );
    // So the tour is dated by "hoy" and lasts its week.
    expect(drafts(text, '2015-01-06')).toEqual([['official-visit', 'announced', '2015-01-06', 'range']]);
  });

  it('when the first sentence names a date early, then it is a sentence and its date the activity’s', () => {
    expect(read([HEADLINE, 'El canciller Luis Paz visitará Quito el 5 de marzo.']).date).toBe(undefined);
    expect(
      read([HEADLINE, 'El canciller Luis Paz visitará Quito el 5 de marzo. Luego se reunirá con su par.']).date,
    ).toBe(undefined);
    // A place and its date are a dateline, on their own line or opening the paragraph.
    expect(read([HEADLINE, 'Santiago de Chile, 5 de marzo de 2025', BODY]).date).toBe('2025-03-05');
    expect(read([HEADLINE, `Lima, 5 de marzo de 2025.- ${BODY}`]).date).toBe('2025-03-05');
  });

  it('when there is no citation, then the first line is the headline as before', () => {
    const r = read([HEADLINE, BODY]);
    expect([r.citation, r.headline, r.kinds]).toEqual([undefined, HEADLINE, ['headline', 'body']]);
  });
});

describe('citationKind', () => {
  it.each([
    ['Nota de Prensa Nº 304-25', 'citation'],
    ['NOTA DE PRENSA N.° 012-2025', 'citation'],
    ['Comunicado Oficial 012-2025', 'citation'],
    ['NP-304-25', 'citation'],
    ['N° 304 - 25', 'citation'],
    ['Nota de prensa', 'label'],
    ['Press Release', 'label'],
    [HEADLINE, undefined],
    ['Statement by the Secretary on the elections in Peru', undefined],
    ['Comunicado de los cancilleres del Grupo de Lima', undefined],
  ])('when the line is "%s", then it is %s', (line, kind) => {
    expect(citationKind(line)).toBe(kind);
  });

  it('when a release ends with "Notes for editors", then what follows is reference, not body', () => {
    const r = read(
      ['Minister to attend summit', BODY, 'Notes for editors', 'The minister recently launched a platform.'],
      'en',
    );
    expect(r.kinds).toEqual(['headline', 'body', 'reference', 'reference']);
  });

  it('when an itinerary is headed "(Reference)", then it is reference, not body', () => {
    const r = read(
      ['Minister to visit Mexico', BODY, '(Reference)Itinerary of the Minister’s Visit', 'April 27 Depart from Tokyo'],
      'en',
    );
    expect(r.kinds).toEqual(['headline', 'body', 'reference', 'reference']);
  });
});
