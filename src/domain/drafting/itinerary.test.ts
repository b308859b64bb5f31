import { describe, expect, it } from 'vitest';
import { findCountries } from './countries';
import { readItinerary } from './itinerary';

const reference = (text: string, from: string) => [
  { kind: 'body', span: { start: 0, end: text.indexOf(from) } },
  { kind: 'reference', span: { start: text.indexOf(from), end: text.length } },
];
const stays = (text: string, from: string, lang: 'en' | 'es', release: string) =>
  readItinerary(text, lang, reference(text, from), findCountries(text), release).map((s) => [
    [...s.codes],
    s.date,
    s.endDate,
  ]);

describe('readItinerary', () => {
  it('when a table gives each day’s departure and arrival, then each stay runs from arrival to the next row', () => {
    const text =
      'The minister will travel to Brazil and Argentina.\n\nItinerary\n\nJune 3 (Mon)  Depart from Tokyo, arrive in Brasilia\n\n5  Depart from Brasilia, arrive at Buenos Aires\n\n8  Depart from Buenos Aires\n\n9  Arrive in Tokyo';
    expect(stays(text, 'Itinerary', 'en', '2026-05-30')).toEqual([
      [['BR'], '2026-06-03', '2026-06-05'],
      [['AR'], '2026-06-05', '2026-06-08'],
    ]);
  });

  it('when a copy lost the cells ("April27Depart…") and a month turns, then the rows are still read', () => {
    const text =
      'Visit.\n\n(Reference)\n\nApril29Depart from Japan, arrive at Mexico City\n\nMay2Depart from Mexico, arrive at Lima\n\n4Depart from Lima';
    expect(stays(text, '(Reference)', 'en', '2026-04-20')).toEqual([
      [['MX'], '2026-04-29', '2026-05-02'],
      [['PE'], '2026-05-02', '2026-05-04'],
    ]);
  });

  it('when a Spanish programme gives "llegada a", then it is read; one dated line is no table', () => {
    const text = 'Visita.\n\nPrograma\n\n12 de octubre: llegada a Quito\n\n14 de octubre: salida de Quito';
    expect(stays(text, 'Programa', 'es', '2026-10-01')).toEqual([[['EC'], '2026-10-12', '2026-10-14']]);
    const one = 'Visita.\n\nPrograma\n\n12 de octubre: llegada a Quito';
    expect(stays(one, 'Programa', 'es', '2026-10-01')).toEqual([]);
  });
});
