import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { activitiesFileSchema, type ActivityFile } from '../../src/domain/activity';
import { HOME_COUNTRY, isCountryCode } from '../../src/domain/countries';
import { activityInterval } from '../../src/domain/dates';
import { sourcesFileSchema } from '../../src/domain/source';
import { taxonomySchema } from '../../src/domain/taxonomy';
import { DISTINCT_EVENTS, likelyDuplicates } from './datasetDuplicates';

/**
 * The rules every record of the embedded data set must keep, checked mechanically over data/. A new file in
 * data/activities/ is checked too. See issue 2 §3: invent nothing, cite what the release does not say.
 */
const root = resolve(import.meta.dirname, '../..');
const readJson = (rel: string): unknown => JSON.parse(readFileSync(resolve(root, rel), 'utf8'));
const activityFiles = readdirSync(resolve(root, 'data/activities'))
  .filter((f) => f.endsWith('.json'))
  .sort();
const parsedFiles = activityFiles.map((f) => ({
  file: f,
  result: activitiesFileSchema.safeParse(readJson(`data/activities/${f}`)),
}));
const records: ActivityFile[] = parsedFiles.flatMap((p) => p.result.data?.activities ?? []);
const sourceFiles = readdirSync(resolve(root, 'data/sources'))
  .filter((f) => f.endsWith('.json'))
  .sort();
const sources = sourceFiles.flatMap((f) => sourcesFileSchema.parse(readJson(`data/sources/${f}`)).sources);
const taxonomy = taxonomySchema.parse(readJson('data/taxonomy.json'));
const sourceOf = (a: ActivityFile) => sources.find((s) => s.id === a.source.id);
const byId = (id: string) => records.find((a) => a.id === id);

// The release itself lives outside the repository (../shared); a fresh clone may not have it.
const RELEASE_PATH = resolve(root, '../shared/sources/nota-de-prensa-304-25.es.txt');

describe('data set files', () => {
  it('has at least one activities file, each valid per the schema', () => {
    expect(activityFiles.length).toBeGreaterThan(0);
    for (const p of parsedFiles) expect(p.result.error?.issues ?? [], p.file).toEqual([]);
  });

  it('holds the 19 records drawn from Nota de Prensa 304-25', () => {
    expect(records.filter((a) => a.source.id === 'np-304-25')).toHaveLength(19);
  });

  it('gives every record a unique id', () => {
    const ids = records.map((a) => a.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
});

describe('every record', () => {
  it.each(records.map((a) => [a.id, a] as const))('%s rests on an existing source paragraph', (_id, a) => {
    const s = sourceOf(a);
    expect(s, `source ${a.source.id}`).toBeDefined();
    expect(s?.paragraphs.map((p) => p.number)).toContain(a.source.paragraph);
  });

  it.each(records.map((a) => [a.id, a] as const))('%s uses real counterpart countries, never Peru', (_id, a) => {
    for (const c of a.countries) {
      expect(isCountryCode(c), c).toBe(true);
      expect(c).not.toBe(HOME_COUNTRY);
    }
    for (const p of a.places) expect(isCountryCode(p.country), `place ${p.name}`).toBe(true);
    for (const p of a.actors) expect(isCountryCode(p.country), `actor ${p.name}`).toBe(true);
  });

  it.each(records.map((a) => [a.id, a] as const))('%s uses the taxonomy', (_id, a) => {
    expect(taxonomy.activityTypes.map((t) => t.id)).toContain(a.type);
    const themes = taxonomy.themes.map((t) => t.id);
    const orgs = taxonomy.organizations.map((o) => o.id);
    expect(a.themes.length).toBeGreaterThan(0);
    for (const t of a.themes) expect(themes, t).toContain(t);
    for (const o of a.organizations) expect(orgs, o).toContain(o);
  });

  it.each(records.map((a) => [a.id, a] as const))('%s cites https addresses only', (_id, a) => {
    for (const s of a.additionalSources) expect(s.url).toMatch(/^https:\/\//);
  });

  it.each(records.map((a) => [a.id, a] as const))('%s gives a day only with a cited source', (_id, a) => {
    // A release that speaks only of a reporting period (NP 304-25) gives no days: an exact day must then come
    // from an additional source. A release without a reporting period dates its own events in the cited paragraph.
    if (a.datePrecision === 'day' && sourceOf(a)?.reportingPeriod)
      expect(a.additionalSources.length).toBeGreaterThan(0);
  });

  it.each(records.map((a) => [a.id, a] as const))(
    '%s lies inside the reporting period unless a source says otherwise',
    (_id, a) => {
      expect(sourceOf(a)).toBeDefined();
      const period = sourceOf(a)?.reportingPeriod;
      if (!period) return;
      const [start, end] = activityInterval(a);
      const inside = start >= period.from && end <= period.to;
      if (a.status === 'held') {
        if (!inside) expect(a.additionalSources.length, 'held outside the period needs a source').toBeGreaterThan(0);
      } else if (!inside) {
        // Planned or announced: outside the period only with a coarse date or a source that gives it.
        expect(a.datePrecision !== 'day' || a.additionalSources.length > 0).toBe(true);
      }
    },
  );

  it.each(records.map((a) => [a.id, a] as const))(
    '%s, reported as held, began by the date of its source unless another source dates it',
    (_id, a) => {
      // A release without a reporting period can only report as held what began by the day it was issued. A later
      // day (the source's own date was a first announcement, say) needs the additional source that gives it.
      const s = sourceOf(a);
      if (a.status !== 'held' || !s || s.reportingPeriod) return;
      if (a.date > s.date)
        expect(a.additionalSources.length, `held on ${a.date}, source of ${s.date}`).toBeGreaterThan(0);
    },
  );

  it.each(records.map((a) => [a.id, a] as const))('%s has places with a name and coordinates', (_id, a) => {
    for (const p of a.places) {
      expect(p.name.trim()).not.toBe('');
      expect(Number.isFinite(p.lat) && Number.isFinite(p.lon)).toBe(true);
    }
  });
});

describe('one record per event', () => {
  const allowed = (pair: [string, string]) =>
    DISTINCT_EVENTS.some((d) => d.ids.includes(pair[0]) && d.ids.includes(pair[1]));

  it('the rule itself flags the same meeting recorded from two releases', () => {
    const a = records.find((r) => r.id === 'us-secretary-of-state-meeting');
    expect(a).toBeDefined();
    if (!a) return;
    const copy = { ...a, id: 'copy-from-another-release', source: { id: 'other-release', paragraph: 1 } };
    expect(likelyDuplicates([a, copy])).toEqual([['us-secretary-of-state-meeting', 'copy-from-another-release']]);
    // …but not the same kind of meeting with another country on the same day.
    expect(likelyDuplicates([a, { ...copy, countries: ['CA'] }])).toEqual([]);
  });

  it('has no two records of the same type, dates and counterpart unless reviewed as distinct', () => {
    expect(likelyDuplicates(records).filter((pair) => !allowed(pair))).toEqual([]);
  });

  it('keeps the reviewed allow-list honest: every entry names existing records and gives a reason', () => {
    for (const d of DISTINCT_EVENTS) {
      for (const id of d.ids) expect(byId(id), id).toBeDefined();
      expect(d.reason.trim()).not.toBe('');
    }
  });
});

describe('one release per file', () => {
  const stem = (f: string) => f.replace(/\.json$/, '');

  it.each(activityFiles.map((f) => [f] as const))('%s cites only the source entry of the same id', (file) => {
    const p = parsedFiles.find((x) => x.file === file);
    for (const a of p?.result.data?.activities ?? []) expect(a.source.id, a.id).toBe(stem(file));
  });

  it.each(activityFiles.map((f) => [f] as const))('%s has a sources file holding exactly that source', (file) => {
    expect(sourceFiles).toContain(file);
    const inFile = sourcesFileSchema.parse(readJson(`data/sources/${file}`)).sources;
    expect(inFile.map((s) => s.id)).toEqual([stem(file)]);
  });

  it('gives every source a unique id', () => {
    const ids = sources.map((s) => s.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it.each(sources.map((s) => [s.id, s] as const))('%s numbers its paragraphs 1, 2, 3… as the text reads', (_id, s) => {
    expect(s.paragraphs.map((p) => p.number)).toEqual(s.paragraphs.map((_p, i) => i + 1));
  });
});

describe('every additional source', () => {
  it.each(records.map((a) => [a.id, a] as const))(
    '%s gives each an address, a publisher, a date and what it supports',
    (_id, a) => {
      for (const s of a.additionalSources) {
        expect(s.url, a.id).toMatch(/^https:\/\/[^\s/]+\.[^\s]+/);
        expect(s.publisher.trim(), s.url).not.toBe('');
        expect(s.date, s.url).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(s.supports.es.trim().length * s.supports.en.trim().length, s.url).toBeGreaterThan(0);
      }
    },
  );
});

describe('data/sources', () => {
  it('describes Nota de Prensa 304-25 with its reporting period and eight paragraphs', () => {
    const np = sources.find((s) => s.id === 'np-304-25');
    expect(np).toMatchObject({
      citation: 'Nota de Prensa 304-25',
      date: '2025-12-10',
      language: 'es',
      reportingPeriod: { from: '2025-11-10', to: '2025-12-10' },
    });
    expect(np?.url).toMatch(/^https:\/\//);
    expect(np?.paragraphs.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it("keeps gists and addresses only: every paragraph has a gist in both languages, none the release's text", () => {
    for (const s of sources) {
      expect(s.origin, s.id).toBeUndefined();
      for (const p of s.paragraphs) {
        expect(p.text, `${s.id} ¶${p.number}`).toBeUndefined();
        expect(p.gist?.es.trim() && p.gist.en.trim(), `${s.id} ¶${p.number}`).toBeTruthy();
      }
    }
  });
});

describe('the activities the release names', () => {
  // Within this release: other releases may well report more asylum cases, coordination or visits.
  const find = (pred: (a: ActivityFile) => boolean) => records.filter((a) => a.source.id === 'np-304-25').filter(pred);

  it('the asylum proposal at the OAS Permanent Council', () => {
    expect(find((a) => a.organizations.includes('OAS') && a.themes.includes('diplomatic-asylum'))).toHaveLength(1);
    expect(byId('oas-asylum-proposal')).toMatchObject({ type: 'proposal-multilateral', source: { paragraph: 2 } });
  });

  it('the meeting with the US Secretary of State, and his planned visit in Q1 2026', () => {
    expect(byId('us-secretary-of-state-meeting')).toMatchObject({ countries: ['US'], status: 'held' });
    expect(byId('us-secretary-of-state-meeting')?.actors.map((p) => p.name)).toContain('Marco Rubio');
    expect(byId('us-secretary-of-state-visit-to-peru')).toMatchObject({
      status: 'planned',
      datePrecision: 'quarter',
      date: '2026-01-01',
      countries: ['US'],
    });
  });

  it('the Joint Control Unit at Chancay, with UNODC', () => {
    expect(byId('chancay-joint-control-unit')?.organizations).toContain('UNODC');
  });

  it('the Peru–Chile committee and the Tacna meeting, both with Chile', () => {
    expect(byId('peru-chile-migration-committee')).toMatchObject({ countries: ['CL'], type: 'binational-committee' });
    expect(byId('tacna-consular-migration-meeting')?.countries).toEqual(['CL']);
    expect(byId('tacna-consular-migration-meeting')?.places.map((p) => p.name)).toContain('Tacna');
  });

  it('the coordination with Germany, the Netherlands, Finland, Canada and El Salvador', () => {
    const coordinated = find((a) => a.type === 'bilateral-coordination' && a.source.paragraph === 6).flatMap(
      (a) => a.countries,
    );
    expect(coordinated.sort()).toEqual(['CA', 'DE', 'FI', 'NL', 'SV']);
  });

  it('the re-election to the IMO Council and the election to the UNESCO World Heritage Committee', () => {
    expect(byId('imo-council-reelection')).toMatchObject({
      organizations: ['IMO'],
      type: 'election-international-body',
    });
    expect(byId('imo-council-reelection')?.title.en).toContain('2026–2027');
    expect(byId('unesco-world-heritage-committee-election')).toMatchObject({ organizations: ['UNESCO'] });
  });

  it('inspection visits to the five regions', () => {
    const visits = find((a) => a.type === 'domestic-visit');
    const regions = visits.flatMap((a) => a.places.map((p) => p.name.replace(/ \(región\)$/, '')));
    expect(regions.sort()).toEqual(['Cajamarca', 'Piura', 'Tacna', 'Tumbes', 'Áncash']);
  });

  it('the announced decentralised office in Áncash', () => {
    expect(byId('ancash-decentralised-office-announcement')).toMatchObject({
      status: 'announced',
      type: 'office-opening',
    });
  });
});

/**
 * Official names must be repeated word for word (a programme, a committee), so they are cut out before comparing:
 * the check is about the release's sentences, not the names it uses.
 */
const OFFICIAL_NAMES = [
  'Programa Global de Control de Contenedores',
  'Comité Binacional de Cooperación Migratoria',
  'Unidad de Control Conjunto',
  'Consejo Permanente de la OEA',
  'Comité del Patrimonio Mundial',
  'Consejo de la Organización Marítima Internacional',
];

/** Lower-cased word sequences of length n, punctuation removed, never spanning an official name. */
function ngrams(text: string, n: number): Set<string> {
  let t = text.normalize('NFC').toLowerCase();
  for (const name of OFFICIAL_NAMES) t = t.split(name.toLowerCase()).join('\u0000');
  const out = new Set<string>();
  for (const segment of t.split('\u0000')) {
    const words = segment.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    for (let i = 0; i + n <= words.length; i++) out.add(words.slice(i, i + n).join(' '));
  }
  return out;
}

describe.skipIf(!existsSync(RELEASE_PATH))('our own words (needs ../shared/sources)', () => {
  const release = ngrams(existsSync(RELEASE_PATH) ? readFileSync(RELEASE_PATH, 'utf8') : '', 8);
  const copied = (text: string) => [...ngrams(text, 8)].filter((g) => release.has(g));

  it('the check itself finds a sentence taken from the release', () => {
    expect(copied('un instrumento clave para detectar e interceptar cargas ilícitas en Chancay')).toEqual([
      'instrumento clave para detectar e interceptar cargas ilícitas',
    ]);
    // …but not an official name followed by a few words.
    expect(copied('dentro del Programa Global de Control de Contenedores de la UNODC')).toEqual([]);
  });

  it.each(records.map((a) => [a.id, a] as const))('%s does not share 8 words in a row with the release', (_id, a) => {
    expect(copied(`${a.title.es}\n${a.summary.es}`)).toEqual([]);
  });

  it('the paragraph gists in data/sources do not copy the release either', () => {
    for (const s of sources)
      for (const p of s.paragraphs) expect(copied(p.gist?.es ?? ''), `paragraph ${p.number}`).toEqual([]);
  });
});

// The data set's sources whose text is among the labelled releases of the drafter (tests/fixtures/releases, matched
// by address): their records and gists are checked against that text too, in CI, where ../shared is absent.
const RELEASES_DIR = resolve(root, 'tests/fixtures/releases');
const releaseTexts = new Map<string, string>();
for (const f of readdirSync(RELEASES_DIR).filter((x) => x.endsWith('.json'))) {
  const r = JSON.parse(readFileSync(resolve(RELEASES_DIR, f), 'utf8')) as {
    url: string;
    copyUrl?: string;
    text: string;
  };
  for (const u of [r.url, r.copyUrl]) if (u) releaseTexts.set(u.replace(/\/$/, ''), r.text);
}
const withText = sources.flatMap((s) => {
  const text = releaseTexts.get(s.url.replace(/\/$/, ''));
  return text ? [{ source: s, text }] : [];
});

describe('our own words, against every source whose text is among the labelled releases', () => {
  it('finds the texts of the data set’s sources that were labelled for the drafter (at least 25)', () => {
    expect(withText.length).toBeGreaterThanOrEqual(25);
  });

  it.each(withText.map(({ source, text }) => [source.id, source, text] as const))(
    '%s: its records and gists do not share 8 words in a row with its text',
    (_id, source, text) => {
      const grams = ngrams(text, 8);
      const copied = (t: string) => [...ngrams(t, 8)].filter((g) => grams.has(g));
      for (const a of records.filter((r) => r.source.id === source.id))
        expect(copied(`${a.title.es}\n${a.summary.es}\n${a.title.en}\n${a.summary.en}`), a.id).toEqual([]);
      for (const p of source.paragraphs)
        expect(copied(`${p.gist?.es ?? ''}\n${p.gist?.en ?? ''}`), `paragraph ${p.number}`).toEqual([]);
    },
  );
});

describe('the test fixtures copied from releases (tests/fixtures/dataset)', () => {
  const dir = resolve(root, 'tests/fixtures/dataset');
  const fixtureFiles = readdirSync(dir).filter((f) => f.endsWith('.activities.json'));

  it.each(fixtureFiles.map((f) => [f] as const))('%s keeps the schema and cites its own source paragraphs', (file) => {
    const activities = activitiesFileSchema.parse(readJson(`tests/fixtures/dataset/${file}`)).activities;
    const ownSources = sourcesFileSchema.parse(
      readJson(`tests/fixtures/dataset/${file.replace('.activities.', '.sources.')}`),
    ).sources;
    expect(activities.length).toBeGreaterThan(0);
    for (const a of activities) {
      const s = ownSources.find((x) => x.id === a.source.id);
      expect(
        s?.paragraphs.map((p) => p.number),
        a.id,
      ).toContain(a.source.paragraph);
    }
  });
});
