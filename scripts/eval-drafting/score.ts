import type { DraftsFile } from '../../src/domain/drafting';

/** A labelled release as tests/fixtures/releases/*.json holds it (the fields the evaluation reads). */
export interface Fixture {
  id: string;
  issuer: string;
  date: string;
  language: string;
  text: string;
  labels: {
    countries: string[];
    organizations: { id: string; names: string[] }[];
    activities: {
      status: string;
      date: string | null;
      endDate?: string | null;
      datePrecision: string | null;
      type: string;
      themes: string[];
      people: { name: string; role: string }[];
    }[];
  };
}

export const FIELDS = ['countries', 'organizations', 'dates', 'types', 'themes', 'status', 'people'] as const;
export type Field = (typeof FIELDS)[number];
export interface Tally {
  tp: number;
  predicted: number;
  labelled: number;
}

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** Multiset overlap: each labelled item can be matched once. */
function overlap<T>(predicted: T[], labelled: T[], same: (p: T, l: T) => boolean): Tally {
  const left = [...labelled];
  let tp = 0;
  for (const p of predicted) {
    const i = left.findIndex((l) => same(p, l));
    if (i >= 0) {
      tp++;
      left.splice(i, 1);
    }
  }
  return { tp, predicted: predicted.length, labelled: labelled.length };
}
const eq = <T>(a: T, b: T) => a === b;
const uniq = <T>(xs: T[]) => [...new Set(xs)];

export function score(f: Fixture, file: DraftsFile): Record<Field, Tally> {
  const L = f.labels;
  const drafts = file.drafts;
  const dateKey = (d: { date: string | null; endDate?: string | null; datePrecision: string | null }) =>
    d.date ? `${d.date}|${d.datePrecision}|${d.datePrecision === 'range' ? (d.endDate ?? '') : ''}` : null;
  const surname = (n: string) => fold(n).split(' ').at(-1) ?? '';
  return {
    countries: overlap(file.mentions.countries, L.countries, eq),
    organizations: overlap(file.mentions.organizations, L.organizations, (p, l) => {
      const names = new Set(l.names.map(fold));
      return p.id === l.id || p.names.some((n) => names.has(fold(n)));
    }),
    dates: overlap(
      drafts.map(dateKey).filter((x): x is string => x !== null),
      L.activities.map(dateKey).filter((x): x is string => x !== null),
      eq,
    ),
    types: overlap(
      drafts.map((d) => d.type),
      L.activities.map((a) => a.type),
      eq,
    ),
    themes: overlap(uniq(drafts.flatMap((d) => d.themes)), uniq(L.activities.flatMap((a) => a.themes)), eq),
    status: overlap(
      drafts.map((d) => d.status),
      L.activities.map((a) => a.status),
      eq,
    ),
    people: overlap(
      uniq(drafts.flatMap((d) => d.actors.map((p) => surname(p.name)))),
      uniq(L.activities.flatMap((a) => a.people.map((p) => surname(p.name)))),
      eq,
    ),
  };
}
