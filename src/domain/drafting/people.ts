import type { Localized } from '../activity';
import type { CountryMention } from './countries';
import type { Span } from './draftsFile';
import { alt } from './dateGrammar';
import resources from './resources/roles.json';

/**
 * People introduced by a role: "el canciller Hugo de Zela", "el secretario de Estado de los Estados Unidos, Marco
 * Rubio", "Secretary of State Marco Rubio", "Foreign Minister Hugo de Zela of Peru". The role and its country come
 * from the words around the name; a later "Secretary Rubio" is the same person.
 */
export interface PersonMention {
  span: Span;
  nameSpan: Span;
  name: string;
  role: Partial<Localized>;
  country?: string;
  confidence: number;
}

const PARTICLES = new Set(resources.nameParticles);
const NOT_NAMES = new Set(resources.notNames);
// Keyed in lower case; where a role is listed in both languages' spelling ("director general", "Director General"),
// the lower-case (Spanish) one wins, so that "el director general X" is read without a capital.
const ROLE = new Map<string, readonly [string, string]>();
for (const [a = '', b = ''] of resources.roles)
  if (!ROLE.has(a.toLowerCase()) || /^\p{Ll}/u.test(a)) ROLE.set(a.toLowerCase(), [a, b] as const);
const LOWER_EN = new Set(resources.lowercaseEnglish);
const ES_ROLES = new Set(resources.roles.map(([r]) => r ?? '').filter((r) => /^\p{Ll}/u.test(r) && !LOWER_EN.has(r)));
const TITLES = new Set(resources.titles);
const ROLE_RE = new RegExp(`(?<![\\p{L}])(${alt(ROLE.keys())})(?![\\p{L}])`, 'giu');
// ", the incoming ", ", Mexico's ", ", current ": what may stand between a name's comma and its role.
const BEFORE_ROLE = new RegExp(
  `,\\s*(?:the\\s+|la\\s+|el\\s+|\\p{Lu}[\\p{L}. ]{1,30}['’]s\\s+)?(?:(?:${alt(resources.roleModifiers)})\\s+)?$`,
  'u',
);
// "Senator the Hon Penny Wong", "H.E. Mr. Elmer Schialer": words of address before a name, skipped.
const HONORIFICS = new RegExp(`^(?:(?:${alt(resources.honorifics.words)})(?:\\s+|(?<=\\.)))+`, 'u');
const COMPLEMENT = new RegExp(`^\\s+(?:${alt(resources.complementStarts)})\\s+[^,;.\\n]{1,70}?,\\s*`, 'iu');

export function findPeople(text: string, countries: CountryMention[]): PersonMention[] {
  const found: PersonMention[] = [];
  for (const m of text.matchAll(ROLE_RE)) {
    const key = m[0].toLowerCase();
    const pair = ROLE.get(key);
    if (!pair) continue;
    // "Carolina Valdivia, Undersecretary of Foreign Affairs", "Claudia Sheinbaum, Mexico's president-elect": the
    // name before the role, which may follow a country's possessive.
    const before = BEFORE_ROLE.exec(text.slice(Math.max(0, m.index - 60), m.index));
    // "Secretary" capitalised in English texts, unless it stands after a name ("…, Mexico's president-elect");
    // "canciller" may be lower case.
    if (!ES_ROLES.has(pair[0]) && !LOWER_EN.has(pair[0]) && !/^\p{Lu}/u.test(m[0]) && !before) continue;
    let at = m.index + m[0].length;
    at += /^\s*\((?:s|e|i)\)/i.exec(text.slice(at))?.[0].length ?? 0;
    // "el canciller argentino, Pablo Quirno": a demonym between the role and the name gives the country.
    const demonym = countries.find(
      (c) => c.via === 'demonym' && c.span.start > at && /^\s+$/u.test(text.slice(at, c.span.start)),
    );
    // "Foreign Minister of the Republic of Colombia Carlos Holmes Trujillo": with no comma, a complement ends at the
    // country it names when a name follows at once.
    const ofCountry = countries.find(
      (c) =>
        c.via !== 'demonym' &&
        c.span.start > at &&
        /^\s+(?:of|de|del)\s+(?:\p{L}+\s+){0,4}$/u.test(text.slice(at, c.span.start)) &&
        nameAt(text, c.span.end + (/^\s*/u.exec(text.slice(c.span.end))?.[0].length ?? 0)) !== undefined &&
        /^\s+\p{Lu}/u.test(text.slice(c.span.end)),
    );
    // (Before a complement up to the next comma, which would take the name in: "…Colombia Carlos Holmes Trujillo, who…")
    const portfolio = ofCountry || demonym ? undefined : portfolioEnd(text, at);
    const comp = demonym
      ? text.slice(at, demonym.span.end + (/^\s*,?\s*/u.exec(text.slice(demonym.span.end))?.[0].length ?? 0))
      : ofCountry
        ? text.slice(at, ofCountry.span.end + (/^\s*/u.exec(text.slice(ofCountry.span.end))?.[0].length ?? 0))
        : portfolio !== undefined
          ? text.slice(at, portfolio)
          : COMPLEMENT.exec(text.slice(at))?.[0];
    const compSpan = comp ? { start: at, end: at + comp.length } : undefined;
    if (comp) at += comp.length;
    // (Not over a line break: a role that ends a headline names no one on the next line.)
    else at += /^[^\S\n]*,?[^\S\n]*/.exec(text.slice(at))?.[0].length ?? 0;
    // "ministro de Relaciones Exteriores, Comercio Internacional y Culto, Gerardo Werthein": more portfolios of the
    // role, listed after its comma, before the name.
    for (let more = 0; more < 3; more++) {
      const run = nameAt(text, at);
      const next = run && /^\s*,\s*/u.exec(text.slice(run.end));
      const words = run ? text.slice(run.start, run.end).split(/\s+/u) : [];
      if (!run || !next || !words.some((w) => PORTFOLIO.has(w)) || !nameAt(text, run.end + next[0].length)) break;
      at = run.end + next[0].length;
    }
    at += HONORIFICS.exec(text.slice(at))?.[0].length ?? 0;
    const first = nameAt(text, at);
    // "presidente de la República Oriental del Uruguay, Luis Lacalle Pou": capitals that run into a country's name
    // are the state's name; the person follows it.
    const state = first
      ? countries.find(
          (c) => c.via !== 'demonym' && c.via !== 'place' && c.span.start > first.start && c.span.start <= first.end,
        )
      : undefined;
    const after0 = state
      ? nameAt(text, state.span.end + (/^\s*,?\s*/u.exec(text.slice(state.span.end))?.[0].length ?? 0))
      : first;
    // (A country's name that only begins the name is a given name: "Vice President Francia Márquez".)
    const opening = after0 && countries.find((c) => c.span.start === after0.start && c.via !== 'place');
    const givenName = !!opening && opening.span.end < after0.end && /^\s+\p{Lu}/u.test(text.slice(opening.span.end));
    const name =
      after0 && (!opening || givenName)
        ? after0
        : before
          ? placeOpener(text, nameBefore(text, m.index - before[0].length))
          : undefined;
    // A country's name right after a role is no person ("the Foreign Minister of Chile"), but a city's may be a
    // surname: "Foreign Minister Trujillo", "el canciller Mendoza".
    if (
      !name ||
      (!(givenName && name === after0) &&
        countries.some((c) => c.span.start === name.start && c.via !== 'demonym' && c.via !== 'place'))
    )
      continue;
    const role = ES_ROLES.has(pair[0]) ? { es: m[0], en: pair[1] } : { en: m[0], es: pair[1] };
    const after = /^\s+(?:of|de|del)\s+(?:the\s+)?/.exec(text.slice(name.end));
    const inCountry = (s: Span) => countries.find((c) => c.span.start >= s.start && c.span.end <= s.end)?.code;
    const country =
      (state && name === after0 ? state.code : undefined) ??
      (compSpan && inCountry(compSpan)) ??
      (after ? countries.find((c) => c.span.start === name.end + after[0].length)?.code : undefined) ??
      countries.find((c) => c.via === 'demonym' && c.span.end <= m.index && m.index - c.span.end <= 2)?.code ??
      (before ? inCountry({ start: m.index - before[0].length, end: m.index }) : undefined);
    found.push({
      span: { start: Math.min(m.index, name.start), end: Math.max(name.end, m.index + m[0].length) },
      nameSpan: name,
      name: text.slice(name.start, name.end),
      role,
      ...(country ? { country } : {}),
      confidence: 0.8,
    });
    // A plural role names two: "the South American directors of both ministries, Patricio Latapiat and Patricia
    // Cortés".
    // (A list: "sus homólogos Evo Morales, Iván Duque y Lenín Moreno".)
    let end = name.end;
    while (PLURAL_ROLES.has(key)) {
      const sep = /^(?:\s*,\s*(?:(?:and|y|e)\s+)?|\s+(?:and|y|e)\s+)/u.exec(text.slice(end));
      const whole = sep ? nameAt(text, end + sep[0].length) : undefined;
      // In a list, "y"/"and" before a capital ends the name ("Iván Duque y Lenín Moreno").
      const cut = whole && /\s(?:y|e|and)\s+\p{Lu}/u.exec(text.slice(whole.start, whole.end));
      const next = whole && cut ? { start: whole.start, end: whole.start + cut.index } : whole;
      if (!next || countries.some((c) => c.span.start === next.start && c.via !== 'demonym')) break;
      found.push({ span: next, nameSpan: next, name: text.slice(next.start, next.end), role, confidence: 0.7 });
      end = next.end;
    }
  }
  return dropShorterRoles(found);
}

const PORTFOLIO = new Set(resources.portfolioWords);
const PLURAL_ROLES = new Set(resources.pluralRoles.map((r) => r.toLowerCase()));
const JOINERS = new Set(['and', 'the', 'of', 'for', 'y', 'de', 'la', 'del', 'e', 'and the']);
/**
 * "Minister for Sustainability and the Environment and Minister-in-charge of Trade Relations Grace Fu": with no
 * comma, a role's complement of capitalised words ends at the last word of a portfolio that a name follows, the
 * name closing the run. Where the name starts (after a title such as "Dr"), if it does.
 */
function portfolioEnd(text: string, at: number): number | undefined {
  const head = /^\s+(?:for|of|de|del)\s+/u.exec(text.slice(at, at + 12));
  if (!head) return undefined;
  const words = [...text.slice(at + head[0].length, at + 160).matchAll(/[\p{L}'’-]+|\(\p{L}\)|[^\p{L}(]+/gu)];
  let offset = at + head[0].length;
  for (const [w] of words) {
    const start = offset;
    offset += w.length;
    if (/^\s+$/.test(w) || /^\(\p{L}\)$/u.test(w)) continue;
    if (!/^[\p{L}'’-]+$/u.test(w)) break;
    if (/^\p{Lu}/u.test(w)) {
      if (start > at && PORTFOLIO.has(w)) {
        const rest = text.slice(offset);
        const gap = /^[ \t]+(?:\(\p{L}\)[ \t]+)?/u.exec(rest)?.[0] ?? '';
        if (!gap) continue;
        // ("…for Finance Mr Tharman Shanmugaratnam": words of address before the name.)
        const skip = gap + (HONORIFICS.exec(rest.slice(gap.length))?.[0] ?? '');
        const name = nameAt(text, offset + skip.length);
        // The name must close the run: what follows it is no longer a capitalised word.
        const first = name && /^[\p{L}'’-]+/u.exec(text.slice(name.start))?.[0];
        if (name && first && !PORTFOLIO.has(first) && !/^\s+\p{Lu}/u.test(text.slice(name.end)))
          return offset + skip.length;
      }
    } else if (!JOINERS.has(w)) break;
  }
  return undefined;
}

/** Capitalised words, with particles between them ("Hugo de Zela"), starting at `at`: at most five words. */
function nameAt(text: string, at: number): Span | undefined {
  const words = [...text.slice(at, at + 80).matchAll(/[\p{L}'’-]+|[^\p{L}'’-]+/gu)];
  let end = -1;
  let count = 0;
  let offset = at;
  for (const [w] of words) {
    const start = offset;
    offset += w.length;
    // (A name never runs over a line break: "…Iván Duque Márquez" closing a headline, "Today, …" opening the text.)
    if (/^\s+$/.test(w) && !w.includes('\n')) continue;
    if (/\n/.test(w)) break;
    // "Rex W. Tillerson": an initial's stop (a single capital, then ". ") keeps the name going.
    if (count > 0 && /^\.\s+$/.test(w) && /^\p{Lu}$/u.test(text.slice(start - 1, start))) continue;
    if (/^\p{Lu}/u.test(w) && !(count === 0 && NOT_NAMES.has(w))) {
      // "Minister Anand's": the name ends before the possessive.
      const possessive = /['’]s$/u.exec(w);
      end = start + w.length - (possessive ? 2 : 0);
      if (++count >= 5 || possessive) break;
    } else if (count > 0 && PARTICLES.has(w)) continue;
    else break;
  }
  return end > at ? { start: at, end } : undefined;
}

/** Capitalised words with particles that end at `end` (titles such as "the Honourable" left out). */
function nameBefore(text: string, end: number): Span | undefined {
  const words = [...text.slice(Math.max(0, end - 60), end).matchAll(/[\p{L}'’.-]+/gu)];
  const from = Math.max(0, end - 60);
  let start = -1;
  let count = 0;
  let gapEnd = end;
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k];
    if (!w || !/^[^\S\n]*$/.test(text.slice(from + w.index + w[0].length, gapEnd))) break;
    if (TITLES.has(w[0])) break;
    if (/^\p{Lu}/u.test(w[0]) && !NOT_NAMES.has(w[0])) {
      start = from + w.index;
      count++;
    } else if (!(count > 0 && PARTICLES.has(w[0]))) break;
    gapEnd = from + w.index;
    if (count >= 4) break;
  }
  return count >= 2 ? { start, end } : undefined;
}

/** "In Mexico City, the Secretary will meet…": capitals after a preposition of place open the sentence with a place. */
function placeOpener(text: string, name: Span | undefined): Span | undefined {
  if (!name) return undefined;
  return /(?:^|[.\n]\s*|(?<![\p{L}]))(?:in|at|from|en|desde)\s+$/iu.test(
    text.slice(Math.max(0, name.start - 8), name.start),
  )
    ? undefined
    : name;
}

/** "Deputy Secretary of State X" also matches "Secretary of State X": keep the longest role for one name. */
function dropShorterRoles(found: PersonMention[]): PersonMention[] {
  return found.filter(
    (p) => !found.some((q) => q !== p && q.nameSpan.start === p.nameSpan.start && q.span.start < p.span.start),
  );
}
