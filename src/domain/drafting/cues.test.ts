import { describe, expect, it } from 'vitest';
import { findThemes } from './classify';
import { findTriggers, readCues, reportingVerbAt } from './cues';
import { findDates } from './dates';
import { layout } from './layout';
import { segment } from './segment';

const whole = (t: string) => ({ start: 0, end: t.length });

describe('findTriggers', () => {
  it.each([
    ['es', 'el canciller De Zela sostuvo una reunión con el secretario de Estado', ['bilateral-meeting']],
    ['es', 'el Perú y Chile instalaron el Comité Binacional de Cooperación Migratoria', ['binational-committee']],
    ['es', 'el país fue reelegido como miembro del Consejo de la OMI', ['election-international-body']],
    ['en', 'Secretary Rubio and Foreign Minister de Zela met today', ['bilateral-meeting']],
    ['en', 'The Prime Minister spoke with President Santos of Colombia', ['phone-call']],
    ['en', 'The United States condemns the attack', []],
    ['es', 'el Presidente recibió las cartas credenciales de los nuevos embajadores', ['credentials-ceremony']],
    ['en', 'Secretary of State Marco Rubio spoke yesterday with G7 foreign ministers', ['phone-call']],
    ['en', 'The Minister will also meet with the Secretary of Economy', ['bilateral-meeting']],
    ['es', 'El secretario de Estado será recibido en audiencia por el presidente', ['bilateral-meeting']],
    ['es', 'el secretario sostendrá también reuniones con la vicepresidenta', ['bilateral-meeting']],
    ['es', 'Puerto Rico abrirá próximamente una oficina comercial en Lima', ['office-opening']],
    ['es', 'En la ocasión fue electo como secretario general Andrés Allamand', ['election-international-body']],
    ['es', 'propuso a su país como próxima Secretaría Pro Témpore', ['pro-tempore-presidency']],
    ['es', 'se celebró la XXI Reunión de la CELAC en la capital', ['bilateral-meeting']],
    ['en', 'they agreed to create a permanent consultation system', ['binational-committee']],
    ['en', 'They held an audience with the Foreign Minister of El Salvador', ['bilateral-meeting']],
    ['en', 'an invitation to the Prime Minister to visit Chile during that period', ['official-visit']],
    ['en', 'Ambassador Saboia paid a courtesy call on the Vice Minister', ['bilateral-meeting']],
    ['en', 'the second round of negotiations is scheduled for August in Canberra', ['trade-negotiation']],
    ['es', 'Vargas participó en la cena de despedida que ofreció la presidenta saliente', ['diplomatic-protocol']],
    ['es', 'el presidente visitante colocó una ofrenda floral en el monumento', ['diplomatic-protocol']],
    ['es', 'los mandatarios ofrecerán una declaración conjunta a la prensa', ['public-statement']],
  ] as const)('when the %s sentence is "%s", then it reports %j (generic words aside)', (lang, text, types) => {
    expect(
      findTriggers(text, lang, whole(text))
        .filter((t) => !t.weak)
        .map((t) => t.type),
    ).toEqual(types);
  });
});

describe('readCues', () => {
  it.each([
    ['es', 'El secretario de Estado aceptó realizar una visita oficial al Perú', 'planned', false],
    ['es', 'anunció la próxima apertura de una nueva oficina', 'planned', false],
    ['es', 'la reunión se realizará en Lima', 'announced', false],
    ['es', 'Como se recuerda, ambos países firmaron el acuerdo', 'held', true],
    ['en', 'The Secretary will travel to Lima', 'announced', false],
    ['en', 'The ministers met in Ottawa', 'held', false],
    ['es', 'el viaje del canciller se desarrollará del 3 al 6 de febrero', 'announced', false],
    ['es', 'calculó que la visita ocurriría antes de finalizar el trimestre', 'planned', false],
    ['es', 'Cabe recordar que el canciller participará en la ceremonia', 'announced', true],
    // What was agreed governs the future inside it; a will to do something is an intention.
    ['es', 'En la ocasión se acordó que el canciller realizará una visita oficial en marzo', 'planned', false],
    ['es', 'confirmaron su voluntad de relanzar el mecanismo de consultas políticas', 'planned', false],
    ['en', 'both sides expressed their willingness to resume the dialogue', 'planned', false],
    // A verb of saying before "that" reports: the tense is the reported clause's.
    ['en', 'The Ministers announced that both Governments are negotiating the agreements', 'held', false],
    ['es', 'El canciller anunció que ambos gobiernos negocian un acuerdo', 'held', false],
    ['en', 'The Ministers announced that they will sign the agreement', 'announced', false],
  ] as const)('when the %s text is "%s", then the status is %s (background %s)', (lang, text, status, background) => {
    const r = readCues(text, lang, whole(text));
    expect([r.status, r.background]).toEqual([status, background]);
  });

  it.each([
    ['la ministra asistirá el próximo martes 3 de junio a la cumbre', 'el próximo martes 3 de junio'],
    ['el enviado llegará a Quito el 5 de febrero próximo', '5 de febrero'],
  ])('when "%s" has the date "%s", then a cue word in or right after it is the date\'s: announced', (text, date) => {
    const at = text.indexOf(date);
    const dates = [{ span: { start: at, end: at + date.length } }];
    expect(readCues(text, 'es', whole(text)).status).toBe('planned'); // "próximo" read as a cue
    expect(readCues(text, 'es', whole(text), dates).status).toBe('announced'); // the future verb
  });
});

describe('reportingVerbAt', () => {
  it.each([
    ['es', 'El canciller viajará a Quito, informó hoy la Cancillería.', 'hoy', 'informó'],
    ['en', 'The Minister today announced that she will travel to Quito.', 'today', 'announced'],
    ['en', 'The Minister said on Monday, that talks would resume.', 'on Monday', 'said'],
    ['es', 'El canciller se reunió hoy con su homólogo.', 'hoy', null],
    ['en', 'The ministers met today and announced a plan.', 'today', null],
  ] as const)('when the %s text is "%s", then the date "%s" is next to the verb %s', (lang, text, date, verb) => {
    const at = text.indexOf(date);
    const found = reportingVerbAt(text, lang, { start: at, end: at + date.length });
    expect(found ? text.slice(found.start, found.end) : null).toBe(verb);
  });
});

describe('findThemes', () => {
  it.each([
    ['para combatir el crimen organizado y el narcotráfico', ['organized-crime', 'drug-trafficking']],
    ['propuestas que permitan una migración regular en la frontera', ['migration', 'border-management']],
    ['to secure critical mineral supply chains', ['trade-investment']],
  ])('when the text is "%s", then the themes are %j', (text, ids) => {
    expect([...new Set(findThemes(text, [whole(text)]).map((t) => t.id))].sort()).toEqual([...ids].sort());
  });
});

describe('findThemes with the vocabulary labels', () => {
  const themes = [
    { id: 'humanitarian-assistance', label: { es: 'Ayuda humanitaria', en: 'Humanitarian assistance' } },
    { id: 'illegal-mining', label: { es: 'Minería ilegal', en: 'Illegal mining' } },
    { id: 'diplomatic-service', label: { es: 'Servicio diplomático', en: 'Diplomatic service' } },
  ];
  it.each([
    ['Perú enviará ayuda humanitaria a Jamaica', ['humanitarian-assistance']],
    ['reunión con el Servicio Diplomático de la República', []],
    ['acciones conjuntas contra la minería ilegal en la frontera', ['border-management', 'illegal-mining']],
  ])('when the text is "%s", then the themes are %j', (text, ids) => {
    expect([...new Set(findThemes(text, [whole(text)], themes).map((t) => t.id))].sort()).toEqual([...ids].sort());
  });
});

describe('layout', () => {
  it.each([
    [
      'a date line under the headline',
      'Titular del comunicado\n\n10 de diciembre de 2025\n\nEl canciller se reunió hoy.',
      '2025-12-10',
      [0, 0, 1],
    ],
    [
      'a closing place-and-date line',
      'El Presidente se comunicó con su homóloga.\n\nLima, 9 de septiembre del 2014.',
      '2014-09-09',
      [1, 0],
    ],
    [
      'an English date line',
      'Readout of the call\n\nDecember 5, 2025\n\nThe Secretary met today with the minister.',
      '2025-12-05',
      [0, 0, 1],
    ],
  ])(
    'when the text has %s, then it is the dateline and body paragraphs are numbered without it',
    (_, text, date, numbers) => {
      const lang = /The /.test(text) ? 'en' : 'es';
      const seg = layout(text, segment(text), findDates(text, lang, '2025-12-10'));
      expect(seg.dateline?.date).toBe(date);
      expect(seg.paragraphs.map((p) => p.number)).toEqual(numbers);
    },
  );
});
