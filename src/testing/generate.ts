import {
  ACTIVITIES_FORMAT,
  ACTIVITIES_VERSION,
  type ActivityFile,
  type DatePrecision,
  type Place,
  type Status,
} from '../domain/activity';
import { activityText } from './generateText';
import { mulberry32 } from './random';

export { mulberry32 } from './random';
import {
  BILATERAL_THEMES,
  BORDER_CITIES,
  COUNTERPARTS,
  LIMA,
  ORG_THEMES,
  PERU_CITIES,
  PORTS,
  SYNTHETIC_TODAY,
  THEMES_BY_TYPE,
  TYPE_WEIGHTS,
  YEAR_WEIGHTS,
  type Counterpart,
} from './generateTables';
import { orgsById, themesById } from '../domain/taxonomyData';

/**
 * A synthetic data set for measuring the app at scale (`npm run generate`). Records are plausible in shape and
 * frequency but are not evidence: they cite the source `synthetic`, paragraph 1, and their ids start with `syn-`.
 * The generator is a pure function of (n, seed): the same arguments give the same records, byte for byte.
 */

export const SYNTHETIC_SOURCE_ID = 'synthetic';

type Rng = () => number;

function weighted<T>(rng: Rng, items: readonly T[], weight: (t: T) => number): T {
  const total = items.reduce((s, t) => s + weight(t), 0);
  let r = rng() * total;
  for (const t of items) {
    r -= weight(t);
    if (r < 0) return t;
  }
  return items[items.length - 1]!;
}

const pickKey = (rng: Rng, table: Readonly<Record<string, number>>) =>
  weighted(rng, Object.keys(table), (k) => table[k]!);

/** `count` distinct draws (fewer if the table is smaller). */
function distinct<T>(rng: Rng, count: number, draw: () => T): T[] {
  const out: T[] = [];
  for (let tries = 0; out.length < count && tries < count * 20; tries++) {
    const v = draw();
    if (!out.includes(v)) out.push(v);
  }
  return out;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const DAY = 86_400_000;

function drawDate(rng: Rng): { date: string; datePrecision: DatePrecision; endDate?: string } {
  const year = Number(pickKey(rng, YEAR_WEIGHTS));
  const start = Date.UTC(year, 0, 1);
  const days = (Date.UTC(year + 1, 0, 1) - start) / DAY;
  let day = new Date(start + Math.floor(rng() * days) * DAY);
  // Most diplomatic activity happens on weekdays.
  if ((day.getUTCDay() === 0 || day.getUTCDay() === 6) && rng() < 0.85) day = new Date(day.getTime() + 2 * DAY);
  const r = rng();
  if (r < 0.82) return { date: iso(day), datePrecision: 'day' };
  if (r < 0.9) return { date: `${iso(day).slice(0, 7)}-01`, datePrecision: 'month' };
  if (r < 0.94) {
    const q = Math.floor(day.getUTCMonth() / 3) * 3 + 1;
    return { date: `${day.getUTCFullYear()}-${String(q).padStart(2, '0')}-01`, datePrecision: 'quarter' };
  }
  return {
    date: iso(day),
    datePrecision: 'range',
    endDate: iso(new Date(day.getTime() + (1 + Math.floor(rng() * 4)) * DAY)),
  };
}

function drawStatus(rng: Rng, date: string): Status {
  if (date > SYNTHETIC_TODAY) return rng() < 0.7 ? 'planned' : 'announced';
  return rng() < 0.95 ? 'held' : 'announced';
}

const placeOf = (p: { name: string; lat: number; lon: number }, country: string): Place => ({
  name: p.name,
  country,
  lat: p.lat,
  lon: p.lon,
});

const BILATERAL_TYPES = ['bilateral-meeting', 'official-visit', 'technical-meeting', 'bilateral-coordination'];
const MULTILATERAL_TYPES = ['proposal-multilateral', 'election-international-body'];
const NEIGHBOURS = COUNTERPARTS.filter((c) => c.code in BORDER_CITIES);

function drawRecord(rng: Rng, id: string): ActivityFile {
  const type = pickKey(rng, TYPE_WEIGHTS);
  const when = drawDate(rng);
  const themeCount = rng() < 0.55 ? 1 : rng() < 0.78 ? 2 : 3;
  let countries: Counterpart[] = [];
  let themes: string[];
  let orgs: string[] = [];
  let place: Place | null = null;

  if (MULTILATERAL_TYPES.includes(type)) {
    const org = weighted(rng, Object.keys(ORG_THEMES), (o) => ORG_THEMES[o]!.weight);
    orgs = [org];
    const pool = ORG_THEMES[org]!.themes;
    themes = [
      'multilateral-representation',
      ...distinct(rng, Math.min(themeCount, pool.length), () => pool[Math.floor(rng() * pool.length)]!),
    ];
    const hq = orgsById.get(org)?.headquarters;
    if (hq) place = placeOf(hq, hq.country);
  } else if (type === 'domestic-visit' || type === 'office-opening') {
    themes = distinct(rng, themeCount, () => pickKey(rng, THEMES_BY_TYPE[type]!));
    place = placeOf(PERU_CITIES[Math.floor(rng() * PERU_CITIES.length)]!, 'PE');
  } else if (type === 'binational-committee') {
    countries = [weighted(rng, NEIGHBOURS, (c) => c.weight)];
    themes = distinct(rng, themeCount, () => pickKey(rng, THEMES_BY_TYPE[type]!));
    place = placeOf(BORDER_CITIES[countries[0]!.code]!, 'PE');
  } else if (type === 'operational-cooperation') {
    const n = rng() < 0.5 ? 0 : rng() < 0.8 ? 1 : 2;
    countries = distinct(rng, n, () => weighted(rng, COUNTERPARTS, (c) => c.weight));
    themes = distinct(rng, themeCount, () => pickKey(rng, THEMES_BY_TYPE[type]!));
    if (countries.length === 0 || rng() < 0.3) orgs = [rng() < 0.6 ? 'UNODC' : 'WCO'];
    place = placeOf(PORTS[Math.floor(rng() * PORTS.length)]!, 'PE');
  } else {
    const n = type === 'bilateral-coordination' && rng() < 0.3 ? 2 + Math.floor(rng() * 4) : 1;
    countries = distinct(rng, n, () => weighted(rng, COUNTERPARTS, (c) => c.weight));
    themes = distinct(rng, themeCount, () => pickKey(rng, BILATERAL_THEMES));
    const home = type === 'official-visit' || (type !== 'bilateral-coordination' && rng() < 0.5);
    if (type !== 'bilateral-coordination' && (type !== 'technical-meeting' || rng() < 0.6))
      place = home ? placeOf(LIMA, 'PE') : placeOf(countries[0]!.capital, countries[0]!.code);
  }
  if (BILATERAL_TYPES.includes(type) && rng() < 0.04)
    orgs = [weighted(rng, Object.keys(ORG_THEMES), (o) => ORG_THEMES[o]!.weight)];

  const org = orgs[0] ? orgsById.get(orgs[0])! : null;
  const text = activityText(type, {
    countries: countries.map((c) => c.name),
    // "Multilateral representation" is what every multilateral activity is; the text names what it is about.
    themes: themes
      .filter((t) => t !== 'multilateral-representation' || themes.length === 1)
      .map((t) => {
        const label = themesById.get(t)!.label;
        return { es: label.es.toLowerCase(), en: label.en.toLowerCase() };
      }),
    place: place?.name ?? null,
    org: org && { es: org.acronym.es, en: org.acronym.en, enArticle: !['UNESCO', 'UNODC'].includes(org.id) },
  });
  return {
    id,
    date: when.date,
    datePrecision: when.datePrecision,
    ...(when.endDate ? { endDate: when.endDate } : {}),
    status: drawStatus(rng, when.date),
    type,
    title: text.title,
    summary: text.summary,
    countries: countries.map((c) => c.code),
    themes,
    organizations: orgs,
    places: place ? [place] : [],
    actors: [],
    source: { id: SYNTHETIC_SOURCE_ID, paragraph: 1 },
    additionalSources: [],
  };
}

const ROLES = [
  { es: 'Ministra de Relaciones Exteriores', en: 'Minister of Foreign Affairs' },
  { es: 'Viceministro de Relaciones Exteriores', en: 'Deputy Minister of Foreign Affairs' },
  { es: 'Embajadora', en: 'Ambassador' },
  { es: 'Director General de Asuntos Consulares', en: 'Director General for Consular Affairs' },
];
const PUBLISHERS = ['Agencia Andina', 'El Peruano', 'Agencia EFE', 'Europa Press', 'Reuters'];

/**
 * A record as heavy as a real one (the embedded set's analyst-coded records, ~1.5 KB as JSON): two actors, two
 * additional sources saying what each supports, and a summary of two paragraphs' length. For the import's
 * scale test of "real-size" exports (`--rich`: 100,000 of them are ~150 MB as JSON).
 */
function enrich(rng: () => number, a: ActivityFile, i: number): ActivityFile {
  const country = a.countries[0] ?? 'PE';
  const actor = (k: number) => ({
    name: `Persona Sintética ${i}-${k}`,
    role: ROLES[Math.floor(rng() * ROLES.length)]!,
    country: k === 0 ? 'PE' : country,
  });
  const source = (k: number) => ({
    url: `https://news.example.org/${a.date.slice(0, 7)}/${a.id}-${k}`,
    publisher: PUBLISHERS[Math.floor(rng() * PUBLISHERS.length)]!,
    date: a.date,
    supports: {
      es: 'Confirma la fecha, el lugar y los participantes de la actividad, y cita a las autoridades presentes.',
      en: 'Confirms the date, the place and the participants of the activity, and quotes the officials present.',
    },
  });
  return {
    ...a,
    summary: {
      es: `${a.summary.es} Las delegaciones revisaron los compromisos pendientes y acordaron un calendario de trabajo para los próximos meses, con reuniones técnicas y un informe conjunto.`,
      en: `${a.summary.en} The delegations reviewed the pending commitments and agreed a work plan for the coming months, with technical meetings and a joint report.`,
    },
    actors: [actor(0), actor(1)],
    additionalSources: [source(1), source(2)],
  };
}

/** `n` records in date order, ids `syn-000001`… in that order; `rich`: real-size records (see `enrich`). */
export function generateActivities(n: number, seed = 1, { rich = false }: { rich?: boolean } = {}): ActivityFile[] {
  const rng = mulberry32(seed);
  const drafts = Array.from({ length: n }, () => drawRecord(rng, ''));
  drafts.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const width = Math.max(6, String(n).length);
  const records = drafts.map((a, i) => ({ ...a, id: `syn-${String(i + 1).padStart(width, '0')}` }));
  if (!rich) return records;
  const extra = mulberry32(seed + 1);
  return records.map((a, i) => enrich(extra, a, i));
}

/**
 * The contract's JSON file, one record per line: compact enough that 100,000 records stay under the import's
 * 50 MB limit, yet diffable. Key order is fixed, so the text is deterministic.
 */
export function toActivitiesJson(activities: readonly ActivityFile[]): string {
  const head = `{"format":${JSON.stringify(ACTIVITIES_FORMAT)},"version":${ACTIVITIES_VERSION},"activities":[\n`;
  return `${head}${activities.map((a) => JSON.stringify(a)).join(',\n')}\n]}\n`;
}
