import { describe, expect, it } from 'vitest';
import { findOrganizations } from './organizations';
import { embeddedVocabulary } from './vocabulary';

type Row = [text: string, found: [string, string, string][]];
const rows: Row[] = [
  [
    'en el marco de la 52º Asamblea General de la Organización de Estados Americanos y de the recent General Assembly of the United Nations',
    [
      ['Asamblea General de la Organización de Estados Americanos', 'OAS-GENERAL-ASSEMBLY', 'reference'],
      ['General Assembly of the United Nations', 'UNGA', 'vocabulary'],
    ],
  ],
  // A body's name inside a ministry's is the ministry: the Commonwealth only where it stands alone.
  [
    'the Minister of State for the Foreign and Commonwealth Office met experts from across the Commonwealth',
    [['Commonwealth', 'COMMONWEALTH', 'reference']],
  ],
  [
    'fue electo Secretario General de la Conferencia Iberoamericana; asistió la Comisión Europea',
    [
      ['Conferencia Iberoamericana', 'IBERO-AMERICAN-CONFERENCE', 'reference'],
      ['Comisión Europea', 'EC', 'reference'],
    ],
  ],
  // The Assembly without "General"; the Alliance for Development in Democracy by its name (its acronym is a word).
  [
    'en el marco de la 73ª Asamblea de las Naciones Unidas y de la Alianza para el Desarrollo en Democracia',
    [
      ['Asamblea de las Naciones Unidas', 'UNGA', 'vocabulary'],
      ['Alianza para el Desarrollo en Democracia', 'ADD', 'reference'],
    ],
  ],
  ['presentó ante el Consejo Permanente de la OEA la propuesta peruana', [['OEA', 'OAS', 'vocabulary']]],
  [
    'el Alto Comisionado de las Naciones Unidas para los Refugiados (ACNUR) y la ONU',
    [
      ['Alto Comisionado de las Naciones Unidas para los Refugiados', 'UNHCR', 'vocabulary'],
      ['ACNUR', 'UNHCR', 'vocabulary'],
      ['ONU', 'UN', 'vocabulary'],
    ],
  ],
  [
    'miembro del Consejo de la Organización Marítima Internacional (OMI)',
    [
      ['Organización Marítima Internacional', 'IMO', 'vocabulary'],
      ['OMI', 'IMO', 'vocabulary'],
    ],
  ],
  [
    'the Andean Community (CAN) and the Pacific Alliance',
    [
      ['Andean Community', 'CAN', 'vocabulary'],
      ['CAN', 'CAN', 'vocabulary'],
      ['Pacific Alliance', 'PACIFIC-ALLIANCE', 'vocabulary'],
    ],
  ],
  ['We can meet in Lima.', []],
  ['AP reported that the talks went well.', []],
  [
    'la Organización del Café Andino Internacional (OCAI) y la OCAI',
    [
      ['Organización del Café Andino Internacional (OCAI)', 'OCAI', 'pattern'],
      ['OCAI', 'OCAI', 'pattern'],
    ],
  ],
  ['la Superintendencia Nacional de Migraciones (SNM)', []],
  [
    'At the VIII Summit of the Americas he met an envoy of the European External Action Service.',
    [
      ['Summit of the Americas', 'SUMMIT-OF-THE-AMERICAS', 'reference'],
      ['European External Action Service', 'EEAS', 'reference'],
    ],
  ],
  // Bodies of the summit process and of MERCOSUR, and a forum named in quotation marks.
  [
    'en el marco del Grupo de Revisión de la Implementación de Cumbres (GRIC) y del Foro de Consulta y Concertación Política del MERCOSUR',
    [
      ['Grupo de Revisión de la Implementación de Cumbres', 'SIRG', 'reference'],
      ['GRIC', 'SIRG', 'reference'],
      ['Foro de Consulta y Concertación Política del MERCOSUR', 'MERCOSUR-FCCP', 'reference'],
    ],
  ],
  [
    'he will attend the "Ancient Civilizations Forum," in Beijing',
    [['Ancient Civilizations Forum', 'ANCIENT-CIVILIZATIONS-FORUM', 'reference']],
  ],
  // A body's name that opens a longer body's name is the longer one's: proposed as it is written.
  [
    'Chile joined the United Nations Multi-Donor Fund and the European Union Trust Fund for Colombia.',
    [
      ['United Nations Multi-Donor Fund', 'UNITED-NATIONS-MULTI-DONOR-FUND', 'pattern'],
      ['European Union Trust Fund', 'EUROPEAN-UNION-TRUST-FUND', 'pattern'],
    ],
  ],
  [
    'el Perú será sede de la XI Conferencia Iberoamericana de Ministros de Trabajo y Seguridad Social',
    [
      [
        'Conferencia Iberoamericana de Ministros de Trabajo y Seguridad Social',
        'CONFERENCIA-IBEROAMERICANA-DE-MINISTROS-DE-TRABAJO-Y-SEGURIDAD-SOCIAL',
        'pattern',
      ],
    ],
  ],
  ['la XIX Cumbre Presidencial Andina', [['Cumbre Presidencial Andina', 'ANDEAN-PRESIDENTIAL-COUNCIL', 'reference']]],
  // A long acronym written as a word, with one capital, as Spanish writes it; not in lower case.
  [
    'el próximo encuentro Celac, la Unasur y la Cepal; celac en minúsculas no',
    [
      ['Celac', 'CELAC', 'vocabulary'],
      ['Unasur', 'UNASUR', 'reference'],
      ['Cepal', 'ECLAC', 'vocabulary'],
    ],
  ],
  // The OAS's own organs by name; their acronyms alone are too ambiguous to count.
  [
    'met the Inter-American Juridical Committee and the Inter-American Commission of Women; the CIM and the CJI',
    [
      ['Inter-American Juridical Committee', 'IAJC', 'reference'],
      ['Inter-American Commission of Women', 'CIM', 'reference'],
      ['CIM', 'CIM', 'reference'],
      ['CJI', 'IAJC', 'reference'],
    ],
  ],
  ['la CIM y el CJI', []],
  [
    'the Andean Council of Foreign Affairs Ministers met in Lima',
    [['Andean Council of Foreign Affairs Ministers', 'ANDEAN-COUNCIL-OF-FOREIGN-MINISTERS', 'reference']],
  ],
  // A capitalised name with "Cumbres"/"Summits" and its acronym is intergovernmental, as the summits are.
  [
    'el Comité de Seguimiento de Cumbres (CSC) se reunió',
    [['Comité de Seguimiento de Cumbres (CSC)', 'CSC', 'pattern']],
  ],
];

describe('findOrganizations', () => {
  it.each(rows)('when the text is "%s", then it finds %j', (text, expected) => {
    const found = findOrganizations(text, embeddedVocabulary).map((o) => [
      text.slice(o.span.start, o.span.end),
      o.id,
      o.source,
    ]);
    expect(found).toEqual(expected);
  });
});
