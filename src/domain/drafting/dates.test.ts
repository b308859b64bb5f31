import { describe, expect, it } from 'vitest';
import { findDates, yearsAfterBodies } from './dates';

// Sentences in the style of foreign-ministry releases; release date 10 Dec 2025 (a Wednesday).
const RELEASE = '2025-12-10';
type Row = [lang: 'es' | 'en', text: string, found: [string, string, string | undefined, string][]];
const rows: Row[] = [
  // A part of today: noon and the small hours too.
  ['es', 'el canciller este mediodía recibió a su par', [['este mediodía', RELEASE, undefined, 'day']]],
  ['es', 'esta madrugada llegó a Lima', [['esta madrugada', RELEASE, undefined, 'day']]],
  ['en', 'the minister met him this noon in Lima', [['this noon', RELEASE, undefined, 'day']]],
  // A month placed by "próximo"/"pasado" or "next"/"last"; a day before it keeps its day.
  ['es', 'la Cumbre de las Américas de abril próximo', [['abril próximo', '2026-04-01', undefined, 'month']]],
  ['en', 'they met last March in Lima', [['last March', '2025-03-01', undefined, 'month']]],
  ['es', 'las elecciones serán el 20 de marzo próximo', [['20 de marzo', '2026-03-20', undefined, 'day']]],
  // Two weekdays joined are a range of that week.
  [
    'es',
    'realizará este jueves y viernes una visita',
    [['este jueves y viernes', '2025-12-11', '2025-12-12', 'range']],
  ],
  // A weekday may name each end of a range: "del lunes 3 al miércoles 5 de marzo".
  [
    'es',
    'viajará del lunes 12 al miércoles 14 de enero',
    [['del lunes 12 al miércoles 14 de enero', '2026-01-12', '2026-01-14', 'range']],
  ],
  [
    'es',
    'visitará Washington entre el próximo lunes, 29 de diciembre, y jueves, 1 de enero',
    [['entre el próximo lunes, 29 de diciembre, y jueves, 1 de enero', '2025-12-29', '2026-01-01', 'range']],
  ],
  [
    'en',
    'she will be in Washington from Monday, January 12, to Thursday, January 15',
    [['from Monday, January 12, to Thursday, January 15', '2026-01-12', '2026-01-15', 'range']],
  ],
  [
    'en',
    'between Monday 12 January and Thursday 15 January',
    [['between Monday 12 January and Thursday 15 January', '2026-01-12', '2026-01-15', 'range']],
  ],
  [
    'es',
    'se autorizó el viaje de la canciller entre los próximos lunes y jueves',
    [['entre los próximos lunes y jueves', '2025-12-15', '2025-12-18', 'range']],
  ],
  // A week of a month is a range of its seven days; the last week, the month's last seven.
  [
    'es',
    'Se acordó una visita oficial en la primera semana de marzo próximo.',
    [['en la primera semana de marzo', '2026-03-01', '2026-03-07', 'range']],
  ],
  [
    'en',
    'The talks will resume in the last week of February.',
    [['in the last week of February', '2026-02-22', '2026-02-28', 'range']],
  ],
  // An ordinal before a noun is no day ("the 13th meeting"); "hoy" between a former and a present name is "nowadays".
  ['en', 'They reviewed the follow-up on the 13th meeting of the consultations.', []],
  ['es', 'el Pacto Andino, como se le conocía en ese entonces, hoy Comunidad Andina, creció.', []],
  [
    'es',
    'El canciller se reunió el 3 de diciembre de 2025 con su homólogo.',
    [['3 de diciembre de 2025', '2025-12-03', undefined, 'day']],
  ],
  [
    'es',
    'La reunión se realizó el 25 de septiembre en Nueva York.',
    [['25 de septiembre', '2025-09-25', undefined, 'day']],
  ],
  ['es', 'Ayer el canciller recibió al embajador.', [['Ayer', '2025-12-09', undefined, 'day']]],
  ['es', 'Anteayer se instaló el comité.', [['Anteayer', '2025-12-08', undefined, 'day']]],
  ['es', 'La viceministra sostuvo, este día, un encuentro.', [['este día', '2025-12-10', undefined, 'day']]],
  ['es', 'Este miércoles se reunió con la delegación.', [['Este miércoles', '2025-12-10', undefined, 'day']]],
  ['es', 'La cumbre se realizará el 2 y 3 de junio.', [['2 y 3 de junio', '2026-06-02', '2026-06-03', 'range']]],
  [
    'es',
    'Se reunirán del 24 al 26 de octubre del presente año.',
    [['del 24 al 26 de octubre del presente año', '2025-10-24', '2025-10-26', 'range']],
  ],
  [
    'es',
    'aceptó realizar una visita oficial al Perú durante el primer trimestre del próximo año.',
    [['durante el primer trimestre del próximo año', '2026-01-01', undefined, 'quarter']],
  ],
  ['es', 'El foro tendrá lugar el próximo año.', [['el próximo año', '2026-01-01', '2026-12-31', 'range']]],
  // A month or a day with a year said in words: the month of that year, not the whole year or this year's month.
  [
    'es',
    'Las elecciones serán en noviembre de este año.',
    [['noviembre de este año', '2025-11-01', undefined, 'month']],
  ],
  ['es', 'La visita será en marzo del próximo año.', [['marzo del próximo año', '2026-03-01', undefined, 'month']]],
  ['es', 'Se firmó el 3 de marzo del año pasado.', [['3 de marzo del año pasado', '2024-03-03', undefined, 'day']]],
  ['en', 'The forum will meet in March of next year.', [['March of next year', '2026-03-01', undefined, 'month']]],
  ['es', 'La semana pasada se firmó el acuerdo.', [['La semana pasada', '2025-12-01', '2025-12-07', 'range']]],
  ['es', 'Hoy en día la cooperación es clave.', []],
  [
    'es',
    'Kast llegará al Perú en la primera quincena de enero.',
    [['en la primera quincena de enero', '2026-01-01', '2026-01-15', 'range']],
  ],
  [
    'es',
    'Las elecciones serán en la segunda quincena de febrero de 2026.',
    [['en la segunda quincena de febrero de 2026', '2026-02-16', '2026-02-28', 'range']],
  ],
  [
    'en',
    'The talks resume in the first half of March.',
    [['in the first half of March', '2026-03-01', '2026-03-15', 'range']],
  ],
  ['es', 'Se reunieron por la mañana.', []],
  ['es', 'fue reelegido para el período 2026–2027.', []],
  ['en', 'Secretary Rubio met today with the Foreign Minister.', [['today', RELEASE, undefined, 'day']]],
  [
    'en',
    'The Deputy Secretary met on September 25 with the minister.',
    [['September 25', '2025-09-25', undefined, 'day']],
  ],
  ['en', 'The ministers will meet June 2-3 in Lima.', [['June 2-3', '2026-06-02', '2026-06-03', 'range']]],
  ['en', 'He will travel next week.', [['next week', '2025-12-15', '2025-12-21', 'range']]],
  ['en', 'in the first quarter of 2026', [['in the first quarter of 2026', '2026-01-01', undefined, 'quarter']]],
  ['en', 'Spokesperson Tommy Friday said the talks may continue.', []],
  [
    'es',
    'La cumbre se realizó del 3 al 5 de diciembre en Lima.',
    [['del 3 al 5 de diciembre', '2025-12-03', '2025-12-05', 'range']],
  ],
  ['es', 'El canciller viajará el próximo lunes a Santiago.', [['el próximo lunes', '2025-12-15', undefined, 'day']]],
  ['es', 'La visita oficial será en enero.', [['en enero', '2026-01-01', undefined, 'month']]],
  [
    'en',
    'The forum is taking place between now and tomorrow in Santiago.',
    [['between now and tomorrow', RELEASE, '2025-12-11', 'range']],
  ],
  [
    'es',
    'El foro se desarrolla desde hoy hasta pasado mañana en Santiago.',
    [['desde hoy hasta pasado mañana', RELEASE, '2025-12-12', 'range']],
  ],
  [
    'es',
    'El canciller realiza una gira de trabajo hoy y mañana en Estados Unidos.',
    [['hoy y mañana', RELEASE, '2025-12-11', 'range']],
  ],
  ['en', 'The minister is in Brasília today and tomorrow.', [['today and tomorrow', RELEASE, '2025-12-11', 'range']]],
  // A fortnight named with its word after ("la quincena de inicio de enero"), as with its word before.
  [
    'es',
    'Visitará el Perú durante la quincena de inicio de enero de 2026.',
    [['durante la quincena de inicio de enero de 2026', '2026-01-01', '2026-01-15', 'range']],
  ],
  // A bare weekday in English running text ("signed Friday"), not a name ("Tommy Friday") nor before one.
  ['en', 'The agreement was signed Friday by the two ministers.', [['Friday', '2025-12-12', undefined, 'day']]],
  ['en', 'The talks with Ambassador Mary Friday Jones ended.', []],
  // Days of the release's month, without the month: a range.
  ['es', 'En Pekín, los días 8 y 9 participará en el foro.', [['los días 8 y 9', '2025-12-08', '2025-12-09', 'range']]],
  [
    'en',
    'He will be in Beijing on the 8th and 9th for the forum.',
    [['on the 8th and 9th', '2025-12-08', '2025-12-09', 'range']],
  ],
  // The days, not "from September": a preposition before the month does not make the month the better reading.
  ['en', 'He will travel to Guatemala from September 5-8.', [['September 5-8', '2025-09-05', '2025-09-08', 'range']]],
  [
    'es',
    'Entre hoy y ayer no hubo cambios.',
    [
      ['hoy', RELEASE, undefined, 'day'],
      ['ayer', '2025-12-09', undefined, 'day'],
    ],
  ],
  // A range closed by "till"; a bare day of the month ("on the 18th"): this month's, the release's being the 10th.
  [
    'en',
    'He will stay in Lima from December 15 till 19.',
    [['December 15 till 19', '2025-12-15', '2025-12-19', 'range']],
  ],
  [
    'en',
    'The minister will represent the UK at the Summit on the 18th.',
    [['on the 18th', '2025-12-18', undefined, 'day']],
  ],
  ['es', 'La cumbre se celebró el día 4 en Quito.', [['el día 4', '2025-12-04', undefined, 'day']]],
  [
    'es',
    'La cumbre será realizada en la República Dominicana, en el 2026.',
    [['en el 2026', '2026-01-01', '2026-12-31', 'range']],
  ],
  [
    'es',
    'Plantearon que se realice en el mes de junio de 2027.',
    [['en el mes de junio de 2027', '2027-06-01', undefined, 'month']],
  ],
  // A word after the weekdays places them as one before does; release 10 Dec 2025 is a Wednesday.
  ['es', 'Se reunirán el lunes próximo en Quito.', [['el lunes próximo', '2025-12-15', undefined, 'day']]],
  [
    'es',
    'Las consultas serán el lunes y martes próximos.',
    [['el lunes y martes próximos', '2025-12-15', '2025-12-16', 'range']],
  ],
  ['es', 'El viernes pasado se instaló la comisión.', [['El viernes pasado', '2025-12-05', undefined, 'day']]],
  // Listed days are one range from the first to the last; a pair across months within a week is one range too.
  ['es', 'La feria será el 9, 10 y 11 de enero.', [['9, 10 y 11 de enero', '2026-01-09', '2026-01-11', 'range']]],
  ['en', 'The fair runs on 9, 10 and 11 January.', [['9, 10 and 11 January', '2026-01-09', '2026-01-11', 'range']]],
  [
    'es',
    'La cumbre será el 30 de diciembre y el 1 de enero.',
    [['30 de diciembre y el 1 de enero', '2025-12-30', '2026-01-01', 'range']],
  ],
  [
    'en',
    'The round is held between 30 December and 2 January.',
    [['between 30 December and 2 January', '2025-12-30', '2026-01-02', 'range']],
  ],
  [
    'es',
    'Se reunió el 3 de octubre y el 1 de noviembre.',
    [
      ['3 de octubre', '2025-10-03', undefined, 'day'],
      ['1 de noviembre', '2025-11-01', undefined, 'day'],
    ],
  ],
  [
    'es',
    'La misión estará del 29 de diciembre al 2 de enero de 2027.',
    [['del 29 de diciembre al 2 de enero de 2027', '2026-12-29', '2027-01-02', 'range']],
  ],
  // A weekday with its day of the month: the month where they agree (10 Dec 2025 is a Wednesday).
  [
    'es',
    'El jueves 11 se reunirá con el canciller y el viernes 5 firmó el acuerdo.',
    [
      ['El jueves 11', '2025-12-11', undefined, 'day'],
      ['el viernes 5', '2025-12-05', undefined, 'day'],
    ],
  ],
  ['en', 'On Friday the 28th the talks ended.', [['On Friday the 28th', '2025-11-28', undefined, 'day']]],
  // …and where they agree in no month near the release, the weekday alone.
  ['es', 'El jueves 10 se reunirá con el canciller.', [['El jueves', '2025-12-11', undefined, 'day']]],
  // A day written in words.
  [
    'es',
    'Se reunieron el martes dos de diciembre en Lima.',
    [['martes dos de diciembre', '2025-12-02', undefined, 'day']],
  ],
  ['es', 'La cumbre será el veintiuno de enero.', [['veintiuno de enero', '2026-01-21', undefined, 'day']]],
  ['es', 'La reunión empezó a las dos de la tarde.', []],
  // Early or late in a year: the year, a range (no finer date is said).
  ['en', 'They agreed to set up the unit in early 2026.', [['in early 2026', '2026-01-01', '2026-12-31', 'range']]],
  ['es', 'La unidad se instalará a inicios de 2026.', [['a inicios de 2026', '2026-01-01', '2026-12-31', 'range']]],
  // A name that starts with a month's abbreviation is no month; "since" a year is that year.
  ['en', 'They met at his residence in Mar-a-Lago, Florida.', []],
  ['es', 'Las relaciones se mantienen a ese nivel desde 2008.', [['desde 2008', '2008-01-01', '2008-12-31', 'range']]],
  // "anoche", "last night": the day before; "at the end of" a month: that month.
  ['es', 'Anoche llegó a Lima la delegación.', [['Anoche', '2025-12-09', undefined, 'day']]],
  ['en', 'The delegation arrived last night.', [['last night', '2025-12-09', undefined, 'day']]],
  ['en', 'The talks resume at the end of January.', [['at the end of January', '2026-01-01', undefined, 'month']]],
  // Counted back from the release: days to that day, weeks to that week; "a few hours ago" is the release's day.
  ['es', 'El canciller se reunió hace dos días con su homóloga.', [['hace dos días', '2025-12-08', undefined, 'day']]],
  ['en', 'The envoy arrived three days ago.', [['three days ago', '2025-12-07', undefined, 'day']]],
  ['es', 'La delegación llegó hace una semana.', [['hace una semana', '2025-12-01', '2025-12-07', 'range']]],
  ['en', 'They spoke 2 weeks ago.', [['2 weeks ago', '2025-11-24', '2025-11-30', 'range']]],
  [
    'es',
    'Hemos tomado contacto hace unas pocas horas con Chile.',
    [['hace unas pocas horas', '2025-12-10', undefined, 'day']],
  ],
  // A day "of this month", in any of its wordings.
  ['es', 'La reunión del 4 del presente mes en Lima.', [['4 del presente mes', '2025-12-04', undefined, 'day']]],
  ['es', 'Se realizó el 3 de los corrientes.', [['el 3 de los corrientes', '2025-12-03', undefined, 'day']]],
  ['en', 'They met on the 2nd of this month.', [['the 2nd of this month', '2025-12-02', undefined, 'day']]],
  // A part of a named day: the day ("la madrugada del domingo").
  ['es', 'Los connacionales llegaron en la madrugada del domingo.', [['del domingo', '2025-12-14', undefined, 'day']]],
  // A weekend: its Saturday and Sunday, the one the words place.
  ['es', 'La comitiva viajará este fin de semana.', [['este fin de semana', '2025-12-13', '2025-12-14', 'range']]],
  ['en', 'The ministers met last weekend in Quito.', [['last weekend', '2025-12-06', '2025-12-07', 'range']]],
  [
    'es',
    'El pasado fin de semana retornaron 115 personas.',
    [['El pasado fin de semana', '2025-12-06', '2025-12-07', 'range']],
  ],
  // Spanish months shortened with a stop.
  ['es', 'El foro se realizó el 3 de dic. de 2025.', [['3 de dic. de 2025', '2025-12-03', undefined, 'day']]],
];

describe('findDates', () => {
  it.each(rows)('when the %s text is "%s", then it finds %j', (lang, text, expected) => {
    const found = findDates(text, lang, RELEASE).map((d) => [
      text.slice(d.span.start, d.span.end),
      d.date,
      d.endDate,
      d.precision,
    ]);
    expect(found).toEqual(expected);
  });

  it('then a day just before the release, told in the future, is this year’s, not next year’s', () => {
    // A note of 1 September that the analyst dates the 3rd: "will travel September 2-4".
    const [d] = findDates('The Secretary will travel to Quito September 2-4.', 'en', '2025-09-03', () => 'future');
    expect([d?.date, d?.endDate]).toEqual(['2025-09-02', '2025-09-04']);
    // Far before the release, the future still means next year.
    expect(findDates('La cumbre será el 2 de junio.', 'es', '2025-09-03', () => 'future')[0]?.date).toBe('2026-06-02');
  });

  it('then a weekend named with no word to place it is the one the tense says, and none without a tense', () => {
    expect(findDates('durante el fin de semana', 'es', RELEASE, () => 'past')[0]?.date).toBe('2025-12-06');
    expect(findDates('over the weekend', 'en', RELEASE, () => 'future')[0]?.date).toBe('2025-12-13');
    expect(findDates('over the weekend', 'en', RELEASE)).toEqual([]);
  });

  it('then "el pasado" or "el próximo" before a day places it, whatever the sentence\'s tense', () => {
    expect(findDates('quien la recibió el pasado 28 de junio', 'es', RELEASE, () => 'future')[0]?.date).toBe(
      '2025-06-28',
    );
    expect(findDates('will be held next 5 March', 'en', RELEASE, () => 'past')[0]?.date).toBe('2026-03-05');
    expect(findDates('la reunión del próximo 5 de marzo', 'es', RELEASE, () => 'past')[0]?.date).toBe('2026-03-05');
  });

  it('then "el lunes" in a past-tense sentence is the last Monday, in a future one the next', () => {
    expect(findDates('el lunes', 'es', RELEASE, () => 'past')[0]?.date).toBe('2025-12-08');
    expect(findDates('el viernes', 'es', RELEASE, () => 'past')[0]?.date).toBe('2025-12-05');
    expect(findDates('el viernes', 'es', RELEASE, () => 'future')[0]?.date).toBe('2025-12-12');
  });
});

describe('yearsAfterBodies', () => {
  it('then a year right after a body is that year, a range, but a plan named after a far year is no date', () => {
    const text = 'Chile will host APEC 2026 and promotes the Agenda 2030.';
    const bodies = [
      { span: { start: text.indexOf('APEC'), end: text.indexOf('APEC') + 4 } },
      { span: { start: text.indexOf('Agenda'), end: text.indexOf('Agenda') + 6 } },
    ];
    expect(
      yearsAfterBodies(text, bodies, RELEASE).map((d) => [text.slice(d.span.start, d.span.end), d.date, d.endDate]),
    ).toEqual([['2026', '2026-01-01', '2026-12-31']]);
  });
});
