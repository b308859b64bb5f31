import { describe, expect, it } from 'vitest';
import { draftRows as drafts } from '../../testing/drafted';
import { draftRelease } from './draft';

/**
 * Trips through the whole engine: a visit's days (its length, the period it is authorised for, the day it ends), the
 * meetings and programme within it, and the trip told again. Other days and tenses: activities.dates.test.ts.
 */
describe('groupActivities: a trip, its days and its programme', () => {
  it('when a visit begun today is "of two days", then it is a two-day range', () => {
    const text =
      'Titular\n\nEl secretario general de la OEA arriba hoy al Perú para realizar una visita oficial de dos días.';
    expect(drafts(text, '2021-11-30')).toEqual([['official-visit', 'held', '2021-11-30', 'range']]);
    // "of a week", "one-week": seven days.
    const week = 'Titular\n\nLa canciller iniciará hoy una gira de una semana por Corea del Sur, China y Malasia.';
    expect(draftRelease({ text: week, releaseDate: '2015-01-06' })).toMatchObject({
      ok: true,
      file: { drafts: [{ date: '2015-01-06', endDate: '2015-01-12', datePrecision: 'range' }] },
    });
    // What is done during it takes the whole stay, not its first day.
    const during =
      'Titular\n\nLa canciller iniciará hoy una visita de tres días a Corea del Sur.\n\nAsimismo, sostendrá una reunión con empresarios coreanos.';
    expect(drafts(during, '2015-01-06')).toEqual([
      ['official-visit', 'announced', '2015-01-06', 'range'],
      ['bilateral-meeting', 'announced', '2015-01-06', 'range'],
    ]);
    const en = 'Title\n\nThe minister will begin a one-week visit to Japan today.';
    expect(draftRelease({ text: en, releaseDate: '2015-01-06' })).toMatchObject({
      file: { drafts: [{ date: '2015-01-06', endDate: '2015-01-12', datePrecision: 'range' }] },
    });
  });

  it('when a tour is under way, then what it will still hold is within its days; a meeting of its own day and words later is another', () => {
    // "También conversará con…": a meeting word of its own; the tour (held, "hoy y mañana") frames what is to come.
    const text =
      'Titular\n\nEl canciller Luis Videgaray realiza una gira de trabajo hoy y mañana en Estados Unidos, donde se reunirá con el secretario de Estado, Rex Tillerson.\n\nTambién conversará con Thomas Donohue, presidente de la Cámara de Comercio de Estados Unidos, sobre el tratado comercial.\n\nEl martes, en Nueva York, el canciller se reunirá con representantes de la Universidad de la Ciudad de Nueva York.';
    expect(drafts(text, '2017-10-02')).toEqual([
      ['official-visit', 'held', '2017-10-02', 'range'],
      ['bilateral-meeting', 'announced', '2017-10-02', 'range'],
      ['bilateral-meeting', 'announced', '2017-10-02', 'range'],
      ['bilateral-meeting', 'announced', '2017-10-03', 'day'],
    ]);
  });

  it('when interviews are to be held "durante su estadía", then they are a meeting over the stay', () => {
    const text =
      'Titular\n\nEl canciller tiene previsto viajar a Lima, Perú, del 21 al 23 de noviembre próximos.\n\nDurante su estadía en Lima, el Grupo se entrevistará con autoridades de los poderes Ejecutivo y Legislativo.';
    expect(drafts(text, '2022-11-18').map(([type, , date, precision]) => [type, date, precision])).toEqual([
      ['official-visit', '2022-11-21', 'range'],
      ['bilateral-meeting', '2022-11-21', 'range'],
    ]);
  });

  it('when a visit "stays until" a later day of its sentence, then it runs from its first day to that one', () => {
    const range = (text: string, release: string) => {
      const r = draftRelease({ text, releaseDate: release });
      return r.ok ? r.file.drafts.map((d) => [d.date, d.endDate, d.datePrecision]) : r;
    };
    expect(
      range('Title\n\nThe Heads of State will visit Japan on August 17 (Wed) and stay until 20 (Sat).', '2005-08-10'),
    ).toEqual([['2005-08-17', '2005-08-20', 'range']]);
    expect(
      range('Titular\n\nEl presidente visitará el Perú el 3 de marzo y permanecerá hasta el 6 de marzo.', '2026-02-20'),
    ).toEqual([['2026-03-03', '2026-03-06', 'range']]);
    // A bare day before the first is in the next month.
    expect(
      range('Titular\n\nEl presidente visitará el Perú el 30 de marzo y permanecerá hasta el 2.', '2026-02-20'),
    ).toEqual([['2026-03-30', '2026-04-02', 'range']]);
  });

  it('when a tour has two legs with days of their own, then they are two visits, and what is done "In <city>," takes that leg\'s days', () => {
    const text =
      'Title\n\nMinister Maliki made a working visit to Lima, Peru from 31 October to 1 November 2024. Minister Maliki subsequently made a working visit to Buenos Aires, Argentina from 4 to 6 November 2024.\n\nIn Lima, Minister Maliki met Peruvian Foreign Minister Elmer Schialer.\n\nIn Buenos Aires, Minister Maliki met Argentine Minister of Economy Luis Caputo.';
    expect(drafts(text, '2024-11-06')).toEqual([
      ['official-visit', 'held', '2024-10-31', 'range'],
      ['official-visit', 'held', '2024-11-04', 'range'],
      ['bilateral-meeting', 'held', '2024-10-31', 'range'],
      ['bilateral-meeting', 'held', '2024-11-04', 'range'],
    ]);
  });

  it('when a meeting is told first and then the visit it is held "durante su visita", then both are drafted with the visit\'s days', () => {
    const text =
      'Titular\n\nLa canciller se reunirá con el secretario de Estado, Rex Tillerson, durante su visita a Washington D.C., este 20 y el 21 de noviembre.';
    expect(drafts(text, '2017-11-20')).toEqual([
      ['bilateral-meeting', 'announced', '2017-11-20', 'range'],
      ['official-visit', 'announced', '2017-11-20', 'range'],
    ]);
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

  it("when a working visit frames the sentence's act, then it has that act's tense, and the conference the trip is for stays an event of its own", () => {
    const text =
      'Titular\n\nEl canciller participará en la tercera reunión del Grupo de Lima, que se llevará a cabo este jueves en Toronto, Canadá.\n\nEn el marco de esta visita de trabajo a Canadá, el canciller sostendrá un encuentro con la premier de Ontario.';
    expect(drafts(text, '2017-10-24')).toEqual([
      ['multilateral-meeting', 'announced', '2017-10-26', 'day'],
      ['official-visit', 'announced', null, null],
    ]);
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
  it("when a sentence opens by placing its act within the visit just reported, then the act is on the visit's day", () => {
    const es =
      'Titular\n\nTras su participación en la 19ª Cumbre Presidencial de la Comunidad Andina, el mandatario de Colombia efectúa hoy una visita de Estado al Perú.\n\nEn el contexto de esta visita, el presidente colombiano será condecorado con la Orden El Sol del Perú.';
    // ("una visita de Estado" is the specific word, not the generic "una visita".)
    expect(drafts(es, '2019-05-27')).toEqual([
      ['multilateral-meeting', 'held', '2019-05-27', 'day'],
      ['official-visit', 'held', '2019-05-27', 'day'],
      ['diplomatic-protocol', 'announced', '2019-05-27', 'day'],
    ]);
    const en =
      'Headline\n\nThe President of Colombia arrived in Lima today for a state visit to Peru.\n\nAs part of the visit, he will be decorated with the Order of the Sun of Peru.';
    expect(drafts(en, '2019-05-27')[1]).toEqual(['diplomatic-protocol', 'announced', '2019-05-27', 'day']);
  });
  it('when a tour meets people in one capital and then travels to another, then the trip is not the first meeting, and "will also meet" is another meeting', () => {
    const en =
      'Headline\n\nIn Montevideo November 7-9, Deputy Secretary Sherman will meet with senior government officials to discuss democratic governance. The Deputy Secretary will also meet with renewable energy business leaders.\n\nDeputy Secretary Sherman will then travel to Lima from November 9-11.';
    expect(drafts(en, '2021-11-05')).toEqual([
      ['bilateral-meeting', 'announced', '2021-11-07', 'range'],
      ['bilateral-meeting', 'announced', '2021-11-07', 'range'],
      ['official-visit', 'announced', '2021-11-09', 'range'],
    ]);
    // A meeting with no place of its own is still part of the visit it shares days and people with.
    const within =
      'Headline\n\nDeputy Secretary Sherman will meet with senior government officials on November 10.\n\nDeputy Secretary Sherman will travel to Lima on November 10.';
    expect(drafts(within, '2021-11-05')).toHaveLength(1);
  });
});
