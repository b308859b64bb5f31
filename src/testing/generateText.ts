import type { Localized } from '../domain/activity';

/**
 * Bilingual title and summary templates of the synthetic data set, one pair per activity type. Summaries are
 * written without a tense ("Talks between…") so that one template fits held, announced and planned activities.
 */

export interface TextParts {
  /** Counterpart countries, already in each language ("Chile", "the United States"). */
  countries: Localized[];
  /** Theme labels, lower-cased, most important first. */
  themes: Localized[];
  place: string | null;
  org: { es: string; en: string; enArticle: boolean } | null;
}

const list = (items: string[], and: string) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;

type Template = (p: {
  c: string;
  th: string;
  first: string;
  at: string;
  org: string;
  orgBare: string;
  place: string;
}) => [title: string, summary: string];

interface LangTemplates {
  and: string;
  at: (place: string) => string;
  byType: Record<string, Template>;
}

const EN: LangTemplates = {
  and: 'and',
  at: (place) => ` in ${place}`,
  byType: {
    'bilateral-meeting': (p) => [
      `Meeting with ${p.c} on ${p.first}`,
      `Talks between officials of Peru and ${p.c}${p.at} on ${p.th}.`,
    ],
    'official-visit': (p) => [
      `Visit to Peru by a delegation of ${p.c}`,
      `A delegation of ${p.c} in Lima for talks on ${p.th}.`,
    ],
    'technical-meeting': (p) => [
      `Technical meeting with ${p.c} on ${p.first}`,
      `Working-level review with ${p.c}${p.at} of cooperation on ${p.th}.`,
    ],
    'bilateral-coordination': (p) => [
      `Coordination with ${p.c} on ${p.first}`,
      `Contacts with ${p.c} to move towards agreements on ${p.th}.`,
    ],
    'operational-cooperation': (p) => [
      `Joint operations on ${p.first} in ${p.place}`,
      `Joint operational mechanism${p.at} on ${p.th}${p.org ? `, supported by ${p.org}` : ''}.`,
    ],
    'binational-committee': (p) => [
      `Peru–${p.c} committee on ${p.first}`,
      `Session of the Peru–${p.c} binational committee${p.at} on ${p.th}.`,
    ],
    'proposal-multilateral': (p) => [
      `Peru's proposal on ${p.first} at ${p.org}`,
      `Peru tables an initiative on ${p.th} before a body of ${p.org}.`,
    ],
    'election-international-body': (p) => [
      `Peru elected to a body of ${p.org}`,
      `Election of Peru to a ${p.orgBare} body working on ${p.th}.`,
    ],
    'domestic-visit': (p) => [
      `Foreign Ministry visit to ${p.place}`,
      `Foreign Ministry officials in ${p.place} on ${p.th}.`,
    ],
    'office-opening': (p) => [
      `Foreign Ministry office in ${p.place}`,
      `A decentralised Foreign Ministry office in ${p.place} for ${p.th}.`,
    ],
  },
};

const ES: LangTemplates = {
  and: 'y',
  at: (place) => ` en ${place}`,
  byType: {
    'bilateral-meeting': (p) => [
      `Reunión con ${p.c} sobre ${p.first}`,
      `Conversaciones entre autoridades del Perú y de ${p.c}${p.at} sobre ${p.th}.`,
    ],
    'official-visit': (p) => [
      `Visita al Perú de una delegación de ${p.c}`,
      `Delegación de ${p.c} en Lima para conversar sobre ${p.th}.`,
    ],
    'technical-meeting': (p) => [
      `Reunión técnica con ${p.c} sobre ${p.first}`,
      `Revisión técnica con ${p.c}${p.at} de la cooperación en ${p.th}.`,
    ],
    'bilateral-coordination': (p) => [
      `Coordinación con ${p.c} sobre ${p.first}`,
      `Contactos con ${p.c} para avanzar hacia acuerdos sobre ${p.th}.`,
    ],
    'operational-cooperation': (p) => [
      `Operaciones conjuntas de ${p.first} en ${p.place}`,
      `Mecanismo operativo conjunto${p.at} sobre ${p.th}${p.org ? `, con apoyo de ${p.org}` : ''}.`,
    ],
    'binational-committee': (p) => [
      `Comité Perú–${p.c} sobre ${p.first}`,
      `Sesión del comité binacional Perú–${p.c}${p.at} sobre ${p.th}.`,
    ],
    'proposal-multilateral': (p) => [
      `Propuesta del Perú sobre ${p.first} en ${p.org}`,
      `El Perú presenta ante un órgano de ${p.org} una iniciativa sobre ${p.th}.`,
    ],
    'election-international-body': (p) => [
      `El Perú, elegido en un órgano de ${p.org}`,
      `Elección del Perú en un órgano de ${p.org} dedicado a ${p.th}.`,
    ],
    'domestic-visit': (p) => [
      `Visita de la Cancillería a ${p.place}`,
      `Autoridades de la Cancillería en ${p.place} por ${p.th}.`,
    ],
    'office-opening': (p) => [
      `Oficina de la Cancillería en ${p.place}`,
      `Oficina desconcentrada de la Cancillería en ${p.place} para ${p.th}.`,
    ],
  },
};

function render(lang: 'es' | 'en', type: string, parts: TextParts): [string, string] {
  const tpl = lang === 'es' ? ES : EN;
  const make = tpl.byType[type];
  if (!make) throw new Error(`no text template for activity type "${type}"`);
  const orgBare = parts.org ? parts.org[lang] : '';
  // Spanish names of these bodies are all feminine ("la OEA"); in English "the OAS" but "UNESCO".
  const org = !parts.org ? '' : lang === 'es' ? `la ${orgBare}` : parts.org.enArticle ? `the ${orgBare}` : orgBare;
  return make({
    c: list(
      parts.countries.map((x) => x[lang]),
      tpl.and,
    ),
    th: list(
      parts.themes.map((x) => x[lang]),
      tpl.and,
    ),
    first: parts.themes[0]?.[lang] ?? '',
    at: parts.place ? tpl.at(parts.place) : '',
    org,
    orgBare,
    place: parts.place ?? '',
  });
}

/** Title and summary in both languages. */
export function activityText(type: string, parts: TextParts): { title: Localized; summary: Localized } {
  const [titleEs, summaryEs] = render('es', type, parts);
  const [titleEn, summaryEn] = render('en', type, parts);
  return { title: { es: titleEs, en: titleEn }, summary: { es: summaryEs, en: summaryEn } };
}
