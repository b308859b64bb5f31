import isoCountries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import es from 'i18n-iso-countries/langs/es.json';
import resources from './resources/countries.json';
import type { Span } from './draftsFile';
import { Gazetteer, tokenize, type CaseRule, type GazetteerEntry } from './gazetteer';
import { alt } from './dateGrammar';

isoCountries.registerLocale(en);
isoCountries.registerLocale(es);

/** How a country was found: its name, a usual short name, a demonym ("chileno") or a place in it ("Tacna"). */
export type CountryVia = 'name' | 'alias' | 'demonym' | 'place';
export interface CountryMention {
  span: Span;
  code: string;
  via: CountryVia;
  confidence: number;
}

const CONFIDENCE: Record<CountryVia, number> = { name: 0.95, alias: 0.95, demonym: 0.8, place: 0.85 };
type Value = { code: string; via: CountryVia };

const nameRule = (phrase: string): CaseRule => (/\p{Ll}/u.test(phrase) ? 'capital' : 'exact');

function entries(): GazetteerEntry<Value>[] {
  const excluded = new Set(
    resources.exclude.map((x) =>
      tokenize(x)
        .map((t) => t.key)
        .join(' '),
    ),
  );
  const out: GazetteerEntry<Value>[] = [];
  const add = (phrase: string, code: string, via: CountryVia, caseRule: CaseRule) => {
    if (
      !excluded.has(
        tokenize(phrase)
          .map((t) => t.key)
          .join(' '),
      )
    )
      out.push({ phrase, value: { code, via }, caseRule });
  };
  // Reviewed aliases first: where a key is shared ("Congo"), the first entry with a fitting case wins.
  for (const [code, names] of Object.entries(resources.aliases))
    for (const n of names) add(n, code, 'alias', nameRule(n));
  for (const lang of ['es', 'en'])
    for (const [code, names] of Object.entries(isoCountries.getNames(lang, { select: 'all' })))
      for (const n of names) add(n, code, 'name', nameRule(n));
  for (const [code, names] of Object.entries(resources.places)) for (const n of names) add(n, code, 'place', 'capital');
  for (const [code, words] of Object.entries(resources.demonyms.es))
    for (const w of words) add(w, code, 'demonym', 'any');
  for (const [code, words] of Object.entries(resources.demonyms.en))
    for (const w of words) add(w, code, 'demonym', 'capital');
  return out;
}

let gazetteer: Gazetteer<Value> | undefined;
const LANGUAGE_CONTEXT = new Set(resources.languageContexts);

/** Every country the text names or implies, in text order, each with its evidence span. */
export function findCountries(text: string, tokens = tokenize(text)): CountryMention[] {
  gazetteer ??= new Gazetteer(entries());
  return gazetteer
    .find(text, tokens)
    .filter((h) => !(h.entry.value.via === 'demonym' && languageUse(text, h.span.start)))
    .filter((h) => !(h.entry.value.via === 'demonym' && insideName(text, h.span)))
    .filter((h) => !(h.entry.value.via === 'place' && namesInstrument(text, h.span)))
    .filter((h) => !(h.entry.value.via === 'place' && placeInsideName(text, h.span)))
    .map((h) => ({
      span: h.span,
      code: h.entry.value.code,
      via: h.entry.value.via,
      confidence: CONFIDENCE[h.entry.value.via],
    }));
}

const ES_DEMONYMS = new Set(Object.values(resources.demonyms.es).flatMap((ws) => ws.map((w) => w.toLowerCase())));
/**
 * Spanish writes demonyms in lower case, so a capitalised one after a capitalised word is part of a name: the
 * newspaper "El Peruano", the "Consejo Empresarial Peruano-Chileno".
 */
function insideName(text: string, span: Span): boolean {
  const word = text.slice(span.start, span.end);
  if (!/^\p{Lu}/u.test(word) || !ES_DEMONYMS.has(word.toLowerCase())) return false;
  return /\p{Lu}[\p{L}.]*\s+$/u.test(text.slice(Math.max(0, span.start - 30), span.start));
}

/**
 * "Aeropuerto Internacional Mariscal Sucre", "President Santiago Peña": a city's name after a capitalised word in
 * running text is part of a person's or a place's own name — unless that word says what kind of place follows
 * ("Región Tacna", "Ciudad de…") or opens the sentence.
 */
const NAMED_AFTER =
  /(?<![\p{L}])(?:Convención|Convenciones|Convention|Conventions|Protocolo|Protocol|Acuerdo|Agreement|Consenso|Consensus|Grupo|Group|Carta|Charter|Tratado|Treaty|Compromiso|Commitment|Estatuto|Statute|Proceso|Process)\s+(?:de|of)\s+$/u;
const BEFORE_PLACE_OK = new Set([
  'En',
  'In',
  'At',
  'From',
  'To',
  'De',
  'Del',
  'A',
  'Al',
  'Desde',
  'Hasta',
  'Para',
  'Por',
  'Y',
  'And',
  'Of',
  'The',
  'Región',
  'Provincia',
  'Ciudad',
  'Departamento',
  'Distrito',
  'Estado',
  'Municipio',
  'Gran',
  'Region',
  'Province',
  'City',
  'State',
  'Greater',
]);
function placeInsideName(text: string, span: Span): boolean {
  // "las Convenciones de Viena", "el Grupo de Lima", "the Paris Agreement"'s "Acuerdo de París": an instrument or
  // a group named after a city.
  if (NAMED_AFTER.test(text.slice(Math.max(0, span.start - 40), span.start))) return true;
  const m = /(?:^|[^\p{L}.])(\p{Lu}[\p{L}]*)\s+$/u.exec(text.slice(Math.max(0, span.start - 30), span.start));
  if (!m || BEFORE_PLACE_OK.has(m[1] ?? '')) return false;
  // (The word opens its sentence or line: "Lima, 3 de diciembre", "…. Cusco recibe…".)
  const before = text.slice(0, span.start - (m[1]?.length ?? 0)).trimEnd();
  return before !== '' && !/[.!?:\n]$/u.test(before);
}

/** "en español", "in Dutch": a language, not a country. */
function languageUse(text: string, start: number): boolean {
  const before = /([\p{L}]+)\s+$/u.exec(text.slice(Math.max(0, start - 20), start));
  return before !== null && LANGUAGE_CONTEXT.has((before[1] ?? '').toLowerCase());
}

const INSTRUMENT_BEFORE = new RegExp(
  `(?:${alt(resources.instrumentWords.es)})\\s+(?:de|del)\\s+$|(?:${alt(resources.instrumentWords.en)})\\s+of\\s+(?:the\\s+)?$`,
  'u',
);
const INSTRUMENT_AFTER = new RegExp(`^\\s+(?:${alt(resources.instrumentWords.en)})(?![\\p{L}])`, 'u');

/** "la Convención de Caracas", "the Kyoto Protocol": a treaty named after a city, not a mention of its country. */
function namesInstrument(text: string, span: Span): boolean {
  return (
    INSTRUMENT_BEFORE.test(text.slice(Math.max(0, span.start - 40), span.start)) ||
    INSTRUMENT_AFTER.test(text.slice(span.end, span.end + 30))
  );
}
