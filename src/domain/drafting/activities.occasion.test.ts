import { describe, expect, it } from 'vitest';
import { draftRows as drafts } from '../../testing/drafted';

/**
 * The day an act takes from the occasion just reported, through the whole engine: an act placed after an event, the
 * next item of a programme, what a meeting reached, an act opened by the event's participants or by "In this
 * context,", meetings in the margins of a body's meeting. The tense and the day an activity takes from its own
 * sentence: activities.dates.test.ts.
 */
describe('groupActivities: the day an act takes from the occasion just reported', () => {
  it("when an act is placed right after the event just reported, then it is on that event's day", () => {
    const en =
      'Titular\n\nThe foreign ministers of Peru and Chile met in Lima on Wednesday, June 28, to review the border agenda.\n\nA press conference is expected to follow the 2+2 meeting.';
    expect(drafts(en, '2017-06-28')[1]?.slice(2)).toEqual(['2017-06-28', 'day']);
    // The event dated only by its hour ("a las 12 horas") is read first.
    const es =
      'Titular\n\nEl presidente recibirá a las 12 horas a su homólogo de Bolivia en Palacio de Gobierno.\n\nSe espera que tras el encuentro de ambos mandatarios se firme una declaración conjunta.';
    expect(drafts(es, '2019-05-26')[1]).toEqual(['agreement-signing', 'announced', '2019-05-26', 'day']);
    // Without such words, an intention takes no day from the event before it.
    const intended =
      'Titular\n\nThe foreign ministers of Peru and Chile met in Lima on Wednesday, June 28.\n\nA press conference is expected to be held.';
    expect(drafts(intended, '2017-06-28')[1]?.[2]).toBeNull();
  });

  it('when a sentence opens by placing a ceremony after the meeting just reported, then the ceremony is an act of that day', () => {
    const es =
      'Titular\n\nLos viceministros de Perú y Türkiye sostuvieron hoy una reunión de trabajo en Lima.\n\nEl encuentro permitió revisar la agenda bilateral.\n\nFinalizado el encuentro, ambos viceministros participaron en una breve ceremonia de entrega de certificados a diplomáticos.';
    expect(drafts(es, '2025-11-10')).toEqual([
      ['bilateral-meeting', 'held', '2025-11-10', 'day'],
      ['diplomatic-protocol', 'held', '2025-11-10', 'day'],
    ]);
    const en =
      'Headline\n\nThe foreign ministers of Peru and Chile met in Lima on Wednesday, June 28.\n\nAt the end of the meeting, both ministers attended a short ceremony to unveil a plaque.';
    expect(drafts(en, '2017-06-28')[1]).toEqual(['diplomatic-protocol', 'held', '2017-06-28', 'day']);
    // A ceremony only mentioned in a later paragraph opens nothing; one named with what it is for is that act.
    const mentioned =
      'Titular\n\nLos viceministros de Perú y Türkiye sostuvieron hoy una reunión de trabajo en Lima.\n\nEl Perú considera valiosa una ceremonia anual de entrega de certificados a diplomáticos.';
    expect(drafts(mentioned, '2025-11-10')).toHaveLength(1);
    const inauguration =
      'Titular\n\nLa ceremonia de asunción de mando en Colombia se realizará mañana martes y asistirá el jefe del Gabinete.';
    expect(drafts(inauguration, '2018-08-06')).toEqual([['inauguration-attendance', 'announced', '2018-08-07', 'day']]);
  });

  it("when a later sentence dates the agreements a meeting reached, then that day is the meeting's, not the sentence's act's", () => {
    const es =
      'Titular\n\nLos cancilleres de Chile y Perú encabezaron la primera reunión del Comité Binacional de Cooperación Migratoria.\n\nAmbas partes acordaron llevar a cabo el viernes 19 de diciembre una reunión de seguimiento del Comité para revisar los acuerdos alcanzados este lunes.';
    expect(drafts(es, '2025-12-01').map(([, status, date]) => [status, date])).toEqual([
      ['held', '2025-12-01'],
      ['announced', '2025-12-19'],
    ]);
    const en =
      'Headline\n\nThe foreign ministers of Chile and Peru chaired the first session of the Binational Committee on Migration.\n\nBoth sides agreed to hold a follow-up session of the committee on Friday, December 19, to review the agreements reached today.';
    expect(drafts(en, '2025-12-01').map(([, , date]) => date)).toEqual(['2025-12-01', '2025-12-19']);
    // Agreements reached long ago are background: they date nothing.
    const recalled = es.replace('este lunes', 'el 3 de mayo de 2010');
    expect(drafts(recalled, '2025-12-01').map(([, , date]) => date)).toEqual([null, '2025-12-19']);
  });

  it('when an act opens by coming next after an act dated only by its hour, then it is on that day too', () => {
    const es =
      'Titular\n\nA las 16:15 horas, el presidente del Congreso condecorará con la Medalla de Honor al presidente colombiano.\n\nLa llegada del mandatario está prevista a las 15:55 horas. Acto seguido, recibirá los honores militares correspondientes a su alta investidura.';
    // ("condecorará" is a decoration to come; "su alta investidura" is his high office, no inauguration.)
    expect(drafts(es, '2019-05-27')).toEqual([
      ['diplomatic-protocol', 'announced', '2019-05-27', 'day'],
      ['diplomatic-protocol', 'announced', '2019-05-27', 'day'],
    ]);
    const en =
      'Headline\n\nAt 4 p.m., the Speaker will decorate the visiting president with the Congress Medal of Honour.\n\nLater, he will receive military honours at the Legislative Palace.';
    expect(drafts(en, '2019-05-27').map(([, , date]) => date)).toEqual(['2019-05-27', '2019-05-27']);
    // Not after an act of another tense: what is done is not what is to come.
    const held =
      'Headline\n\nAt 4 p.m., the Speaker decorated the visiting president with the Congress Medal of Honour.\n\nLater, he will receive military honours at the Legislative Palace.';
    expect(drafts(held, '2019-05-27')[1]?.[2]).toBeNull();
  });

  it("when a sentence opens on the two people of an earlier meeting, each after a word, then it is that meeting's day", () => {
    const text =
      'Title\n\nSecretary Meade met with Minister for Foreign Affairs K Shanmugam on 4 October 2013.\n\nMinister Shanmugam and Secretary Meade also signed a Memorandum of Understanding on Cultural Cooperation.\n\nMeade will sign an agreement on tourism.';
    // One of them alone opens any sentence about him: no day from that.
    expect(drafts(text, '2013-10-04')).toEqual([
      ['bilateral-meeting', 'held', '2013-10-04', 'day'],
      ['agreement-signing', 'held', '2013-10-04', 'day'],
      ['agreement-signing', 'announced', null, null],
    ]);
  });

  it('when the programme\'s last item opens "Por último", then it is on the occasion just reported', () => {
    const text =
      'Titular\n\nEl presidente participará mañana, 18 de septiembre, en la VI Cumbre de la CELAC.\n\nPor último, se hará el traspaso de la presidencia pro témpore de México a Argentina.';
    expect(drafts(text, '2021-09-17')).toEqual([
      ['multilateral-meeting', 'announced', '2021-09-18', 'day'],
      ['pro-tempore-presidency', 'announced', '2021-09-18', 'day'],
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

  it('when "Finalmente los ministros" sign, with no comma after the link, then the signing is on the meeting’s day', () => {
    const text =
      'Titular\n\nEn la tarde de hoy, el canciller mantuvo una reunión bilateral con su par dominicano.\n\nFinalmente los ministros suscribieron un acuerdo sobre el trabajo de los familiares del personal diplomático.';
    expect(drafts(text, '2016-06-12')).toEqual([
      ['bilateral-meeting', 'held', '2016-06-12', 'day'],
      ['agreement-signing', 'held', '2016-06-12', 'day'],
    ]);
  });
});
