import { describe, expect, it } from 'vitest';
import { draftRows as drafts } from '../../testing/drafted';

/**
 * How mentions become activities, through the whole engine: the day and the tense each activity takes from its
 * sentence, its paragraph or its occasion, each in a short made-up release. Which words open activities:
 * activities.test.ts; a trip's days and programme: activities.trips.test.ts; the day an act takes from the occasion
 * just reported: activities.occasion.test.ts.
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

  it('when a delegation is "attending" a numbered session named in English, then it is an event of its own, on the release\'s day', () => {
    const text =
      "Headline\n\nPeruvian Foreign Affairs Minister Cesar Landa on Wednesday participated in a meeting of the Andean Community's Council of Foreign Affairs Ministers.\n\nAs is known, Minister Landa is currently in New York City. He is part of Peru's official delegation attending the 77th United Nations General Assembly.";
    // ("the 77th United Nations General Assembly": the ordinal names the session across the words between.)
    expect(drafts(text, '2022-09-21')).toEqual([
      ['multilateral-meeting', 'held', '2022-09-21', 'day'],
      ['multilateral-meeting', 'held', '2022-09-21', 'day'],
    ]);
    // A gerund after a preposition is no present: "after attending" tells no day.
    const after = text.replace(
      "He is part of Peru's official delegation attending",
      'He returned to Lima after attending',
    );
    expect(drafts(after, '2022-09-21')[1]?.[2]).toBeNull();
  });

  it('when a minister is on a working tour "hoy y mañana", then the tour is a visit over both days', () => {
    const text =
      'Titular\n\nEl secretario de Relaciones Exteriores realiza una gira de trabajo hoy y mañana en Estados Unidos.';
    expect(drafts(text, '2017-10-02')).toEqual([['official-visit', 'held', '2017-10-02', 'range']]);
  });

  it('when English news names the day bare ("was signed Friday"), then the act is on that day, read back by its tense', () => {
    const text =
      'Title\n\nThe agreement on shared embassies was signed Friday by Peruvian Foreign Minister Eda Rivas and her Colombian counterpart Maria Angela Holguin.';
    expect(drafts(text, '2014-01-11')).toEqual([['agreement-signing', 'held', '2014-01-10', 'day']]);
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

  it('when a later sentence dates "the latter" intended meeting, then that intention takes the date', () => {
    const text =
      'Titular\n\nLos cancilleres se reunieron hoy y esperan concretar la reunión de la comisión binacional, con miras a la II Reunión del Gabinete Binacional.\n\nAmbos plantearon que este último se realice en el mes de junio de 2022.';
    expect(drafts(text, '2021-07-23').map((d) => [d[1], d[2]])).toContainEqual(['planned', '2022-06-01']);
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

  it('when a past verb hosted a "long-awaited" meeting, then the meeting was held — one only announced is still to come', () => {
    const hosted =
      'Titular\n\nEl Palacio de San Carlos albergó este viernes un esperado encuentro entre el canciller de Colombia y su homóloga de Argentina.';
    expect(drafts(hosted, '2024-04-19')).toEqual([['bilateral-meeting', 'held', '2024-04-19', 'day']]);
    const announced = 'Titular\n\nEl canciller anunció un esperado encuentro con su homóloga de Argentina.';
    expect(drafts(announced, '2024-04-19')[0]?.[1]).not.toBe('held');
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

  it('when a later sentence recalls a year long gone, then the lead activity is still news, and not dated by that year', () => {
    const text =
      'Headline\n\nThe ministers of Peru and Chile take part in the 5th Meeting of the Committee for Political Consultation.\n\nDuring the meeting, ministers discuss ways to reactivate cooperation mechanisms, suspended since 2014, when the last meeting was held.';
    // (On the release's day: "take part in" tells it in the present.)
    expect(drafts(text, '2017-06-28')).toEqual([['bilateral-meeting', 'held', '2017-06-28', 'day']]);
  });
  it('when a talk told as held on days already past follows a meeting still to come, then they are two activities', () => {
    const es =
      'Titular\n\nEl presidente electo de Chile visitará el Perú la primera semana de enero de 2026.\n\nEl visitante mantendrá una reunión con el presidente del Perú en la visita.\n\nEl canciller y el presidente electo conversaron la semana pasada durante una escala en Lima.';
    const rows = drafts(es, '2025-12-30');
    expect(rows.map(([type, status]) => [type, status])).toEqual([
      ['official-visit', 'announced'],
      ['bilateral-meeting', 'announced'],
      ['bilateral-meeting', 'held'],
    ]);
    // The talk keeps its own week, the meeting takes the visit's.
    expect(rows[2]?.slice(2)).toEqual(['2025-12-22', 'range']);
    expect(rows[1]?.[2]).toBe(rows[0]?.[2]);
  });
});
