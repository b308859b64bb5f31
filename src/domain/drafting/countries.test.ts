import { describe, expect, it } from 'vitest';
import { findCountries } from './countries';

type Row = [text: string, found: [string, string][]];
const rows: Row[] = [
  // A summit venue implies its country; "Guadalupe" before a surname is a given name, not Guadeloupe.
  [
    'Participó en la V Cumbre de la CELAC en Punta Cana, con la segunda secretaria Guadalupe Jara.',
    [['Punta Cana', 'DO']],
  ],
  // A city's name after a capitalised word is part of a name ("Mariscal Sucre" airport); after a kind of place, or
  // opening a sentence, it is the city.
  [
    'Arribó al Aeropuerto Internacional Mariscal Sucre. Sucre recibió luego a la comitiva, que visitó la Región Tacna.',
    [
      ['Sucre', 'BO'],
      ['Tacna', 'PE'],
    ],
  ],
  // A treaty named after a city names no country; the city on its own still does.
  ['Invocó la Convención de Caracas de 1954 y el Protocolo de Kioto; luego viajó a Caracas.', [['Caracas', 'VE']]],
  ['They discussed the Paris Agreement and the Vienna Convention before flying to Paris.', [['Paris', 'FR']]],
  [
    'Se reunió la comisión mixta Perú-Corea con empresas coreanas.',
    [
      ['Perú', 'PE'],
      ['Corea', 'KR'],
      ['coreanas', 'KR'],
    ],
  ],
  [
    'La resolución fue publicada en el Diario Oficial El Peruano y el Gobierno peruano la aplicará.',
    [['peruano', 'PE']],
  ],
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
  // A given name, not Mauritius (Spanish "Mauricio").
  ['The President will see Mauricio Macri of Argentina.', [['Argentina', 'AR']]],
];

describe('findCountries', () => {
  it.each(rows)('when the text is "%s", then it finds %j', (text, expected) => {
    expect(findCountries(text).map((c) => [text.slice(c.span.start, c.span.end), c.code])).toEqual(expected);
  });
});
