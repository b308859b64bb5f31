import { useTranslation } from 'react-i18next';
import { CSV_COLUMNS } from '../domain/formats/csv';
import type { Problem } from '../domain/formats/problems';

const NO_FIELD = new Set(['(file)', '(row)', '(record)']);

/**
 * Turns a problem (codes and parameters from the domain) into one sentence in the chosen language:
 * "month.csv, row 4 (id chile-visit), date: 2025-13-45 is not a date".
 */
export function useProblemText(): (p: Problem) => string {
  const parts = useProblemParts();
  return (p) => {
    const { where, field, what } = parts(p);
    return field === null ? `${where}: ${what}` : `${where}, ${field}: ${what}`;
  };
}

/** The three parts of a problem's sentence; the record form shows only `field` and `what`. */
export function useProblemParts(): (p: Problem) => { where: string; field: string | null; what: string } {
  const { t } = useTranslation('import');
  return (p) => {
    const params = { ...p.params };
    let where =
      p.row !== undefined
        ? t('problems.where.row', { file: p.file, row: p.row })
        : p.index !== undefined
          ? t('problems.where.index', { file: p.file, index: p.index, n: p.index + 1 })
          : t('problems.where.file', { file: p.file });
    if (p.id) where += t('problems.where.id', { id: p.id });
    if (p.code === 'id.duplicate' && typeof params.first === 'number')
      params.first =
        p.row !== undefined
          ? t('problems.where.rowShort', { row: params.first })
          : t('problems.where.recordShort', { n: params.first + 1 });
    if (p.code === 'type' && typeof params.expected === 'string')
      params.expected = t(`problems.expected.${params.expected}`, { defaultValue: params.expected });
    if (p.code === 'csv.parse' && typeof params.detail === 'string')
      params.detail = t(`problems.csvDetail.${params.detail}`, { defaultValue: params.detail });
    if (p.code === 'csv.unknownColumn') params.columns = CSV_COLUMNS.join(', ');
    const what = t(`problems.code.${p.code}`, params);
    if (NO_FIELD.has(p.field)) return { where, field: null, what };
    const field =
      params.item !== undefined
        ? params.part !== undefined
          ? t('problems.fieldItem', { field: p.field, item: params.item, part: params.part })
          : t('problems.fieldItemOnly', { field: p.field, item: params.item })
        : p.field;
    return { where, field, what };
  };
}
