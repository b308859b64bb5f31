import { describe, expect, it } from 'vitest';
import { findCountries } from './countries';
import { findPeople } from './people';

type Row = [text: string, found: [name: string, role: Record<string, string>, country?: string][]];
const rows: Row[] = [
  // A counterpart is a role, its country from the demonym before it; a plural one names a list.
  [
    'Kuczynski met with Chilean counterpart Michelle Bachelet in Lima.',
    [['Michelle Bachelet', { en: 'counterpart', es: 'homólogo' }, 'CL']],
  ],
  [
    'Vizcarra recibirá a sus homólogos Evo Morales, Iván Duque y Lenín Moreno.',
    [
      ['Evo Morales', { es: 'homólogos', en: 'counterparts' }],
      ['Iván Duque', { es: 'homólogos', en: 'counterparts' }],
      ['Lenín Moreno', { es: 'homólogos', en: 'counterparts' }],
    ],
  ],
  // A second portfolio joined by "and", and words of address after it, stand between the role and the name.
  [
    'He was hosted to lunch by Deputy Prime Minister and Minister for Finance Mr Tharman Shanmugaratnam.',
    [['Tharman Shanmugaratnam', { en: 'Minister', es: 'ministro' }]],
  ],
  [
    'He also met with Minister for Foreign Affairs and Minister for Law K Shanmugam.',
    [['K Shanmugam', { en: 'Minister', es: 'ministro' }]],
  ],
  // A country's name that only begins the name after a role is a given name; one that is the whole run is no one.
  [
    'Blinken will meet with Vice President Francia Marquez and with the President of Peru.',
    [['Francia Marquez', { en: 'Vice President', es: 'vicepresidente' }]],
  ],
  [
    'Se reunió con la vicepresidenta Francia Márquez.',
    [['Francia Márquez', { es: 'vicepresidenta', en: 'Vice President' }]],
  ],
  // A state's long name after the role is the state's, not a person's: the person follows it.
  [
    'Recibió al presidente de la República Oriental del Uruguay, Luis Lacalle Pou, en el aeropuerto.',
    [['Luis Lacalle Pou', { es: 'presidente de la República', en: 'President of the Republic' }, 'UY']],
  ],
  [
    'Lo recibió la secretaria de Estado de Cooperación del Gobierno español, Susana Sumelzo, junto al encargado de Negocios de Estados Unidos, John McNamara.',
    [
      ['Susana Sumelzo', { es: 'secretaria de Estado', en: 'Secretary of State' }, 'ES'],
      ['John McNamara', { es: 'encargado de Negocios', en: 'Chargé d’Affaires' }, 'US'],
    ],
  ],
  // A name ends at a line break: a headline's last words and the text's first are not one name.
  [
    'Minister Ruiz speaks with President of Colombia Iván Duque Márquez\n\nToday, Minister Ruiz spoke with him.',
    [
      ['Ruiz', { en: 'Minister', es: 'ministro' }],
      ['Iván Duque Márquez', { en: 'President', es: 'presidente' }, 'CO'],
      ['Ruiz', { en: 'Minister', es: 'ministro' }],
    ],
  ],
  // …nor does a role that ends a headline take a word of the next line for a name.
  [
    'Minister speaks with President\n\nToday, Minister Ana Ruiz spoke with him.',
    [['Ana Ruiz', { en: 'Minister', es: 'ministro' }]],
  ],
  // Words of address are not the name; a place that opens the sentence is not a name before a role.
  [
    'The Minister for Foreign Affairs, Senator the Hon Penny Wong, will visit Chile.',
    [['Penny Wong', { en: 'Minister', es: 'ministro' }]],
  ],
  [
    'In Mexico City, the Secretary will meet with President Claudia Sheinbaum.',
    [['Claudia Sheinbaum', { en: 'President', es: 'presidente' }]],
  ],
  // Portfolios listed after the role's comma are the role's; the name follows them.
  [
    'El ministro de Relaciones Exteriores, Comercio Internacional y Culto, Gerardo Werthein, acompañó al presidente Javier Milei.',
    [
      ['Gerardo Werthein', { es: 'ministro de Relaciones Exteriores', en: 'Minister of Foreign Affairs' }],
      ['Javier Milei', { es: 'presidente', en: 'President' }],
    ],
  ],
  [
    'Se reunió con el canciller argentino, Pablo Quirno, y con el canciller chileno Alberto van Klaveren.',
    [
      ['Pablo Quirno', { es: 'canciller', en: 'Foreign Minister' }, 'AR'],
      ['Alberto van Klaveren', { es: 'canciller', en: 'Foreign Minister' }, 'CL'],
    ],
  ],
  [
    "They welcomed Foreign Minister Anita Anand’s visit and Secretary Rubio's remarks.",
    [
      ['Anita Anand', { en: 'Foreign Minister', es: 'canciller' }],
      ['Rubio', { en: 'Secretary', es: 'secretario' }],
    ],
  ],
  [
    'She will meet with Marcelo Ebrard, the incoming Secretary of Economy, and with Alicia Bárcena, current Secretary of Foreign Affairs.',
    [
      ['Marcelo Ebrard', { en: 'Secretary', es: 'secretario' }],
      ['Alicia Bárcena', { en: 'Secretary of Foreign Affairs', es: 'secretario de Relaciones Exteriores' }],
    ],
  ],
  [
    'La delegación estuvo compuesta por la segunda secretaria Guadalupe Jara y el Secretario de Relaciones Exteriores, Luis Videgaray Caso.',
    [
      ['Guadalupe Jara', { es: 'segunda secretaria', en: 'Second Secretary' }],
      ['Luis Videgaray Caso', { es: 'Secretario de Relaciones Exteriores', en: 'Secretary of Foreign Affairs' }],
    ],
  ],
  [
    // No comma: the complement ends at the last word of a portfolio a name follows; "(S)" for an acting official.
    'He also met Minister for Sustainability and the Environment and Minister-in-charge of Trade Relations Grace Fu, then the Undersecretary of Foreign Affairs (S) Patricio Torres.',
    [
      ['Grace Fu', { en: 'Minister', es: 'ministro' }],
      ['Patricio Torres', { en: 'Undersecretary of Foreign Affairs', es: 'subsecretario de Relaciones Exteriores' }],
    ],
  ],
  [
    // A plural role names two; a Spanish role listed in both spellings is read in lower case.
    'Met the directors of both ministries, Ana Paz and Luis Vera, and el director general de Asuntos Consulares, Raúl Sanhueza.',
    [
      ['Ana Paz', { es: 'directors', en: 'Directors' }],
      ['Luis Vera', { es: 'directors', en: 'Directors' }],
      ['Raúl Sanhueza', { es: 'director general', en: 'Director-General' }],
    ],
  ],
  [
    'Secretary of State Rex W. Tillerson will travel on Monday.',
    [['Rex W. Tillerson', { en: 'Secretary of State', es: 'secretario de Estado' }]],
  ],
  [
    'She will meet Foreign Minister of the Republic of Colombia Ana Ruiz, who is visiting Seoul.',
    [['Ana Ruiz', { en: 'Foreign Minister', es: 'canciller' }, 'CO']],
  ],
  [
    // A city's name as a surname after a role (Trujillo is a Peruvian city).
    'Foreign Minister Trujillo will make his first official visit.',
    [['Trujillo', { en: 'Foreign Minister', es: 'canciller' }]],
  ],
  [
    "She will also meet Ana Ruiz, Chile's president-elect, in Santiago.",
    [['Ana Ruiz', { en: 'president-elect', es: 'presidente electo' }, 'CL']],
  ],
  [
    'El ministro de Relaciones Exteriores, Hugo de Zela, presentó la propuesta.',
    [['Hugo de Zela', { es: 'ministro de Relaciones Exteriores', en: 'Minister of Foreign Affairs' }]],
  ],
  [
    'el canciller De Zela sostuvo una reunión con el secretario de Estado de los Estados Unidos, Marco Rubio, en la que',
    [
      ['De Zela', { es: 'canciller', en: 'Foreign Minister' }],
      ['Marco Rubio', { es: 'secretario de Estado', en: 'Secretary of State' }, 'US'],
    ],
  ],
  [
    'Secretary of State Marco Rubio and Foreign Minister Hugo de Zela of Peru met today.',
    [
      ['Marco Rubio', { en: 'Secretary of State', es: 'secretario de Estado' }],
      ['Hugo de Zela', { en: 'Foreign Minister', es: 'canciller' }, 'PE'],
    ],
  ],
  [
    'Carolina Valdivia, Undersecretary of Foreign Affairs, headed the meeting.',
    [['Carolina Valdivia', { en: 'Undersecretary of Foreign Affairs', es: 'subsecretario de Relaciones Exteriores' }]],
  ],
  ['The Secretary also emphasized the partnership.', []],
];

describe('findPeople', () => {
  it.each(rows)('when the text is "%s", then it finds %j', (text, expected) => {
    const found = findPeople(text, findCountries(text)).map((p) =>
      p.country ? [p.name, p.role, p.country] : [p.name, p.role],
    );
    expect(found).toEqual(expected);
  });
});
