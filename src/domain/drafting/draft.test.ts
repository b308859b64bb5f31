import { describe, expect, it } from 'vitest';
import { draftRelease, proposeReleaseDateFromText } from './draft';
import { draftsFileSchema } from './draftsFile';

// Paragraphs of Nota de Prensa 304-25 (Cancillería del Perú, 10 Dec 2025) and of the State Department's readout
// of 5 Dec 2025, as published: the engine is measured on real wording.
const ES = [
  'En segundo mes de gestión de Gobierno Cancillería impulsó una agenda centrada en alianzas',
  '10 de diciembre de 2025',
  'Durante su visita a Washington D. C., el canciller De Zela sostuvo una reunión con el secretario de Estado de los Estados Unidos, Marco Rubio, en la que ambos confirmaron la cooperación estratégica bilateral para combatir el crimen organizado y el narcotráfico. El secretario de Estado, además, aceptó realizar una visita oficial al Perú durante el primer trimestre del próximo año.',
  'En el plano multilateral, el país fue reelegido como miembro del Consejo de la Organización Marítima Internacional (OMI) para el período 2026–2027.',
].join('\n\n');
const EN = [
  "Secretary Rubio's Meeting With Peruvian Foreign Minister De Zela",
  'The below is attributable to Principal Deputy Spokesperson Tommy Pigott:',
  'Secretary of State Marco Rubio and Foreign Minister Hugo de Zela of Peru met today to discuss ongoing efforts to fight transnational criminal organizations and strengthen security in our region.',
].join('\n\n');

describe('draftRelease', () => {
  describe('when given a Spanish release with a dateline and no release date', () => {
    const r = draftRelease({ text: ES, issuer: 'Ministerio de Relaciones Exteriores del Perú' });
    it('then it takes the release date from the dateline and says so', () => {
      expect(r.ok && r.file.release.date).toBe('2025-12-10');
      expect(r.notices.map((n) => n.code)).toContain('release-date-from-dateline');
    });
    it('then it drafts the meeting, the planned visit and the election, the visit dated by its quarter', () => {
      if (!r.ok) throw new Error(r.error.code);
      const drafts = r.file.drafts.map((d) => [d.type, d.status, d.date, d.datePrecision, d.source.paragraph]);
      expect(drafts).toEqual([
        ['bilateral-meeting', 'held', null, null, 1],
        ['official-visit', 'planned', '2026-01-01', 'quarter', 1],
        ['election-international-body', 'held', null, null, 2],
      ]);
      expect(r.file.drafts[0]?.countries).toEqual(['US']);
      expect(r.file.drafts[0]?.actors.map((a) => a.name)).toEqual(['De Zela', 'Marco Rubio']);
      expect(r.file.drafts[2]?.organizations).toEqual(['IMO']);
    });
    it('then the mentions list every country and body, Peru included', () => {
      if (!r.ok) throw new Error(r.error.code);
      expect(r.file.mentions.countries).toEqual(['PE', 'US']);
      expect(r.file.mentions.organizations).toEqual([
        { id: 'IMO', names: ['Organización Marítima Internacional', 'OMI'] },
      ]);
    });
    it('then every evidence span points at the words it rests on, and the file passes its schema', () => {
      if (!r.ok) throw new Error(r.error.code);
      const visit = r.file.drafts[1];
      const [span] = visit?.evidence.date ?? [];
      expect(span && r.text.slice(span.start, span.end)).toBe('durante el primer trimestre del próximo año');
      expect(draftsFileSchema.safeParse(r.file).success).toBe(true);
    });
  });

  describe('when given an English readout', () => {
    const r = draftRelease({ text: EN, releaseDate: '2025-12-05', issuer: 'U.S. Department of State' });
    it('then "today" dates the meeting and the home country is the issuer\'s', () => {
      if (!r.ok) throw new Error(r.error.code);
      expect(r.file.drafts).toHaveLength(1);
      const [d] = r.file.drafts;
      expect([d?.type, d?.status, d?.date, d?.datePrecision]).toEqual([
        'bilateral-meeting',
        'held',
        '2025-12-05',
        'day',
      ]);
      expect(d?.countries).toEqual(['PE']);
      expect(d?.themes).toEqual(expect.arrayContaining(['organized-crime']));
    });
  });

  describe("when a person's given name is a country's", () => {
    it('then the person is a participant and the country is not mentioned', () => {
      const r = draftRelease({
        text: 'Headline\n\nSecretary Blinken will meet with President Gustavo Petro and Vice President Francia Marquez in Bogota on October 3.',
        releaseDate: '2022-10-01',
        issuer: 'U.S. Department of State',
      });
      if (!r.ok) throw new Error(r.error.code);
      expect(r.file.mentions.countries).not.toContain('FR');
      expect(r.file.drafts[0]?.actors.map((a) => a.name)).toContain('Francia Marquez');
    });
  });

  describe('when the input is bad', () => {
    const errorOf = (input: Parameters<typeof draftRelease>[0]) => {
      const r = draftRelease(input);
      return r.ok ? undefined : r.error;
    };
    it.each([
      ['empty', 'empty', ''],
      ['whitespace', 'empty', ' \n\t '],
      ['binary junk', 'binary', 'PK\u0003\u0004\u0000\u0000\u0001junk'],
      ['over 2 MB', 'too-large', 'el canciller se reunió. '.repeat(100_000)],
    ])('then %s text gives the error %s', (_, code, text) => {
      expect(errorOf({ text, releaseDate: '2025-12-10' })?.code).toBe(code);
    });
    it('then a Portuguese text is refused, naming the language', () => {
      const pt =
        'O ministro das Relações Exteriores recebeu hoje o embaixador, com quem conversou sobre a cooperação entre os dois países e também sobre os desafios da região.';
      expect(errorOf({ text: pt, releaseDate: '2025-12-10' })).toEqual({
        code: 'unsupported-language',
        detected: 'pt',
      });
    });
    it('then a missing date without a dateline, or an invalid date, is an error', () => {
      expect(errorOf({ text: EN })?.code).toBe('release-date-missing');
      expect(errorOf({ text: EN, releaseDate: '2025-02-30' })?.code).toBe('release-date-invalid');
    });
    it('then markup is read as text with a notice, and a text with no activity says so', () => {
      const r = draftRelease({
        text: '<script>alert(1)</script> El Perú expresa su condena y rechazo al terrorismo en todas sus formas.',
        releaseDate: '2025-12-10',
      });
      expect(r.ok).toBe(true);
      expect(r.notices.map((n) => n.code)).toEqual(['markup-as-text', 'no-activity']);
    });
  });
});

describe('proposeReleaseDateFromText', () => {
  it.each([
    ['a Spanish dateline', ES, '2025-12-10'],
    ['an English text without a dateline', EN, undefined],
    ['an empty text', '', undefined],
  ])('when given %s, then it proposes %s', (_, text, date) => {
    expect(proposeReleaseDateFromText(text)).toBe(date);
  });
});

describe('draftRelease, on what a statement says of itself', () => {
  const drafts = (text: string, releaseDate: string) => {
    const r = draftRelease({ text, releaseDate });
    if (!r.ok) throw new Error(r.error.code);
    return r.file.drafts.map((d) => [d.type, d.status, d.date, d.datePrecision, d.endDate ?? null]);
  };

  // Each row: what it shows, the release's paragraphs, its date, and the drafts (type, status, date, precision, end).
  it.each([
    [
      'a trip dated in a release that "informó hoy" keeps its own dates, announced',
      [
        'Visita oficial a Chile',
        'La ministra Ana Ruiz efectuará una visita oficial a Chile los días 5 y 6 de febrero próximo, informó hoy la Cancillería.',
      ],
      '2018-01-26',
      [['official-visit', 'announced', '2018-02-05', 'range', '2018-02-06']],
    ],
    [
      'a trip the minister "today announced" with its dates is dated by them, not by today',
      [
        'Minister to travel to Ecuador',
        'The Minister of Foreign Affairs, Ana Ruiz, today announced that she will travel to Quito, Ecuador, from June 25 to 27.',
      ],
      '2024-06-20',
      [['official-visit', 'announced', '2024-06-25', 'range', '2024-06-27']],
    ],
    [
      'a later activity word that is recalled ("since the inauguration … in August") is background',
      [
        'Minister to visit Korea',
        'Foreign Minister Ana Ruiz will make an official visit to Korea from December 15 to 19, her first since the inauguration of the new government in August.',
      ],
      '2018-12-13',
      [['official-visit', 'announced', '2018-12-15', 'range', '2018-12-19']],
    ],
    [
      'ministers who "mantuvieron un encuentro" held a meeting',
      [
        'Encuentro de cancilleres',
        'Los cancilleres de Paraguay y Bolivia, Ana Ruiz y Luis Paz, hoy, en Ciudad de México, mantuvieron un encuentro.',
      ],
      '2021-07-23',
      [['bilateral-meeting', 'held', '2021-07-23', 'day', null]],
    ],
    [
      'a speaker quoted talking of "hoy" and a meeting adds no activity and no date',
      [
        'Consultas entre Bolivia y Chile',
        'La viceministra Ana Ruiz sostuvo una reunión bilateral con el viceministro de Bolivia, Juan Ríos, en La Paz.',
        '“Con esta reunión de trabajo que hoy celebramos damos un paso más en nuestra relación”, afirmó la viceministra.',
        'La reunión sirvió para revisar la agenda de cooperación fronteriza.',
      ],
      '2023-02-14',
      [['bilateral-meeting', 'held', null, null, null]],
    ],
    [
      'later paragraphs that open with "The two Ministers" or "They" and only discuss describe the call',
      [
        'Foreign Minister Ana Ruiz spoke to Chile’s Foreign Minister Luis Paz on 4 June.',
        'The two Ministers discussed their trade ties.',
        'They also discussed the situation in the region.',
      ],
      '2020-06-05',
      [['phone-call', 'held', '2020-06-04', 'day', null]],
    ],
    [
      'after a meeting, "acordaron reunirse nuevamente" with a date of its own is the next meeting, planned',
      [
        'Vicecancilleres en Bogotá',
        'Los vicecancilleres de Colombia y Perú se reunieron hoy en Bogotá para revisar la agenda bilateral. Las delegaciones acordaron reunirse nuevamente en el primer trimestre de 2026 en Lima.',
      ],
      '2025-08-08',
      [
        ['bilateral-meeting', 'held', '2025-08-08', 'day', null],
        ['bilateral-meeting', 'planned', '2026-01-01', 'quarter', null],
      ],
    ],
    [
      'a reception told as done before the event the guest came for, still to come, are two activities',
      [
        'Canciller recibe a comisaria europea',
        'El canciller Luis Paz recibió esta mañana en Torre Tagle a la comisaria europea Ana Ruiz, quien llegó al Perú para participar en el Diálogo de Alto Nivel Perú–Unión Europea, que se realizará mañana jueves.',
      ],
      '2025-10-15',
      [
        ['bilateral-meeting', 'held', '2025-10-15', 'day', null],
        ['multilateral-meeting', 'announced', '2025-10-16', 'day', null],
      ],
    ],
    [
      'a visit of two days "concluded" today ended today',
      [
        'Minister concludes visit to Chile',
        'Today, Foreign Minister Ana Ruiz concluded a two-day visit to Chile, where she met her Chilean counterpart.',
      ],
      '2025-11-05',
      // The meeting "where" she went is within the visit: its two days, not only the last.
      [
        ['official-visit', 'held', '2025-11-04', 'range', '2025-11-05'],
        ['bilateral-meeting', 'held', '2025-11-04', 'range', '2025-11-05'],
      ],
    ],
    [
      'a presidency that convenes a meeting is not itself an activity; a proposal presented with words between',
      [
        'Reunión de la CELAC',
        'El canciller participó hoy, de manera virtual, en la Reunión de Cancilleres de la CELAC, convocada por la Presidencia Pro Tempore de Colombia.',
        'La Misión Permanente del Perú presentó ayer, en la sesión del Consejo Permanente de la OEA, una propuesta para combatir el crimen organizado.',
      ],
      '2026-02-03',
      [
        ['multilateral-meeting', 'held', '2026-02-03', 'day', null],
        ['proposal-multilateral', 'held', '2026-02-02', 'day', null],
      ],
    ],
    [
      'a telephone talk is a call',
      [
        'Telephone talk',
        'On April 10, Foreign Minister Ana Ruiz held a telephone talk with Mr. Juan Ríos, Minister of Foreign Affairs of Chile.',
      ],
      '2025-04-11',
      [['phone-call', 'held', '2025-04-10', 'day', null]],
    ],
    [
      'a meeting "que se realizará del 25 al 27" is dated by that clause, not by the day of the trip to it',
      [
        'Viaje a Asunción',
        'La ministra viajará el 24 de junio a Asunción para participar en la Asamblea General de la OEA, que se realizará del 25 al 27 de junio.',
      ],
      '2025-04-11',
      [['multilateral-meeting', 'announced', '2025-06-25', 'range', '2025-06-27']],
    ],
    [
      'the same capitalised event named again on its day is one, whoever attends it',
      [
        'Minister at the EU-LAC meeting',
        'Minister Ana Ruiz is visiting Spain today to attend a meeting of EU and Latin American foreign ministers.',
        'The meeting is being held in advance of the EU-LAC Summit in Madrid on Tuesday 18 May.',
        'Travelling with the Minister is Deputy Minister Juan Ríos, who will represent the country at the Summit on the 18th.',
      ],
      '2010-05-17',
      [
        ['institutional-meeting', 'held', '2010-05-17', 'day', null],
        ['multilateral-meeting', 'announced', '2010-05-18', 'day', null],
      ],
    ],
    [
      'a programme told day by day: each meeting its day, a date before the next activity word is that word’s',
      [
        'Agenda de la ministra',
        'La ministra Ana Ruiz se reunirá el lunes 2 de marzo en Bruselas con el canciller belga. El martes 3 sostendrá un encuentro con empresarios europeos y el miércoles 4 viajará a Madrid.',
      ],
      '2026-03-01',
      [
        ['bilateral-meeting', 'announced', '2026-03-02', 'day', null],
        ['bilateral-meeting', 'announced', '2026-03-03', 'day', null],
        ['official-visit', 'announced', '2026-03-04', 'day', null],
      ],
    ],
    [
      'the summit that frames the meetings is not the meetings’ word ("En el marco de la cumbre, … sostuvo reuniones")',
      [
        'Cumbre en Madrid',
        'La ministra Ana Ruiz participó el 15 de noviembre en la Cumbre Iberoamericana, realizada en Madrid. En el marco de la cumbre, la ministra sostuvo reuniones bilaterales con el canciller de Chile.',
      ],
      '2025-11-25',
      [
        ['multilateral-meeting', 'held', '2025-11-15', 'day', null],
        ['bilateral-meeting', 'held', '2025-11-15', 'day', null],
      ],
    ],
    [
      'an exchange of notes is a signing; a ministerial "hosted by" someone is a meeting attended',
      [
        'Deputy Secretary meets Foreign Minister',
        'Deputy Secretary Ana Ruiz met with Foreign Minister Juan Ríos today in Lima. They also exchanged diplomatic notes to implement the Search and Rescue Agreement. The Deputy Secretary thanked the Foreign Minister for his participation in the COVID-19 ministerial hosted by Secretary Luis Paz today.',
      ],
      '2021-11-10',
      [
        ['bilateral-meeting', 'held', '2021-11-10', 'day', null],
        ['agreement-signing', 'held', '2021-11-10', 'day', null],
        ['multilateral-meeting', 'held', '2021-11-10', 'day', null],
      ],
    ],
    [
      'military honours told in three paragraphs are one act; what follows "Al término de los honores" is that day',
      [
        'Visita de Estado',
        'En el Palacio Real en Madrid fueron recibidos este domingo, 1 de marzo, con honores militares la presidenta Ana Ruiz y el canciller Luis Paz.',
        'Durante la ceremonia se rindieron honores militares y se interpretaron los himnos nacionales.',
        'Al término de los honores militares, los reyes y la presidenta se trasladaron al Palacio de La Zarzuela, donde sostuvieron un encuentro.',
      ],
      '2015-03-01',
      [
        ['diplomatic-protocol', 'held', '2015-03-01', 'day', null],
        ['bilateral-meeting', 'held', '2015-03-01', 'day', null],
      ],
    ],
    [
      '"El encuentro … fue con" is a meeting, dated by a day written in words',
      [
        'Cancilleres en Washington',
        'Los cancilleres de la región promovieron el martes dos de marzo en Washington su alianza. El encuentro central fue con el secretario de Estado, Luis Paz.',
      ],
      '2022-03-03',
      [['bilateral-meeting', 'held', '2022-03-02', 'day', null]],
    ],
    [
      'of two ranges, one inside the other, the inner one dates the activity',
      [
        'Minister to visit Brazil',
        'The Minister, Ana Ruiz, will travel to Brazil this week, from 18 to 21 June, to meet Foreign Minister Mauro Vieira.',
      ],
      '2025-06-16',
      [['official-visit', 'announced', '2025-06-18', 'range', '2025-06-21']],
    ],
    [
      'a meeting agreed on after a signing, in the same sentence, is another activity with its own tense and date',
      [
        'Cancilleres en Quito',
        'Los cancilleres del Perú y Ecuador se reunieron en Quito el 9 y 10 de diciembre de 2025. Suscribieron cuatro acuerdos sobre desarrollo fronterizo y acordaron celebrar la próxima reunión en Lima en 2026.',
      ],
      '2025-12-10',
      [
        ['bilateral-meeting', 'held', '2025-12-09', 'range', '2025-12-10'],
        ['agreement-signing', 'held', '2025-12-09', 'range', '2025-12-10'],
        ['bilateral-meeting', 'planned', '2026-01-01', 'range', '2026-12-31'],
      ],
    ],
    [
      'a paragraph that opens on the programme ("La agenda contempla también…") lists more of the day just given',
      [
        'Visita del presidente de Chile',
        'La agenda de este sábado 14 de mayo prevé una reunión bilateral con el presidente Luis Paz en el Palacio de Gobierno.',
        'La agenda contempla también un almuerzo oficial ofrecido por la Cámara de Comercio.',
      ],
      '2022-05-14',
      [
        ['bilateral-meeting', 'announced', '2022-05-14', 'day', null],
        ['diplomatic-protocol', 'announced', '2022-05-14', 'day', null],
      ],
    ],
  ])('when %s', (_what, paragraphs, releaseDate, expected) => {
    expect(drafts(paragraphs.join('\n\n'), releaseDate)).toEqual(expected);
  });

  it('when the issuer is known, then a visit to a country abroad is a trip abroad and one to the home country a visit received', () => {
    const issuer = 'Ministerio de Relaciones Exteriores del Perú';
    const trip = (where: string) => {
      const text = `Viaje del canciller\n\nEl canciller Luis Paz viajará a ${where} el 5 de marzo para reunirse con autoridades.`;
      const r = draftRelease({ text, releaseDate: '2026-02-20', issuer });
      if (!r.ok) throw new Error(r.error.code);
      return r.file.drafts.map((d) => d.type);
    };
    expect(trip('Santiago de Chile')).toEqual(['visit-abroad']);
    expect(trip('Bolivia')).toEqual(['visit-abroad']);
    expect(trip('Arequipa, en el sur del Perú')).toEqual(['official-visit']);
    // Without an issuer the home country is a guess (the first country named), so the type is left as found.
    const text =
      'Viaje del canciller\n\nEl canciller Luis Paz viajará a Bolivia el 5 de marzo para reunirse con autoridades.';
    const r = draftRelease({ text, releaseDate: '2026-02-20' });
    if (!r.ok) throw new Error(r.error.code);
    expect(r.file.drafts.map((d) => d.type)).toEqual(['official-visit']);
  });

  it('when a meeting was held "a través de videoconferencia", then it is one activity, a call', () => {
    const text = [
      'Reunión de viceministros',
      'El viceministro Luis Paz sostuvo una reunión bilateral, a través de videoconferencia, con el viceministro de Bolivia, Juan Ríos.',
    ].join('\n\n');
    expect(drafts(text, '2023-02-14').map(([type, status]) => [type, status])).toEqual([['phone-call', 'held']]);
  });

  it('when the release quotes a short phrase of its own report, then the activity in it still counts', () => {
    const text = [
      'Canciller en Montevideo',
      'El canciller Luis Paz se reunió con su par uruguaya, Ana Ruiz, en Montevideo.',
      'Con su par acordó “una visita oficial en el corto plazo” a Lima.',
    ].join('\n\n');
    expect(drafts(text, '2018-08-08').map(([type]) => type)).toEqual(['bilateral-meeting', 'official-visit']);
  });
  it('when a named event is told in a clause that starts at its last word, then its title carries the whole name', () => {
    const text =
      "Headline\n\nThe minister held a meeting with his Chilean counterpart on Tuesday, within the framework of the Asia-Pacific Economic Cooperation (APEC) Leaders' Meeting that will take place in San Francisco this week.\n\nHe then attended the 11th Peru-Ecuador Binational Cabinet.";
    const r = draftRelease({ text, releaseDate: '2023-11-15' });
    if (!r.ok) throw new Error(r.error.code);
    expect(r.file.drafts.map((d) => d.title.en)).toEqual([
      'The minister held a meeting with his Chilean counterpart on Tuesday, within the framework of the Asia-Pacific…',
      "Asia-Pacific Economic Cooperation (APEC) Leaders' Meeting that will take place in San Francisco this week.",
      'He then attended the 11th Peru-Ecuador Binational Cabinet.',
    ]);
  });
});
