import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language';
import { segment } from './segment';

describe('segment', () => {
  it.each([
    ['Durante su visita a Washington D. C., el canciller se reunió con EE. UU. El secretario aceptó.', 2],
    ['Secretary of State Marco Rubio met today. The Secretary also emphasized the U.S. commitment.', 2],
    ['El Sr. López llegó a Lima. Luego viajó a Tacna.', 2],
  ])('when the paragraph is "%s", then it has %i sentences', (text, n) => {
    expect(segment(text)[0]?.sentences).toHaveLength(n);
  });
  it('when paragraphs are separated by blank lines, then each keeps its offsets', () => {
    const text = 'Título\n\n10 de diciembre de 2025\n\n  Primer párrafo.  ';
    expect(segment(text).map((p) => text.slice(p.span.start, p.span.end))).toEqual([
      'Título',
      '10 de diciembre de 2025',
      'Primer párrafo.',
    ]);
  });
});

describe('detectLanguage', () => {
  it.each([
    [
      'El canciller se reunió con el secretario de Estado de los Estados Unidos para combatir el crimen organizado.',
      'es',
    ],
    [
      'Secretary of State Marco Rubio and the Foreign Minister of Peru met today to discuss efforts to fight crime.',
      'en',
    ],
    [
      'Le ministre des Affaires étrangères a reçu aujourd’hui son homologue pour discuter de la coopération dans la région.',
      'fr',
    ],
    // A short release heavy with names has few function words, none of another language.
    [
      'El Perú presentó hoy, en la sede de la Organización de los Estados Americanos en Washington, la candidatura de un jurista a la Comisión Interamericana de Derechos Humanos.',
      'es',
    ],
    [
      'La Cancillería declaró persona non grata al encargado de negocios de Venezuela, quien deberá salir del país.',
      'es',
    ],
    // One sentence whose only function words are shared with French and Italian ("un", "de", "en"): "y" decides.
    ['Perú y Ecuador suscribieron un memorando de entendimiento en materia de cooperación fronteriza.', 'es'],
    ['Le Pérou et l’Équateur ont signé un mémorandum d’entente en matière de coopération frontalière à Lima.', 'fr'],
    ['Lima Santiago Quito Bogotá Caracas Montevideo Asunción La Paz Brasilia Buenos Aires', 'unknown'],
    ['ok', 'unknown'],
  ])('when the text is "%s", then it is %s', (text, lang) => {
    expect(detectLanguage(text).language).toBe(lang);
  });
});
