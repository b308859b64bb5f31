import { findCountries } from './countries';
import { alt } from './dateGrammar';
import type { ReleaseLanguage, Span } from './draftsFile';
import resources from './resources/activities.json';

/**
 * What an activity word needs around it to report an activity (cues.ts `findTriggers` asks): not a possibility
 * ("una eventual visita"), not the subject of something else ("un memorando … sobre consultas políticas"), a
 * presidency taken or held rather than named as agent or frame or a country's, an office for an opening word, an
 * agreement for a signing word.
 */
export function outOfContext(text: string, lang: ReleaseLanguage, at: Span, family: string, phrase: string): boolean {
  const before = text.slice(Math.max(0, at.start - 40), at.start);
  if (res(lang).hypothetical.test(before)) return true;
  // "un memorando de entendimiento sobre consultas políticas": the subject of something else, not an activity.
  if (TOPIC_BEFORE.test(before)) return true;
  // "para promover el diálogo político", "to deepen the dialogue": an aim named, not an activity held.
  if (PURPOSE_BEFORE.test(before)) return true;
  // "El Congreso aprobó una resolución para declarar persona non grata a…": a parliament's declaration, not an
  // expulsion by the government.
  if (family === 'expulsion' && PARLIAMENT.test(text.slice(Math.max(0, at.start - 100), at.start))) return true;
  // "en su discurso de investidura ante el Congreso": a speech named after the office taken, no inauguration.
  if (family === 'inauguration' && /(?<![\p{L}])(?:discurso|mensaje|speech|address)\s+(?:de|of)\s+$/iu.test(before))
    return true;
  // "los honores militares correspondientes a su alta investidura": "alta investidura" is high office, no ceremony.
  if (family === 'inauguration' && /(?<![\p{L}])alta\s+$/iu.test(before) && /^investidura$/iu.test(phrase)) return true;
  // "rompió relaciones con México por otorgar asilo a…": an infinitive after "por" gives a reason, not an activity.
  if (CAUSE_BEFORE.test(before) && /^\p{L}+(?:ar|er|ir)(?![\p{L}])/iu.test(phrase)) return true;
  if (family === 'presidency') {
    // "convocada por la Presidencia Pro Tempore de Colombia": the presidency named, not taken or held.
    if (/^(?:presidencia|secretar[ií]a|pro)/iu.test(phrase) && res(lang).notPresidency.test(before)) return true;
    // "Iván Duque asumirá la presidencia de Colombia": a country's presidency is a transfer of power, not a chair.
    if (!/pro\s+t[eé]mpore/iu.test(phrase) && countryPresidency(text.slice(at.end, at.end + 60))) return true;
  }
  // "recibirá, a nombre del Estado peruano, dicho encargo": Spanish receives a person with "a" ("recibió al
  // embajador"); a thing received ("dicho encargo", "la presidencia", "una donación") is no meeting.
  if (
    lang === 'es' &&
    family === 'meeting' &&
    /^recib(?:ió|irá|e|en|ieron|irán)$/iu.test(phrase) &&
    receivesAThing(text, at)
  )
    return true;
  // "El viaje del premier fue autorizado para los días 7, 8 y 9": a passive authorisation is a trip only when the
  // trip is its subject, just before it.
  if (
    family === 'visit' &&
    AUTHORISED_PASSIVE.test(phrase) &&
    !TRIP_BEFORE.test(text.slice(Math.max(0, at.start - 60), at.start))
  )
    return true;
  // "inauguró … el curso internacional": an opening word opens an office only when it names one near it.
  if (family === 'opening' && !res(lang).office.test(text.slice(at.start, at.end + 60))) return true;
  // "Firman la resolución…", "Esta presentación fue suscrita por…": a signing word signs an agreement only when one
  // is named near it.
  if (family === 'agreement' && !res(lang).agreement.test(text.slice(Math.max(0, at.start - 80), at.end + 80)))
    return true;
  return false;
}

/** What follows "recibió": a determiner first (past an aside between commas), and no personal "a" in the clause. */
function receivesAThing(text: string, at: Span): boolean {
  const clause = text.slice(at.end, at.end + 120).split(/[.;:]/u)[0] ?? '';
  const object = clause.replace(/^\s*,[^,]{0,60},/u, ' ').trimStart();
  if (!/^(?:el|la|los|las|un|una|unos|unas|dicho|dicha|dichos|dichas|este|esta|estos|estas)\s/iu.test(object))
    return false;
  // "recibió la visita de…", "recibió el saludo de…": a visitor received after all.
  if (/^(?:la\s+visita|el\s+saludo|las\s+cartas|la\s+delegación)/iu.test(object)) return false;
  // "recibió una carta de invitación a José Jerí": a letter or a note is a thing, whoever it is addressed to.
  if (/^(?:una|la|un|el)\s+(?:carta|nota|invitación|comunicación|mensaje)(?![\p{L}])/iu.test(object)) return true;
  return !/(?<![\p{L}])(?:al\s+\p{L}|a\s+(?:\p{Lu}|su\s|sus\s|los\s|las\s|la\s))/u.test(clause);
}
const AUTHORISED_PASSIVE =
  /^(?:(?:fue|was)\s+(?:autorizad[oa]|authori[sz]ed)|autorizad[oa]\s+por|authori[sz]ed\s+by)$/iu;
/** "fue autorizado", "was authorized", "autorizado por": the words of a trip authorised, told in the passive. */
export const isPassiveAuthorisation = (phrase: string) => AUTHORISED_PASSIVE.test(phrase);
/** The trip named as the subject: "El viaje del premier", "the minister's trip to Brussels", with no verb between. */
const TRIP_BEFORE = /(?<![\p{L}])(?:viaje|desplazamiento|trip|travel)(?![\p{L}])[^.;:]{0,50}$/iu;
const words = (list: readonly string[]) => new RegExp(`(?<![\\p{L}])(?:${alt(list)})(?![\\p{L}])`, 'iu');
const compiled = new Map<ReleaseLanguage, ReturnType<typeof compile>>();
function compile(lang: ReleaseLanguage) {
  return {
    // "una eventual visita", "a possible meeting", "the possibility of a state visit": a word of possibility just
    // before (an article and one word may come between).
    hypothetical: new RegExp(
      `(?<![\\p{L}])(?:${alt(resources.hypothetical[lang])})\\s+(?:(?:a|an|the|un|una|el|la)\\s+)?(?:\\p{L}+\\s+)?$`,
      'iu',
    ),
    // Words before a presidency's name that make it an agent or a frame (resource `notPresidency`).
    notPresidency: new RegExp(`(?<![\\p{L}])(?:${alt(resources.notPresidency[lang])})\\s+$`, 'iu'),
    office: words(resources.officeNouns[lang]),
    agreement: words(resources.agreementNouns[lang]),
  };
}
function res(lang: ReleaseLanguage) {
  let r = compiled.get(lang);
  if (!r) compiled.set(lang, (r = compile(lang)));
  return r;
}

const TOPIC_BEFORE =
  /(?<![\p{L}])(?:sobre|acerca\s+de|en\s+materia\s+de|relativ[oa]s?\s+a|regarding|concerning)\s+(?:(?:la|el|las|los|the)\s+)?$/iu;

const PURPOSE_BEFORE =
  /(?<![\p{L}])(?:promover|fortalecer|impulsar|profundizar|fomentar|estrechar|intensificar|promote|strengthen|foster|deepen|boost|enhance|intensify)\s+(?:(?:el|la|los|las|un|una|the|a|an)\s+)?$/iu;

const PARLIAMENT = /(?<![\p{L}])(?:Congreso|Parlamento|Congress|Parliament|Senado|Senate)(?![\p{L}])[^.;]*$/u;
const CAUSE_BEFORE = /(?<![\p{L}])(?:por|debido\s+a|a\s+causa\s+de)\s+$/iu;

const COUNTRY_PRESIDENCY =
  /^\s+(?:de|of)\s+(?:la\s+|the\s+)?(?:Rep[úu]blica|Republic|Naci[óo]n|Estado|country|pa[íi]s)(?![\p{L}])/u;
/** "…la presidencia de Colombia", "…de la República": after a presidency word, a country, not a body. */
function countryPresidency(after: string): boolean {
  if (COUNTRY_PRESIDENCY.test(after)) return true;
  const of = /^\s+(?:de|of)\s+/u.exec(after);
  const first = of ? findCountries(after)[0] : undefined;
  return !!of && !!first && first.span.start === of[0].length && first.via !== 'place';
}
