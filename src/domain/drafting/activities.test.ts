import { describe, expect, it } from 'vitest';
import { draftRows as drafts } from '../../testing/drafted';
import { draftRelease } from './draft';

/**
 * How mentions become activities, through the whole engine (grouping needs every extractor): which words open one
 * activity or several, each in a short made-up release. When and in which tense they are: activities.dates.test.ts;
 * acts beside the one just reported (lists, "also", numbered sessions, named events): activities.acts.test.ts.
 */
describe('groupActivities: one activity or several', () => {
  it('when a generic word follows an activity in its paragraph, then it describes that activity', () => {
    const text =
      'Readout\n\nSecretary of State Marco Rubio spoke today with Dutch Foreign Minister David van Weel. The two leaders discussed the situation in Venezuela.';
    expect(drafts(text, '2026-01-05')).toEqual([['phone-call', 'held', '2026-01-05', 'day']]);
  });

  it('when a signing is intended or expected ("acordaron firmar", "se espera que … se firme"), then it is a signing planned', () => {
    expect(
      drafts(
        'Titular\n\nLos cancilleres acordaron firmar un memorando de entendimiento sobre cooperación consular.',
        '2024-05-01',
      ),
    ).toEqual([['agreement-signing', 'planned', null, null]]);
    expect(
      drafts(
        'Titular\n\nEl presidente recibirá a sus homólogos. Se espera que tras el encuentro se firme una declaración conjunta.',
        '2024-05-01',
      ).map(([type, status]) => [type, status]),
    ).toContainEqual(['agreement-signing', 'planned']);
  });

  it('when a visit and the meeting in it share a participant, then they are one activity', () => {
    const text =
      'Titular\n\nEl presidente José Jerí se reunirá con el presidente electo de Chile, José Antonio Kast, el 7 de enero de 2026.\n\nDurante su visita al Perú, el presidente electo José Antonio Kast sostendrá reuniones privadas.';
    expect(drafts(text, '2025-12-31')).toHaveLength(1);
  });

  it('when a sentence builds on an earlier visit, then that visit is background, not a second activity', () => {
    const text =
      'Readout\n\nDeputy Secretary of State Christopher Landau met today with Foreign Minister Gabriela Sommerfeld of Ecuador.\n\nBuilding on Secretary Rubio’s September 4 visit to Ecuador, they reaffirmed the partnership.';
    expect(drafts(text, '2025-09-26')).toEqual([['bilateral-meeting', 'held', '2025-09-26', 'day']]);
  });

  it('when "recibió" takes a thing, not a person with "a", then it is no meeting', () => {
    const things = [
      'Titular\n\nLa canciller recibirá, a nombre del Estado peruano, dicho encargo de manos de Chile.',
      'Titular\n\nEl presidente llegó a Quito, donde recibió los honores protocolares dispuestos por el Gobierno.',
    ];
    for (const text of things) expect(drafts(text, '2025-12-12')).toEqual([]);
    const people = [
      'Titular\n\nEl ministro recibió este jueves, en su despacho, al subsecretario de Chile, Alex Wetzig.',
      'Titular\n\nEl canciller recibió la visita del embajador de Chile.',
    ];
    for (const text of people) expect(drafts(text, '2025-12-12')[0]?.[0]).toBe('bilateral-meeting');
  });

  it('when an activity is only contemplated ("una eventual visita", "a possible meeting"), then it opens no draft', () => {
    const es =
      'Titular\n\nEl canciller se reunió hoy con su homólogo de Chile en Lima.\n\nAmbos evaluaron una eventual visita oficial a Santiago.';
    expect(drafts(es, '2025-12-10')).toEqual([['bilateral-meeting', 'held', '2025-12-10', 'day']]);
    const en =
      'Readout\n\nSecretary Rubio met today with Foreign Minister Hugo de Zela of Peru.\n\nThey discussed the possibility of a state visit to Lima next year.';
    expect(drafts(en, '2025-12-05')).toEqual([['bilateral-meeting', 'held', '2025-12-05', 'day']]);
  });

  it('when a reminder announces a coming event, then it is an activity, not background', () => {
    const text =
      'Titular\n\nCabe recordar que el canciller Hugo de Zela participará en la ceremonia de transmisión de mando, que se lleva a cabo este miércoles 11.';
    expect(drafts(text, '2026-03-11')).toEqual([['inauguration-attendance', 'announced', '2026-03-11', 'day']]);
  });

  it('when a past-tense meeting prepares the next one, then it was held and the next one is its own activity', () => {
    const text =
      'Titular\n\nThe Foreign Minister and the Secretary General met on Friday to arrange the next Presidential Council.\n\nThe Council meeting will take place this year in Lima.';
    expect(drafts(text, '2019-02-08')).toEqual([
      ['bilateral-meeting', 'held', '2019-02-08', 'day'],
      ['bilateral-meeting', 'announced', '2019-01-01', 'range'],
    ]);
  });

  it('when a visit goes on to meetings with people it did not name, then each is its own activity, dated by the visit', () => {
    const text =
      'Titular\n\nForeign Minister Ana Ruiz will travel to Brasília, Brazil, from March 3 to 5.\n\nWhile there, Minister Ruiz will meet with Mauro Vieira, Brazil’s Foreign Minister. Minister Ruiz will also meet with Fernando Haddad, the current Minister of Finance.';
    // (The visit's type depends on whose release it is, which this one does not say.)
    expect(
      drafts(text, '2026-03-01').map(([type, ...rest]) => [type === 'bilateral-meeting' ? type : 'visit', ...rest]),
    ).toEqual([
      ['visit', 'announced', '2026-03-03', 'range'],
      ['bilateral-meeting', 'announced', '2026-03-03', 'range'],
      ['bilateral-meeting', 'announced', '2026-03-03', 'range'],
    ]);
  });

  it('when a later paragraph opens with those who met ("The officials…", "Finally, Ruiz and Hale…"), then it adds to their meeting', () => {
    const text =
      'Titular\n\nToday, Foreign Minister Ana Ruiz received Senator John Hale in Montevideo.\n\nThe officials also discussed the regional situation. They agreed to work together in every regional forum.\n\nFinally, Ruiz and Hale discussed trade with Brazil.';
    expect(drafts(text, '2026-02-20')).toEqual([['bilateral-meeting', 'held', '2026-02-20', 'day']]);
  });

  it('when a meeting falls within an invited visit that a later paragraph dates, then there are the two, each with its date', () => {
    // "who has been invited to make an official visit": the word of status leads the visit, not the meeting; the
    // later paragraph details that visit ("since the inauguration… in February" is recalled, the stay is not);
    // "The meeting is expected to…" is more about the meeting.
    const text =
      'Titular\n\nOn March 9, Foreign Minister Ana Ruiz will meet with Foreign Minister of the Republic of Chile Juan Soto, who has been invited to make an official visit to Uruguay.\n\nMinister Soto will make his first official visit to Uruguay since the inauguration of the new government in February, and stay in Uruguay from March 8 till 10.\n\nThe meeting is expected to serve as an opportunity to review trade.';
    expect(
      drafts(text, '2026-03-02').map(([type, ...rest]) => [type === 'bilateral-meeting' ? type : 'visit', ...rest]),
    ).toEqual([
      ['bilateral-meeting', 'announced', '2026-03-09', 'day'],
      ['visit', 'announced', '2026-03-08', 'range'],
    ]);
  });

  it('when a release reports inspection visits at home and announces an opening, then they stay apart from a visit received', () => {
    const text =
      'Titular\n\nEl secretario de Estado aceptó realizar una visita oficial al Perú en marzo de 2026.\n\nLa Cancillería realizó visitas de inspección en Tumbes y Piura, y anunció la próxima apertura de una oficina en Piura.';
    expect(drafts(text, '2025-12-10').map((d) => [d[0], d[1]])).toEqual([
      ['official-visit', 'planned'],
      ['domestic-visit', 'held'],
      ['office-opening', 'planned'],
    ]);
  });

  it('when a day of meetings is told in order, then each meeting is its own, dated by the sentence that opens it', () => {
    // The first paragraph's date waits for its activity word ("With both of them, he analysed…"); "Later," takes the
    // last dated activity's day; a semicolon list of people met is as many meetings; a meeting reported as held in
    // its own words is not the one announced before it.
    const text =
      'Titular\n\nThe President will meet with the President of Chile next month.\n\nEarly this Friday, he was with the Bolivian senators Ana Paz and Luis Vera. With both of them, he analysed the situation in that country.\n\nLater, Foreign Minister Pedro Gil met with the Director for the Americas of the European External Action Service, Rosa Mena; the Director of the World Trade Organization for the region, Tomás Rey; and representatives of the Inter-American Commission on Human Rights.\n\nIn the afternoon, he joined the President in bilateral meetings with the Presidents of Peru; and Canada.';
    const got = drafts(text, '2018-04-13').map(([, status, date]) => [status, date]);
    expect(got).toEqual([
      ['announced', '2018-05-01'],
      ['held', '2018-04-13'],
      ['held', '2018-04-13'],
      ['held', '2018-04-13'],
      ['held', '2018-04-13'],
      ['held', '2018-04-13'],
      ['held', '2018-04-13'],
    ]);
  });

  it('when a list of people met is cut into meetings, then each title names the one met, after the words that open the list', () => {
    const text =
      'Titular\n\nToday, Foreign Minister Pedro Gil met with the Director of the World Trade Organization, Tomás Rey; and representatives of the Inter-American Commission on Human Rights.';
    const r = draftRelease({ text, releaseDate: '2018-04-13' });
    if (!r.ok) throw new Error(r.error.code);
    expect(r.file.drafts.map((d) => d.title.en)).toEqual([
      'Today, Foreign Minister Pedro Gil met with the Director of the World Trade Organization, Tomás Rey',
      'Today, Foreign Minister Pedro Gil met with representatives of the Inter-American Commission on Human Rights.',
    ]);
  });

  it('when a later paragraph recalls a year long past, then the meeting it follows is still drafted', () => {
    const text =
      'Titular\n\nThe Undersecretary met in Ottawa with her Canadian counterpart.\n\nThe authorities confirmed the partnership, whose renewal was approved in 2013.';
    expect(drafts(text, '2018-12-11')).toHaveLength(1);
  });

  it('when the meeting is named again later ("…present at the meeting"), then it adds to that meeting', () => {
    const text =
      'Titular\n\nThe Foreign Minister met today with the Secretary of State John Hale.\n\nThe delegation consisted of Ambassador Ana Paz, who was also present at the meeting.';
    expect(drafts(text, '2019-12-11')).toEqual([['bilateral-meeting', 'held', '2019-12-11', 'day']]);
  });

  it('when "bilateral meetings" name counterparts from several countries, then there is one meeting each', () => {
    const text =
      'Titular\n\nIn Argentina, the Foreign Secretary will have bilateral meetings with several ministers in the margins of the G20, including China’s Wang Yi, Turkey’s Mevlut Cavusoglu and Brazil’s Aloysio Nunes.';
    expect(drafts(text, '2018-05-21').map((d) => d[0])).toEqual([
      'bilateral-meeting',
      'bilateral-meeting',
      'bilateral-meeting',
    ]);
  });

  it('when a quotation follows "said:" without quotation marks, then its words open no activity — a spokesperson’s do', () => {
    const quoted =
      'Titular\n\nThe Foreign Secretary will attend the G20 meeting in Buenos Aires today.\n\nThe Foreign Secretary said:\n\nThe G20 meeting is the ideal platform to raise the most pressing issues in the world today.';
    expect(drafts(quoted, '2018-05-21')).toHaveLength(1);
    const readout =
      'Titular\n\nA Downing Street spokesperson said:\n\nThe Prime Minister spoke with President Santos of Colombia today.';
    expect(drafts(readout, '2016-08-25')).toEqual([['phone-call', 'held', '2016-08-25', 'day']]);
  });

  it('when a later sentence names the meeting and then its own activity, or the speech in it, then that is what it drafts', () => {
    // "At the conclusion of the meeting, … was received in audience": the audience, not the meeting again;
    // "Durante su intervención, … diálogo": the speech at the summit, no new activity.
    const audience =
      'Titular\n\nToday the directors of both ministries met in Santiago to review the bilateral agenda.\n\nAt the conclusion of the meeting, the visiting delegation was received in audience by the Undersecretary of Foreign Affairs, Patricio Torres.';
    expect(drafts(audience, '2018-06-19')).toHaveLength(2);
    const speech =
      'Titular\n\nEl viceministro participó en la V Cumbre de la CELAC en Punta Cana.\n\nDurante su intervención, el viceministro destacó la CELAC como un espacio de diálogo y concertación.';
    expect(drafts(speech, '2017-01-25')).toHaveLength(1);
  });

  it('when an event is announced for a day, or thematic meetings are to continue, then they are drafted; a trip it follows on from is not', () => {
    const event =
      'Titular\n\nThe envoy met the President today.\n\nThe envoy invited the government to an event on energy to be held on 17 December in Washington.';
    expect(drafts(event, '2019-12-11').map((d) => d[2])).toEqual(['2019-12-11', '2019-12-17']);
    const themed =
      'Titular\n\nLos equipos se reunieron hoy.\n\nSe informó que se continuarán celebrando reuniones temáticas entre ambos equipos.';
    expect(drafts(themed, '2018-09-04').map((d) => d[1])).toEqual(['held', 'announced']);
    const trip =
      'Titular\n\nThe Foreign Secretary is visiting Spain today to attend a meeting of foreign ministers.\n\nThe visit follows closely on from his trip to the US last week.';
    expect(drafts(trip, '2010-05-17')).toHaveLength(1);
  });

  it('when an activity word is part of a body’s name, then the sentence’s own activity is the one drafted', () => {
    const text =
      'Titular\n\nEn la ocasión fue electo como Secretario General de la Conferencia Iberoamericana el diplomático Andrés Allamand.';
    expect(drafts(text, '2021-11-26').map((d) => d[0])).toEqual(['election-international-body']);
  });

  it('when a sentence names a summit or a numbered meeting besides its own meeting, then each is drafted with its date', () => {
    const text =
      'Titular\n\nEl secretario de Estado de los Estados Unidos efectuará una visita oficial al Perú los días 5 y 6 de febrero próximo.\n\nAsimismo, sostendrá una reunión de trabajo con la canciller Ana Paz, con quien tratará la Cumbre de las Américas, que será en Lima los días 13 y 14 de abril.';
    expect(drafts(text, '2018-01-26').map((d) => [d[0], d[2]])).toEqual([
      ['official-visit', '2018-02-05'],
      ['bilateral-meeting', '2018-02-05'],
      ['multilateral-meeting', '2018-04-13'],
    ]);
  });

  it('when a body’s meeting frames a meeting that named no one, then they are two', () => {
    const text =
      'Titular\n\nLos cancilleres de Paraguay y Bolivia mantuvieron hoy un encuentro en Ciudad de México.\n\nEl encuentro se desarrolló en el marco de la XXI Reunión de la CELAC, que se celebra en la capital mexicana.';
    expect(drafts(text, '2021-07-23').map((d) => d[2])).toEqual(['2021-07-23', '2021-07-23']);
  });

  it('when a later paragraph signs "a" further agreement, then it is another signing; "during that period" dates an invitation', () => {
    const signing =
      'Titular\n\nThe ministers met on 7 April and signed two memoranda of understanding.\n\nThe ministers also met the trade minister. The Ministers also signed a bilateral implementation agreement.';
    expect(drafts(signing, '2025-04-07').filter((d) => d[0] === 'agreement-signing')).toHaveLength(2);
    const period =
      'Titular\n\nThe Undersecretary invited Canada to take part in APEC 2019, which Chile will host, extending an invitation to the Prime Minister to visit Chile during that period.';
    expect(drafts(period, '2018-12-11').map((d) => [d[0], d[2]])).toEqual([
      ['multilateral-meeting', '2019-01-01'],
      ['official-visit', '2019-01-01'],
    ]);
  });

  it('when a later paragraph only names a body as a forum, or a standing chair with "cuya", then no activity is opened', () => {
    const forum =
      'Titular\n\nEl secretario general de la OEA llegó hoy a Lima para una visita oficial.\n\nEl Perú considera importante que la OEA, como principal foro político del hemisferio, apoye la democracia.';
    expect(drafts(forum, '2021-11-30')).toHaveLength(1);
    const chair =
      'Titular\n\nLos cancilleres del Perú y de Chile se reunieron hoy en Santiago con ocasión del Consejo de la Alianza del Pacífico, cuya Presidencia Pro Tempore ejerce el Perú.';
    expect(drafts(chair, '2024-01-25').map((d) => d[0])).not.toContain('pro-tempore-presidency');
  });

  it('when the same body’s chair is taken and then spoken of "on that occasion", then it is one activity; letters between ministers are activities', () => {
    const chair =
      'Titular\n\nEl martes 29 de mayo, el Perú asumió la Presidencia Pro Tempore de la Comunidad Andina (CAN) por un año.\n\nEn esa ocasión, el canciller pronunció un discurso en la Secretaría General de la CAN, donde recordó que el Perú asumió la Presidencia Pro Tempore con optimismo.';
    expect(drafts(chair, '2018-06-07')).toEqual([['pro-tempore-presidency', 'held', '2018-05-29', 'day']]);
    const letters =
      'Titular\n\nLa decisión del Gobierno de Bolivia fue comunicada a través de una carta dirigida por su canciller al canciller del Perú.';
    expect(drafts(letters, '2019-12-22').map((d) => d[0])).toEqual(['bilateral-coordination']);
  });

  it('when ministers meet on the occasion of a council and install a committee, then the three are drafted with the day', () => {
    const text =
      'Titular\n\nLos cancilleres del Perú y de Chile se reunieron hoy en Santiago con ocasión del Consejo de Ministros de la Alianza del Pacífico.\n\nAmbos cancilleres instalaron el Consejo Bilateral de Prospectiva.';
    expect(drafts(text, '2024-01-25').map((d) => [d[0], d[2]])).toEqual([
      ['bilateral-meeting', '2024-01-25'],
      ['multilateral-meeting', '2024-01-25'],
      ['binational-committee', '2024-01-25'],
    ]);
  });

  it('when a release names an election to a body’s post, a series of meetings or a swearing-in, then each is an activity', () => {
    const text =
      'Titular\n\nEl embajador se entrevistó con el presidente de Paraguay.\n\nEl embajador está manteniendo una serie de encuentros con autoridades de Chile y Uruguay.\n\nLas elecciones para el cargo de secretario general de la OEA se efectuarán el 20 de marzo próximo.';
    expect(drafts(text, '2020-01-28').map((d) => d[0])).toEqual([
      'bilateral-meeting',
      'bilateral-meeting',
      'election-international-body',
    ]);
    const swearing =
      'Titular\n\nEl presidente del Ecuador llegó a Colombia para asistir este 7 de agosto a la posesión del presidente electo.';
    expect(drafts(swearing, '2018-08-06').map((d) => [d[0], d[2]])).toEqual([
      ['inauguration-attendance', '2018-08-07'],
    ]);
  });

  it('when an invitation names a meeting "of" someone and a summit, then each is an activity with the date of its own clause', () => {
    const text =
      'Titular\n\nThe minister will deliver letters inviting the president to participate in the Meeting of Presidents of South American Countries, scheduled to take place on May 30th in Brasilia, as well as in the Summit of the Amazon countries, on August 8-9, in Belém.';
    expect(drafts(text, '2023-05-03').map((d) => [d[1], d[2]])).toEqual([
      // (The letters delivered are an act too, of no day the text gives.)
      ['announced', null],
      ['announced', '2023-05-30'],
      // "…as well as in the Summit…": linked to the meeting before it, it has its tense.
      ['announced', '2023-08-08'],
    ]);
  });

  it('when a minister meets "her counterparts" from two countries, then there is one meeting each, each title with its own', () => {
    const text =
      'Titular\n\nPeru’s Foreign Minister on Tuesday met with her counterparts Ana Paz of Canada and Luis Vera of Colombia.';
    const r = draftRelease({ text, releaseDate: '2018-02-13' });
    if (!r.ok) throw new Error(r.error.code);
    expect(r.file.drafts.map((d) => d.countries)).toEqual([['CA'], ['CO']]);
  });

  it('when a headline ends with an initialism ("EE.UU."), then it is still the headline, not an activity', () => {
    const text =
      'Presidente se reúne este 6 de octubre con el secretario de Estado de EE.UU.\n\nLima, 29 de setiembre del 2022.- El presidente de la República sostendrá este 6 de octubre una reunión con el secretario de Estado de los Estados Unidos, Antony Blinken.';
    expect(drafts(text, '2022-09-29')).toEqual([['bilateral-meeting', 'announced', '2022-10-06', 'day']]);
  });

  it('when a numbered assembly named after its body frames a meeting, then both are activities', () => {
    const text =
      'Titular\n\nEl presidente sostendrá este 6 de octubre una reunión de trabajo con el secretario de Estado, en el marco de la 52º Asamblea General de la Organización de Estados Americanos que se desarrollará del 5 al 7 de octubre en Lima.';
    expect(drafts(text, '2022-09-29').map((d) => [d[0], d[2]])).toEqual([
      ['bilateral-meeting', '2022-10-06'],
      ['multilateral-meeting', '2022-10-05'],
    ]);
  });

  it('when a visit’s programme lists a service, a decoration, a joint statement and a parade, then each is an act of its own on the day', () => {
    const text =
      'Titular\n\nEl jueves 9 de julio, el presidente visitante asistirá al Te Deum en la Catedral, luego visitará la Casa de Gobierno. Seguidamente, se procederá a la condecoración del mandatario, seguida de una declaración conjunta a la prensa y del desfile militar.';
    expect(drafts(text, '2026-07-08')).toEqual([
      ['diplomatic-protocol', 'announced', '2026-07-09', 'day'],
      ['official-visit', 'announced', '2026-07-09', 'day'],
      ['diplomatic-protocol', 'announced', '2026-07-09', 'day'],
      ['public-statement', 'announced', '2026-07-09', 'day'],
      ['diplomatic-protocol', 'announced', '2026-07-09', 'day'],
    ]);
  });

  it('when the English programme lays a wreath and then holds a joint press conference, then both are drafted with the day', () => {
    const text =
      'Headline\n\nOn 3 March the Foreign Minister will lay a wreath at the national monument. Afterwards, she and her host will give a joint press conference.';
    expect(drafts(text, '2026-03-01')).toEqual([
      ['diplomatic-protocol', 'announced', '2026-03-03', 'day'],
      ['public-statement', 'announced', '2026-03-03', 'day'],
    ]);
  });

  it('when the one welcomed "will" do something in a clause about him ("quien cumplirá"), then the welcome is still held', () => {
    const text =
      'Titular\n\nEl canciller recibió ayer en el aeropuerto al presidente de Chile, Gabriel Boric, quien cumplirá una agenda de dos días.';
    expect(drafts(text, '2022-05-14').map((d) => [d[1], d[2]])).toEqual([['held', '2022-05-13']]);
  });

  it('when the day’s agenda “prevé” a meeting with a list of people, then it is one meeting, announced for that day', () => {
    const text =
      'Titular\n\nLa agenda para este martes 10 de marzo prevé una reunión bilateral con la presidenta Ana Ruiz; el canciller Pedro Gómez y otras autoridades, en el Palacio.';
    expect(drafts(text, '2026-03-10')).toEqual([['bilateral-meeting', 'announced', '2026-03-10', 'day']]);
  });

  it('when a host role names the numbered session it hosts ("será sede del 52 Periodo de Sesiones"), then it is one event', () => {
    const text = 'Titular\n\nSe informó que el Perú será sede del 52 Periodo de Sesiones en el 2027.';
    expect(drafts(text, '2026-11-30')).toHaveLength(1);
  });

  it('when numbered paragraphs open "In <country>," and an itinerary table follows, then each country’s activities are apart and take its stay', () => {
    const text =
      'Vice-Minister Sato’s Visit to Brazil and Argentina\n\nJune 1, 2026\n\n1. Vice-Minister Sato is scheduled to visit Brazil and Argentina from June 3 to 9.\n\n2. In Brazil (Brasilia), Vice-Minister Sato will attend the ministerial meeting on trade. He is also scheduled to host a reception for diplomats.\n\n3. In Argentina, Vice-Minister Sato is scheduled to hold meetings with Foreign Minister Ana Ruiz and conduct visits to Japanese companies.\n\n(Reference)Itinerary\n\nJune3Depart from Japan, arrive at Brasilia\n\n5Depart from Brasilia, arrive at Buenos Aires\n\n8Depart from Buenos Aires\n\n9Arrive at Japan';
    const r = draftRelease({ text, releaseDate: '2026-06-01' });
    if (!r.ok) throw new Error(r.error.code);
    expect(r.file.drafts.map((d) => [d.status, d.date, d.endDate, d.countries.includes('BR')])).toEqual([
      ['announced', '2026-06-03', '2026-06-09', expect.any(Boolean)],
      ['announced', '2026-06-03', '2026-06-05', true],
      // ("He is also scheduled to host a reception": another act, in the same stay.)
      ['announced', '2026-06-03', '2026-06-05', false],
      ['announced', '2026-06-05', '2026-06-08', false],
    ]);
  });

  it('when a word only carries the activity named after it ("will host a state dinner"), then that activity alone is drafted, with the tense', () => {
    const text =
      'Headline\n\nLater tonight, the President will host a state dinner to honour the visiting Head of State.';
    expect(drafts(text, '2017-07-06')).toEqual([['diplomatic-protocol', 'announced', '2017-07-06', 'day']]);
  });

  it('when a later paragraph opens "En la ocasión" with a generic word, then it tells the same meeting; what was agreed there is planned', () => {
    const text =
      'Titular\n\nEl presidente se reunió este miércoles 17 de febrero con su par uruguayo.\n\nEn la ocasión dialogaron sobre la relación bilateral y el bloque, que el próximo 26 de marzo cumple 30 años.\n\nEn la ocasión se acordó que el canciller uruguayo realizará una visita oficial al Paraguay en la primera semana de marzo próximo.';
    expect(drafts(text, '2021-02-17')).toEqual([
      ['bilateral-meeting', 'held', '2021-02-17', 'day'],
      ['official-visit', 'planned', '2021-03-01', 'range'],
    ]);
  });

  it('when a later sentence has the visitor call on someone the first meeting did not name, then it is another meeting, on the day', () => {
    const text =
      'Headline\n\nOn May 16, 2024, Deputy Minister Chung Byung-won met with Ambassador Eduardo Saboia, who is visiting Korea.\n\nEarlier in the day, Ambassador Saboia paid a courtesy call on Vice Minister Kim Hong Kyun.';
    expect(drafts(text, '2024-05-16')).toEqual([
      ['bilateral-meeting', 'held', '2024-05-16', 'day'],
      ['bilateral-meeting', 'held', '2024-05-16', 'day'],
    ]);
  });

  it('when a named meeting’s name holds a summit’s, or a pro tempore secretariat names the summit it serves, then each is one activity', () => {
    const text =
      'Titular\n\nEl canciller culminó hoy su participación en la I Reunión de Ministras y Ministros de Relaciones Exteriores de la XXVIII Cumbre Iberoamericana, donde se estableció que el Perú será sede de la XI Conferencia Iberoamericana de Ministros de Trabajo.\n\nEn la reunión ministerial también se eligió al canciller de Chile, Andrés Allamand, como nuevo secretario general.\n\nTambién, se estableció que Ecuador ejercerá la Secretaría Pro Témpore de la XXIX Cumbre Iberoamericana.';
    const kind = (type: unknown) => (String(type).endsWith('meeting') ? 'meeting' : type);
    expect(drafts(text, '2021-11-26').map(([type, status, date]) => [kind(type), status, date])).toEqual([
      ['meeting', 'held', '2021-11-26'],
      ['meeting', 'announced', null],
      ['election-international-body', 'held', '2021-11-26'],
      ['pro-tempore-presidency', 'announced', null],
    ]);
  });

  it('when a later sentence defines the body ("es la máxima instancia"), then it opens no activity', () => {
    const text =
      'Titular\n\nEl IV Gabinete Binacional Perú-Colombia se realizará hoy en Cartagena.\n\nEl Gabinete Binacional Perú-Colombia es la máxima instancia de diálogo político bilateral.';
    expect(drafts(text, '2018-02-27')).toEqual([['binational-committee', 'announced', '2018-02-27', 'day']]);
  });
});
