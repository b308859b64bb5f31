import { describe, expect, it } from 'vitest';
import { draftRows as drafts } from '../../testing/drafted';

/**
 * How mentions become activities, through the whole engine: the day and the tense each activity takes from its
 * sentence, its paragraph or its occasion, each in a short made-up release. Which words open activities:
 * activities.test.ts.
 */
describe('groupActivities: the day and the tense of each activity', () => {
  it('when an activity starts after the release date, then it is not drafted as held', () => {
    const text = 'Titular\n\nEl canciller fue autorizado a viajar a los Estados Unidos entre el 2 y el 6 de diciembre.';
    expect(drafts(text, '2025-11-30')).toEqual([['official-visit', 'planned', '2025-12-02', 'range']]);
  });

  it('when a Spanish future verb carries an undated day, then the day is read forward', () => {
    const text =
      'Titular\n\nEl canciller participará en la Reunión Ministerial en Washington D. C.\n\nEl viaje se desarrollará del 3 al 6 de febrero.';
    expect(drafts(text, '2026-01-31')).toEqual([['multilateral-meeting', 'announced', '2026-02-03', 'range']]);
  });

  it('when a later paragraph recalls a past day, then it does not date an announced activity', () => {
    const text =
      'Titular\n\nEl canciller participará en la cumbre de la CELAC.\n\nDe Zela recordó que el 3 de noviembre se rompieron relaciones.';
    expect(drafts(text, '2025-12-10')).toEqual([['multilateral-meeting', 'announced', null, null]]);
  });

  it('when the future word qualifies an activity, then that activity is still the one to come', () => {
    const text = 'Titular\n\nThe ministers discussed the upcoming ministerial meeting in Geneva on July 15.';
    expect(drafts(text, '2021-07-14')[0]?.[1]).toBe('announced');
  });

  it('when a statement dated by its verb reports a held activity with no date, then the activity takes that day', () => {
    const told = 'Titular\n\nEl Gobierno informó el martes que suspendió las relaciones diplomáticas con Nicaragua.';
    expect(drafts(told, '2025-11-06')).toEqual([['diplomatic-rupture', 'held', '2025-11-04', 'day']]);
    const en = 'Titular\n\nThe ministry said on Monday that the foreign minister met the Colombian ambassador in Lima.';
    expect(drafts(en, '2025-11-05')).toEqual([['bilateral-meeting', 'held', '2025-11-03', 'day']]);
    // The statement's day is not an activity's still to come, nor one's whose day the sentence gives.
    // A decree "publicado hoy" states nothing about the activity: the day it was published dates nothing.
    const decree =
      'Titular\n\nMediante un decreto supremo publicado hoy, el Gobierno dispuso que la delegación sostuvo reuniones con autoridades de Chile.';
    expect(drafts(decree, '2023-01-29')[0]?.[2]).toBeNull();
    const coming = 'Titular\n\nEl Gobierno informó el martes que el canciller viajará a Quito.';
    expect(drafts(coming, '2025-11-06')[0]?.[2]).not.toBe('2025-11-04');
    const own =
      'Titular\n\nEl Gobierno informó el martes que el canciller se reunió el 30 de octubre con su homólogo de Chile.';
    expect(drafts(own, '2025-11-06')[0]?.[2]).toBe('2025-10-30');
  });

  it('when an English lead says the ministers "take part in" a meeting, then it is on the release day — "to take part in" is no present', () => {
    const present =
      'Headline\n\nLima, Jun. 28.\n\nThe ministers of Peru and Chile take part in the 5th Meeting of the Committee for Political Consultation.';
    expect(drafts(present, '2017-06-28')).toEqual([['bilateral-meeting', 'held', '2017-06-28', 'day']]);
    const aim = 'Headline\n\nThe minister arrived in Lima to take part in the VIII Summit of the Americas.';
    expect(drafts(aim, '2018-04-13')[0]?.[2]).toBeNull();
  });

  it('when the text places the activity in the present with no date, then it is on the release day', () => {
    const text =
      'Titular\n\nEl ministro de Relaciones Exteriores se encuentra en Lima participando en la reunión de cancilleres de la región, que trata la situación de los países de la zona y de sus ciudadanos.';
    expect(drafts(text, '2017-08-08')).toEqual([['multilateral-meeting', 'held', '2017-08-08', 'day']]);
  });

  it('when an undated activity follows a dated one of its paragraph, then it took place then — unless it is only intended', () => {
    const held =
      'Titular\n\nEl canciller se reunió el 4 de mayo con su homólogo de Bolivia en La Paz. Ambos ministros firmaron además un memorando de entendimiento.';
    expect(drafts(held, '2026-05-05')).toEqual([
      ['bilateral-meeting', 'held', '2026-05-04', 'day'],
      ['agreement-signing', 'held', '2026-05-04', 'day'],
    ]);
    const intended =
      'Titular\n\nLos cancilleres acordaron realizar una visita oficial a La Paz en el primer trimestre de 2027. Acordaron además instalar el comité binacional de fronteras.';
    expect(drafts(intended, '2026-05-05').map((d) => d[2])).toEqual(['2027-01-01', null]);
  });

  it('when the status words belong to a clause about something else, then the activity keeps its own tense', () => {
    // "…in his meeting with X, where they agreed to create…": a meeting held, and an intention of its own.
    const text =
      'Titular\n\nThe Foreign Minister joined the President in his meeting with the envoy John Hale, where they agreed to create a permanent consultation system.\n\nThe envoy invited the government to an event to be held on 17 December in Washington.';
    expect(drafts(text, '2019-12-11').map((d) => [d[0], d[1], d[2]])).toEqual([
      ['bilateral-meeting', 'held', null],
      ['binational-committee', 'planned', null],
      // Both an invitation and "to be held": the word nearer the event says what it is.
      ['multilateral-meeting', 'announced', '2019-12-17'],
    ]);
  });

  it('when "In this context," opens an activity, or a delegation is presided today, then it is dated by the occasion or the release', () => {
    const context =
      'Titular\n\nToday the directors of both ministries met in Santiago.\n\nIn this context, the consular directors signed the rules of the consular committee.';
    expect(drafts(context, '2018-06-19').map((d) => [d[0], d[2]])).toEqual([
      ['bilateral-meeting', '2018-06-19'],
      ['agreement-signing', '2018-06-19'],
    ]);
    const numbered =
      'Titular\n\nEl ministro de Relaciones Exteriores de Cuba preside la delegación cubana a la XXII Reunión de Cancilleres de la CELAC, en Buenos Aires, donde se abordarán los temas de la agenda regional y la cooperación entre los países del continente.';
    expect(drafts(numbered, '2022-01-07')).toEqual([['multilateral-meeting', 'held', '2022-01-07', 'day']]);
  });

  it('when meetings are held in the margins of a body’s meeting, then they take its day', () => {
    const text =
      'Titular\n\nIn Argentina, the Foreign Secretary will attend today’s G20 meeting of foreign ministers in Buenos Aires.\n\nHe will have bilateral meetings in the margins of the G20 with China’s Wang Yi and Turkey’s Mevlut Cavusoglu.';
    expect(drafts(text, '2018-05-21').map((d) => [d[0], d[2]])).toEqual([
      ['multilateral-meeting', '2018-05-21'],
      ['bilateral-meeting', '2018-05-21'],
      ['bilateral-meeting', '2018-05-21'],
    ]);
  });

  it('when a past verb follows a month that opens the sentence, then the month is the last one, recalled', () => {
    const text =
      'Titular\n\nEl secretario visitará el Perú los días 5 y 6 de febrero.\n\nEn noviembre, la Cancillería informó que el secretario aceptó la invitación a visitar el Perú.';
    expect(drafts(text, '2018-01-26')).toHaveLength(1);
  });

  it('when "este 7 de agosto" follows a past verb, then it is this year’s day, not last year’s', () => {
    const text =
      'Titular\n\nLa viceministra recibió en la base aérea al presidente del Ecuador, quien llegó a Colombia para asistir este 7 de agosto a la posesión del nuevo presidente.';
    expect(drafts(text, '2018-08-06').map((d) => d[2])).toContain('2018-08-07');
  });

  it('when a meeting "is scheduled" ("tiene previsto"), then it is announced, not planned', () => {
    const text =
      'Titular\n\nA su llegada a Lima, el secretario general de la OEA tiene previsto sostener una reunión con la presidenta del Congreso.';
    expect(drafts(text, '2021-11-30').map((d) => d[1])).toEqual(['announced']);
  });

  it('when a visit begun today is "of two days", then it is a two-day range', () => {
    const text =
      'Titular\n\nEl secretario general de la OEA arriba hoy al Perú para realizar una visita oficial de dos días.';
    expect(drafts(text, '2021-11-30')).toEqual([['official-visit', 'held', '2021-11-30', 'range']]);
  });

  it('when a visit’s programme is told "on arrival", "then" and "at the end of the meeting", then each takes its day', () => {
    const text =
      'Titular\n\nEl secretario general arriba hoy al Perú para una visita oficial de dos días.\n\nA su llegada a Lima, tiene previsto sostener una reunión con la presidenta del Consejo de Ministros, Ana Paz.\n\nPosteriormente, el miércoles 1 de diciembre, se reunirá con el ministro de Relaciones Exteriores, Luis Vera.\n\nAl final de la cita se suscribirán dos convenios.';
    expect(drafts(text, '2021-11-30').map((d) => [d[0], d[2]])).toEqual([
      ['official-visit', '2021-11-30'],
      ['bilateral-meeting', '2021-11-30'],
      ['bilateral-meeting', '2021-12-01'],
      ['agreement-signing', '2021-12-01'],
    ]);
  });

  it('when a later sentence dates "the latter" intended meeting, then that intention takes the date', () => {
    const text =
      'Titular\n\nLos cancilleres se reunieron hoy y esperan concretar la reunión de la comisión binacional, con miras a la II Reunión del Gabinete Binacional.\n\nAmbos plantearon que este último se realice en el mes de junio de 2022.';
    expect(drafts(text, '2021-07-23').map((d) => [d[1], d[2]])).toContainEqual(['planned', '2022-06-01']);
  });

  it('when a minister "will meet" a counterpart "during a working visit" slated for some days, then both are announced, the meeting with the visit’s dates', () => {
    const text =
      'Titular\n\nPeru’s Foreign Minister Ana Ruiz will meet her Chinese counterpart Wang Yi during a working visit to Beijing, China.\n\nThe minister’s trip to China, slated for November 27-30, was authorized by supreme resolution.\n\nThis position was confirmed at the recent General Assembly of the United Nations.';
    expect(
      drafts(text, '2019-11-27').map(([type, ...rest]) => [type === 'bilateral-meeting' ? type : 'visit', ...rest]),
    ).toEqual([
      ['bilateral-meeting', 'announced', '2019-11-27', 'range'],
      ['visit', 'announced', '2019-11-27', 'range'],
    ]);
  });

  it('when "Finalmente los ministros" sign, with no comma after the link, then the signing is on the meeting’s day', () => {
    const text =
      'Titular\n\nEn la tarde de hoy, el canciller mantuvo una reunión bilateral con su par dominicano.\n\nFinalmente los ministros suscribieron un acuerdo sobre el trabajo de los familiares del personal diplomático.';
    expect(drafts(text, '2016-06-12')).toEqual([
      ['bilateral-meeting', 'held', '2016-06-12', 'day'],
      ['agreement-signing', 'held', '2016-06-12', 'day'],
    ]);
  });

  it('when a numbered meeting is "held" on a past date, then it is recalled, not drafted, whatever else the sentence dates', () => {
    const text =
      'Headline\n\n1. On May 16, 2024, the Deputy Minister Chung Byung-won met with Ambassador Eduardo Saboia.\n\n2. The two sides reviewed the follow-up on the 13th meeting of the High-level Consultations held in Brasilia in November last year and agreed to expand exchanges this year.';
    expect(drafts(text, '2024-05-16')).toEqual([['bilateral-meeting', 'held', '2024-05-16', 'day']]);
  });

  it('when a session slated "for Friday" follows a meeting "on Thursday", then each has its day and tense', () => {
    const text =
      'Headline\n\nThe President on Thursday met with his Chilean counterpart in Lima prior to the Binational Cabinet session slated for Friday.';
    expect(drafts(text, '2017-07-06')).toEqual([
      ['bilateral-meeting', 'held', '2017-07-06', 'day'],
      ['binational-committee', 'announced', '2017-07-07', 'day'],
    ]);
  });

  it('when a call looked forward to a summit, or ministers previewed a negotiating round, then the coming event is drafted with its date', () => {
    const call =
      "Headline\n\nThe Secretary spoke yesterday with the Chilean Foreign Minister. The Secretary conveyed that he looked forward to Chile's participation in the Summit of the Americas in Los Angeles in early June.";
    expect(drafts(call, '2022-05-03')).toEqual([
      ['phone-call', 'held', '2022-05-02', 'day'],
      ['multilateral-meeting', 'planned', '2022-06-01', 'month'],
    ]);
    const round =
      'Headline\n\nToday the Secretary met with the Foreign Secretary of Mexico. They also previewed Round Two of NAFTA negotiations in Mexico City September 1-5.';
    expect(drafts(round, '2017-08-30')).toEqual([
      ['bilateral-meeting', 'held', '2017-08-30', 'day'],
      ['trade-negotiation', 'announced', '2017-09-01', 'range'],
    ]);
  });

  it('when a resolution "publicada hoy" gives the trip\'s days and "En esos días" the trip, then the publication day dates nothing', () => {
    const text =
      'Titular\n\nLa vicepresidenta quedará a cargo del despacho durante el viaje del presidente a Guatemala para participar en la XXVI Cumbre Iberoamericana.\n\nSegún la resolución suprema, publicada hoy en el diario oficial, estará a cargo del despacho del 15 al 16 de noviembre.\n\nEn esos días, el presidente viajará a la ciudad de La Antigua Guatemala.';
    const out = drafts(text, '2018-11-14');
    expect(out.every(([, , date]) => date !== '2018-11-14')).toBe(true);
    expect(out.some(([, , date, precision]) => date === '2018-11-15' && precision === 'range')).toBe(true);
  });

  it('when the trip is authorised for a period, then the visit dated by its day of departure, and its programme, take the period', () => {
    const es =
      'Titular\n\nEl presidente viajará hoy a Santiago de Chile para participar en el Gabinete Binacional.\n\nEl Congreso concedió autorización al jefe de Estado para ausentarse del país los días 28 y 29 de noviembre.\n\nLa agenda incluye reuniones bilaterales entre los ministros de ambos países.';
    const out = drafts(es, '2022-11-28');
    expect(out[0]).toEqual(['official-visit', 'announced', '2022-11-28', 'range']);
    expect(out.map(([type, , date, precision]) => [type, date, precision])).toContainEqual([
      'bilateral-meeting',
      '2022-11-28',
      'range',
    ]);
    const en =
      'Headline\n\nThe Foreign Minister will travel to Brussels today to attend a conference on migration.\n\nThe trip, from October 26 to 30, was authorized by supreme resolution.';
    expect(drafts(en, '2019-10-26')[0]).toEqual(['official-visit', 'announced', '2019-10-26', 'range']);
    const resolution =
      'Headline\n\nThe Foreign Minister will travel to Brussels to attend a conference on migration.\n\nAccording to the supreme resolution, the minister will be overseas on October 26-30.';
    expect(drafts(resolution, '2019-10-26')[0]).toEqual(['official-visit', 'announced', '2019-10-26', 'range']);
    // A period authorised that does not hold the visit's own day is something else's: the day stays.
    const other =
      'Titular\n\nEl presidente viajará hoy a Santiago de Chile.\n\nEl Congreso autorizó además su viaje a Madrid los días 5 y 6 de diciembre.';
    expect(drafts(other, '2022-11-28')[0]).toEqual(['official-visit', 'announced', '2022-11-28', 'day']);
  });

  it("when the headline tells the day of the activity the body reports undated, then the lead takes that day — not another activity's", () => {
    const text =
      'El presidente dialogó hoy con el mandatario electo de Colombia y acordaron reunirse en setiembre próximo\n\nEn el diálogo telefónico, el presidente reafirmó los lazos entre ambos países.';
    expect(drafts(text, '2018-08-06')[0]).toEqual(['phone-call', 'held', '2018-08-06', 'day']);
    const later =
      'El presidente acordó reunirse en setiembre próximo con el mandatario electo de Colombia\n\nEn el diálogo telefónico, el presidente reafirmó los lazos entre ambos países.';
    expect(drafts(later, '2018-08-06')[0]).toEqual(['phone-call', 'held', null, null]);
  });

  it('when a year closes the name of an event the text dates no other way, then the event is in that year — the meetings within it are not dated by it', () => {
    const text =
      'Titular\n\nEl canciller participará en el Foro Económico Internacional América Latina y el Caribe 2026, que reunirá a jefes de Estado.\n\nLa agenda del canciller incluye reuniones bilaterales con su par panameño Javier Martínez-Acha y con la canciller de Jamaica.';
    expect(drafts(text, '2026-01-28')).toEqual([
      ['multilateral-meeting', 'announced', '2026-01-01', 'range'],
      ['bilateral-meeting', 'announced', null, null],
    ]);
    const own = 'Titular\n\nEl canciller llegó a Panamá para la segunda edición del Foro Económico Internacional 2026.';
    expect(drafts(own, '2026-01-28').map(([, , date]) => date)).toContain('2026-01-01');
    // A year long gone is an earlier edition's name, not the date of one still to come.
    const earlier = 'Titular\n\nEl canciller participará en la Cumbre de las Américas 2015 de Panamá.';
    expect(drafts(earlier, '2026-01-28')[0]?.[2]).toBeNull();
  });

  it('when a meeting is named as where what is now reported was decided, then it is recalled, and its date dates nothing else', () => {
    const es =
      'Titular\n\nEn la fecha se celebró la I Reunión de Ministros de Relaciones Exteriores de Iberoamérica en Santo Domingo.\n\nLa Secretaría Pro Témpore expuso los acuerdos adoptados en la II Reunión de Coordinadores Nacionales, en fecha 24 y 25 de noviembre.\n\nEn la ocasión fue electo como Secretario General de la Conferencia Iberoamericana Andrés Allamand.';
    expect(drafts(es, '2021-11-26')).toEqual([
      ['multilateral-meeting', 'held', '2021-11-26', 'day'],
      ['pro-tempore-presidency', 'held', null, null],
      ['election-international-body', 'held', '2021-11-26', 'day'],
    ]);
    const en =
      'Headline\n\nToday the Foreign Minister met with his Chilean counterpart in Lima.\n\nThe ministers reviewed the measures agreed at the 3rd Meeting of the Joint Commission on 4 May.';
    expect(drafts(en, '2021-06-10')).toEqual([['bilateral-meeting', 'held', '2021-06-10', 'day']]);
  });

  it('when a visit and a meeting are joined by "when", "en la que", then they are two activities, the meeting on the visit\'s days and in its tense', () => {
    const en =
      'Headline\n\nThe President of Uruguay will make a State visit to Brazil on May 21, 2015, when he will be received by President Dilma Rousseff. This is his first bilateral visit since he took office in March 2015.';
    expect(drafts(en, '2015-05-20')).toEqual([
      ['official-visit', 'announced', '2015-05-21', 'day'],
      ['bilateral-meeting', 'announced', '2015-05-21', 'day'],
    ]);
    const es =
      'Titular\n\nEl canciller realizará este jueves y viernes una visita no oficial a Haití, en la que agotará una serie de encuentros con actores del Gobierno.';
    expect(drafts(es, '2020-11-05')).toEqual([
      ['official-visit', 'announced', '2020-11-05', 'range'],
      ['bilateral-meeting', 'announced', '2020-11-05', 'range'],
    ]);
    // Without such a word, the generic word tells the visit again: one activity.
    const once =
      'Headline\n\nThe President will make a State visit to Brazil on May 21 and will be received by President Rousseff.';
    expect(drafts(once, '2015-05-20')).toHaveLength(1);
  });

  it('when a past verb hosted a "long-awaited" meeting, then the meeting was held — one only announced is still to come', () => {
    const hosted =
      'Titular\n\nEl Palacio de San Carlos albergó este viernes un esperado encuentro entre el canciller de Colombia y su homóloga de Argentina.';
    expect(drafts(hosted, '2024-04-19')).toEqual([['bilateral-meeting', 'held', '2024-04-19', 'day']]);
    const announced = 'Titular\n\nEl canciller anunció un esperado encuentro con su homóloga de Argentina.';
    expect(drafts(announced, '2024-04-19')[0]?.[1]).not.toBe('held');
  });

  it("when a working visit frames the sentence's act, then it has that act's tense, and the conference the trip is for stays an event of its own", () => {
    const text =
      'Titular\n\nEl canciller participará en la tercera reunión del Grupo de Lima, que se llevará a cabo este jueves en Toronto, Canadá.\n\nEn el marco de esta visita de trabajo a Canadá, el canciller sostendrá un encuentro con la premier de Ontario.';
    expect(drafts(text, '2017-10-24')).toEqual([
      ['multilateral-meeting', 'announced', '2017-10-26', 'day'],
      ['official-visit', 'announced', null, null],
    ]);
  });

  it('when a sentence joins two meetings of their own days with "and" and a verb, then they are two meetings, each on its day', () => {
    const en =
      'Headline\n\nThe Secretary will meet with President Gustavo Petro on Oct 3-4 in Colombia and will hold a meeting with President Gabriel Boric on Oct 5 in Chile.';
    expect(drafts(en, '2022-10-01')).toEqual([
      ['bilateral-meeting', 'announced', '2022-10-03', 'range'],
      ['bilateral-meeting', 'announced', '2022-10-05', 'day'],
    ]);
    const es =
      'Titular\n\nEl canciller se reunió el lunes 3 con el presidente de Colombia y sostuvo una reunión el martes 4 con la canciller de Chile.';
    expect(drafts(es, '2022-10-05').map(([, , date]) => date)).toEqual(['2022-10-03', '2022-10-04']);
    // With no date between them, the second word tells the same meeting again.
    const once =
      'Headline\n\nThe Secretary will meet with President Petro and will hold a meeting with his cabinet on Oct 5.';
    expect(drafts(once, '2022-10-01')).toHaveLength(1);
  });

  it('when the trip is the subject of a passive authorisation, then it is a visit over the days authorised — nothing else authorised is', () => {
    const trip =
      'Titular\n\nEl primer ministro asistió a la toma de mando en Bolivia.\n\nEl viaje del premier fue autorizado para los días 7, 8 y 9 de noviembre, según la resolución suprema.';
    expect(drafts(trip, '2025-11-08')).toContainEqual(['official-visit', 'held', '2025-11-07', 'range']);
    // "…como parte del viaje de Meza-Cuadra autorizado por el Gobierno para los días 14 al 18": the participle too.
    const part =
      'Titular\n\nLa tarde de este miércoles 16 de octubre, el secretario de Estado se reunió con el canciller del Perú.\n\nMás temprano, el canciller se reunió con el secretario general de la OEA.\n\nAmbas citas tuvieron lugar como parte del viaje del canciller autorizado por el Gobierno para los días 14 al 18 de octubre.';
    expect(drafts(part, '2019-10-16')).toEqual([
      ['bilateral-meeting', 'held', '2019-10-16', 'day'],
      ['institutional-meeting', 'held', '2019-10-16', 'day'],
      ['official-visit', 'held', '2019-10-14', 'range'],
    ]);
    // Told again after the trip was reported, it is that trip.
    const again =
      'Titular\n\nLa canciller viajará a Washington entre el lunes 30 de enero y el jueves 2 de febrero.\n\nEl viaje fue autorizado mediante un decreto supremo.';
    expect(drafts(again, '2023-01-29').filter(([type]) => type === 'official-visit')).toHaveLength(1);
    const other =
      'Titular\n\nEl primer ministro asistió a la toma de mando en Bolivia.\n\nLa compra de equipos fue autorizada el 7 de noviembre.';
    expect(drafts(other, '2025-11-08').map(([type]) => type)).not.toContain('official-visit');
  });

  it('when a visit is dated only by the day it ends, then it runs from the first day dated before it', () => {
    const text =
      'Titular\n\nEn Madrid fueron recibidos este domingo, 1 de marzo, con honores militares el presidente y la canciller.\n\nEsta visita de Estado, que finaliza el martes 3 de marzo, tiene un contenido económico.';
    expect(drafts(text, '2015-03-01')).toContainEqual(['official-visit', 'held', '2015-03-01', 'range']);
    // Without an earlier day, the last day stays a day.
    const alone = 'Titular\n\nEsta visita de Estado, que finaliza el martes 3 de marzo, tiene un contenido económico.';
    expect(drafts(alone, '2015-03-01')[0]?.[3]).toBe('day');
  });

  it('when a later sentence recalls a year long gone, then the lead activity is still news, and not dated by that year', () => {
    const text =
      'Headline\n\nThe ministers of Peru and Chile take part in the 5th Meeting of the Committee for Political Consultation.\n\nDuring the meeting, ministers discuss ways to reactivate cooperation mechanisms, suspended since 2014, when the last meeting was held.';
    // (On the release's day: "take part in" tells it in the present.)
    expect(drafts(text, '2017-06-28')).toEqual([['bilateral-meeting', 'held', '2017-06-28', 'day']]);
  });
});
