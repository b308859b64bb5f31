import { describe, expect, it } from 'vitest';
import { draftRows as drafts } from '../../testing/drafted';

/**
 * Acts that stand beside the one just reported, through the whole engine: a numbered session of a standing body, the
 * items of a list cut by semicolons, an act a later sentence says is "also" done, an event told by its own name. The
 * rest of which words open activities: activities.test.ts.
 */
describe('groupActivities: another act beside the one reported', () => {
  it('when a standing body is numbered ("el 45º Consejo de Ministros"), then it names a session: a meeting of its own', () => {
    const text =
      'Titular\n\nLa XIX Cumbre Presidencial Andina se desarrollará en Palacio de Gobierno.\n\nEsta reunión estará precedida por el 45º Consejo de Ministros de Relaciones Exteriores, en el que participarán también los titulares de Comercio. El encuentro será a las 9:00 horas en San Isidro.';
    // Its hour, told in the next sentence, dates it to the release's day.
    expect(drafts(text, '2019-05-26')).toEqual([
      ['multilateral-meeting', 'announced', null, null],
      ['multilateral-meeting', 'announced', '2019-05-26', 'day'],
    ]);
    const en = 'Title\n\nThe minister will attend the 12th Council of Ministers of the Andean Community in Lima.';
    expect(drafts(en, '2019-05-26')).toEqual([['multilateral-meeting', 'announced', null, null]]);
    // Unnumbered, the word is the body: no meeting.
    const body = 'Titular\n\nEl Consejo de Ministros de Relaciones Exteriores aprobó la declaración.';
    expect(drafts(body, '2019-05-26').filter(([type]) => type === 'multilateral-meeting')).toEqual([]);
  });

  it("when a list is cut by semicolons, then each item with an activity word is an act of its own, in the list's tense", () => {
    const text =
      'Titular\n\nLa agenda para hoy sábado, 14 de mayo, prevé la visita del presidente a la Escuela Solar de Artigas; una reunión con la colectividad uruguaya y almuerzo oficial ofrecido por la Asociación Rural del Paraguay.';
    expect(drafts(text, '2022-05-14')).toEqual([
      ['bilateral-meeting', 'announced', '2022-05-14', 'day'],
      ['diplomatic-protocol', 'announced', '2022-05-14', 'day'],
    ]);
    // Without the semicolon, the generic word gives way to the specific one.
    const joined =
      'Titular\n\nLa agenda para hoy sábado, 14 de mayo, prevé una reunión con la colectividad uruguaya y almuerzo oficial ofrecido por la Asociación Rural del Paraguay.';
    expect(drafts(joined, '2022-05-14')).toEqual([['diplomatic-protocol', 'announced', '2022-05-14', 'day']]);
  });

  it('when a later sentence says its act is "also" done, then it is another act, not the one just reported', () => {
    const text =
      'Title\n\nThe Heads of State will hold a Summit Meeting in Tokyo on August 18. They will also attend the ceremony for the Central American Day (August 19) at the World Exposition.';
    expect(drafts(text, '2005-08-10')).toEqual([
      ['multilateral-meeting', 'announced', '2005-08-18', 'day'],
      // (A ceremony is an act of protocol, whoever attends it.)
      ['diplomatic-protocol', 'announced', '2005-08-19', 'day'],
    ]);
    // Not when "también" is a reported clause's or the verb's before it, nor before a definite name of the event.
    const not =
      'Titular\n\nEl canciller participará el 28 de enero en el Foro Económico en Panamá.\n\nTambién señaló que esta segunda edición del Foro contará con ocho jefes de Estado.\n\nEl 1 de noviembre, el canciller se reunió también con Rubio durante una visita a Washington.';
    expect(drafts(not, '2026-01-27')).toEqual([['multilateral-meeting', 'announced', '2026-01-28', 'day']]);
  });

  it('when an English generic noun closes a capitalised name after "the", then it is a named event of its own', () => {
    const text =
      'Title\n\nPeru\'s Foreign Affairs Minister Gustavo Meza-Cuadra will meet his Chinese counterpart Wang Yi during a working visit to the city of Beijing.\n\nMeza-Cuadra\'s trip to China, slated for November 27-30, was authorized by supreme resolution.\n\nIn Beijing, Meza-Cuadra will attend the "Ancient Civilizations Forum," which is of political and cultural importance to Peru.';
    expect(drafts(text, '2019-11-27')).toEqual([
      ['bilateral-meeting', 'announced', '2019-11-27', 'range'],
      ['official-visit', 'announced', '2019-11-27', 'range'],
      ['multilateral-meeting', 'announced', '2019-11-27', 'range'],
    ]);
    // Not a plain noun: "the meeting" still tells the one just reported.
    const plain =
      'Title\n\nThe minister met his Chinese counterpart Wang Yi in Beijing on November 27.\n\nThe meeting addressed trade.';
    expect(drafts(plain, '2019-11-28')).toEqual([['bilateral-meeting', 'held', '2019-11-27', 'day']]);
    // An acronym may stand in the name, and the event keep its own days.
    const acronym =
      "Title\n\nPeru's foreign minister held a meeting with his Chilean counterpart on Tuesday, within the framework of the Asia-Pacific Economic Cooperation (APEC) Leaders' Meeting that will take place in San Francisco this week.";
    expect(drafts(acronym, '2023-11-15')).toEqual([
      ['bilateral-meeting', 'held', '2023-11-14', 'day'],
      ['multilateral-meeting', 'announced', '2023-11-13', 'range'],
    ]);
    // So may a dash between two names; and "received today in audience" is an audience of its own.
    const dash =
      'Headline\n\nThe Minister of Foreign Affairs received today in audience a delegation of Peruvian columnists who are participating in the Chile - Peru Opinion Leaders Meeting, which is taking place between now and tomorrow in our country.';
    expect(drafts(dash, '2018-10-25')).toEqual([
      ['bilateral-meeting', 'held', '2018-10-25', 'day'],
      ['multilateral-meeting', 'held', '2018-10-25', 'range'],
    ]);
  });
  it("when an invitation is delivered during the visit, then it is an act of its own, on the visit's day", () => {
    const en =
      "Headline\n\nThe Minister of Foreign Affairs will undertake an official visit to La Paz on May 4, 2023, when he will hold a working meeting with his counterpart.\n\nDuring his visit to La Paz, the Minister is expected to deliver to President Arce the President's letters inviting him to participate in the Meeting of Presidents of South American Countries, scheduled to take place on May 30th in Brasilia.";
    expect(drafts(en, '2023-05-01').map(([type, , date]) => [type, date])).toEqual([
      ['official-visit', '2023-05-04'],
      ['bilateral-meeting', '2023-05-04'],
      ['invitation', '2023-05-04'],
      ['bilateral-meeting', '2023-05-30'],
    ]);
    // A letter received is a thing, not a visitor, whoever it is addressed to.
    const es =
      'Titular\n\nEl documento precisaba que el Ejecutivo recibió una carta de invitación a José Jerí por el Ministerio de Relaciones Exteriores de Bolivia para que participe en la ceremonia.';
    expect(drafts(es, '2025-11-08').map(([type]) => type)).toEqual(['invitation']);
  });
  it("when a subheading names an act and a later sentence names it again, then the act is drafted once, on the meeting's day", () => {
    const es =
      'Titular\n\nLos cancilleres de Paraguay y Chile sostuvieron hoy una reunión en Santiago.\n\nCondecoración\n\nPosterior a la reunión, el canciller paraguayo condecoró al ministro chileno con la Orden Nacional del Mérito.\n\nEl canciller chileno expresó que recibe la condecoración como una expresión de amistad.';
    // ("Condecoración" alone on its line is a subheading; "la condecoración" is the act just reported.)
    expect(drafts(es, '2024-06-05')).toEqual([
      ['bilateral-meeting', 'held', '2024-06-05', 'day'],
      ['diplomatic-protocol', 'held', '2024-06-05', 'day'],
    ]);
    // A decoration of another name is another act.
    const other = es.replace('recibe la condecoración como', 'recibió además una condecoración del Senado como');
    expect(drafts(other, '2024-06-05')).toHaveLength(3);
  });
  it('when two leaders "held a private meeting" before a session of their cabinet, then the meeting and the session are two acts', () => {
    const en =
      'Headline\n\nPresident Kuczynski and his Ecuadorian counterpart Lenin Moreno held a private meeting in Trujillo on Friday prior to the 11th Peru-Ecuador Binational Cabinet.';
    expect(drafts(en, '2017-10-20').map(([type, , date]) => [type, date])).toEqual([
      ['bilateral-meeting', '2017-10-20'],
      ['binational-committee', '2017-10-20'],
    ]);
  });
});
