import type { ExportedActivity } from '../activity';
import { encodeList } from './csvCells';
import { writeCsv } from './csvWriter';
import type { FieldName } from './validate';

/**
 * The contract's columns, then `status` and `additional_sources`, so every field of a record round-trips, and
 * `updated_at` (when the record last changed), which an import keeps.
 */
export const CSV_COLUMNS = [
  'id',
  'date',
  'date_precision',
  'end_date',
  'type',
  'title_es',
  'title_en',
  'summary_es',
  'summary_en',
  'countries',
  'themes',
  'organizations',
  'places',
  'actors',
  'source_id',
  'source_paragraph',
  'status',
  'additional_sources',
  'updated_at',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

/**
 * Columns a file may leave out: a file without additional sources simply has none; without `updated_at`, its
 * records are stamped when imported.
 */
export const OPTIONAL_COLUMNS: readonly CsvColumn[] = ['additional_sources', 'updated_at'];

export const PARTS = {
  places: ['name', 'country', 'lat', 'lon'],
  actors: ['name', 'role_es', 'role_en', 'country'],
  additional_sources: ['url', 'publisher', 'date', 'supports_es', 'supports_en'],
} as const;

function toRow(a: ExportedActivity): Record<CsvColumn, string> {
  const codes = (xs: readonly string[]) => encodeList(xs.map((x) => [x]));
  return {
    id: a.id,
    date: a.date,
    date_precision: a.datePrecision,
    end_date: a.endDate ?? '',
    type: a.type,
    title_es: a.title.es,
    title_en: a.title.en,
    summary_es: a.summary.es,
    summary_en: a.summary.en,
    countries: codes(a.countries),
    themes: codes(a.themes),
    organizations: codes(a.organizations),
    places: encodeList(a.places.map((p) => [p.name, p.country, String(p.lat), String(p.lon)])),
    actors: encodeList(a.actors.map((p) => [p.name, p.role.es, p.role.en, p.country])),
    source_id: a.source.id,
    source_paragraph: String(a.source.paragraph),
    status: a.status,
    additional_sources: encodeList(
      a.additionalSources.map((s) => [s.url, s.publisher, s.date, s.supports.es, s.supports.en]),
    ),
    updated_at: a.updatedAt ?? '',
  };
}

/**
 * UTF-8 with a BOM (so Excel reads accents right), a header row, CRLF line ends, formula-like cells guarded. The
 * `updated_at` column only when some record has a stamp: a file of unchanged embedded records reads as before.
 */
export function activitiesToCsv(records: readonly ExportedActivity[]): string {
  const columns = records.some((a) => a.updatedAt !== undefined)
    ? CSV_COLUMNS
    : CSV_COLUMNS.filter((c) => c !== 'updated_at');
  return writeCsv(
    columns,
    records.map((a) => {
      const row = toRow(a);
      return columns.map((c) => row[c]);
    }),
  );
}

const CAMEL: Partial<Record<string, CsvColumn>> = {
  datePrecision: 'date_precision',
  endDate: 'end_date',
  additionalSources: 'additional_sources',
  updatedAt: 'updated_at',
};

/** Names a path inside a record by its CSV column, plus the item (from 1) and part for list columns. */
export function csvField(path: readonly PropertyKey[]): FieldName {
  const [head, second, ...rest] = path.map(String);
  if (head === undefined) return { field: '(record)' };
  if (head === 'title' || head === 'summary' || head === 'source')
    return { field: second === undefined ? head : `${head}_${second === 'paragraph' ? 'paragraph' : second}` };
  const field = CAMEL[head] ?? head;
  if (second === undefined) return { field };
  const part = rest.join('_');
  return { field, params: { item: Number(second) + 1, ...(part && { part }) } };
}
