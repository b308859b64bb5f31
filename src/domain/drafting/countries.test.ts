import { describe, expect, it } from 'vitest';
import { findCountries } from './countries';

type Row = [text: string, found: [string, string][]];
const rows: Row[] = [
  [
    'Durante su visita a Washington D. C., el canciller se reunió con el secretario de Estado de los EE. UU.',
    [
      ['Washington D. C', 'US'],
      ['EE. UU', 'US'],
    ],
  ],
  [
    'El Perú sostuvo coordinaciones con Alemania, Países Bajos, Finlandia, Canadá y El Salvador.',
    [
      ['Perú', 'PE'],
      ['Alemania', 'DE'],
      ['Países Bajos', 'NL'],
      ['Finlandia', 'FI'],
      ['Canadá', 'CA'],
      ['El Salvador', 'SV'],
    ],
  ],
  [
    'El Gobierno chileno y el Perú instalaron el comité en Tacna.',
    [
      ['chileno', 'CL'],
      ['Perú', 'PE'],
      ['Tacna', 'PE'],
    ],
  ],
  ['Guinea Ecuatorial firmó el acuerdo.', [['Guinea Ecuatorial', 'GQ']]],
  ['La reunión se celebró en Lima.', [['Lima', 'PE']]],
  ['La Reunión de cancilleres concluyó.', []],
  [
    'Let us work together with the US and the U.S. Congress.',
    [
      ['US', 'US'],
      ['U.S', 'US'],
    ],
  ],
  [
    'The Dutch minister met her South Korean counterpart in The Hague.',
    [
      ['Dutch', 'NL'],
      ['South Korean', 'KR'],
      ['The Hague', 'NL'],
    ],
  ],
  ['El documento fue publicado en español.', []],
];

describe('findCountries', () => {
  it.each(rows)('when the text is "%s", then it finds %j', (text, expected) => {
    expect(findCountries(text).map((c) => [text.slice(c.span.start, c.span.end), c.code])).toEqual(expected);
  });
});
