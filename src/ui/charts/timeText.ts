import type { TimeTally } from '../../domain/monthFit';
import { timeLead } from '../../domain/monthFit';
import { formatPeriod } from '../../domain/periods';
import type { ColumnLegend, ColumnRow } from './ColumnChart';
import type { ChartData } from '../../lib/export/types';
import { capitalise, listOf, withNumbers, type Translate } from './captions';

/**
 * What every time chart says, from one tally (monthFit.ts): its columns, legend, caption, note and data table, in
 * the `ui` namespace so the overview, the timeline and the month page word it the same way. The caption names a
 * busiest period only when no imprecise date could change the answer.
 */
export function timeChartText(rawT: Translate, tally: TimeTally, total: number, locale: string, selected?: string) {
  const t = withNumbers(rawT, locale);
  const { grain } = tally;
  const unit = t(`time.unit.${grain}`);
  const units = t(`time.units.${grain}`);
  const period = (key: string) => formatPeriod(key, grain, locale);
  const l = timeLead(tally.rows);
  const periods = l ? listOf(l.leaders.map(period), locale) : '';
  const caption = !l
    ? tally.spanning > 0
      ? t('time.noneCertain', { unit, count: total })
      : ''
    : !l.settled
      ? t('time.open', { unit, periods, count: l.count, spanning: tally.spanning, total })
      : l.leaders.length > 1
        ? t('time.busiestTie', { units, periods, count: l.count })
        : t('time.busiest', { unit, period: periods, count: l.count, total });
  const rows: ColumnRow[] = tally.rows.map((r) => ({
    key: r.key,
    label: formatPeriod(r.key, grain, locale, true),
    value: r.certain,
    possible: r.possible,
    selected: r.key === selected,
  }));
  const legend: ColumnLegend = {
    certain: t('time.legendCertain', { unit }),
    possible: t('time.legendPossible', { unit }),
  };
  const describe = (r: ColumnRow) =>
    r.possible
      ? t('time.barPossible', { period: period(r.key), count: r.value, possible: r.possible })
      : t('time.bar', { period: period(r.key), count: r.value });
  const data = (periodLabel: string): ChartData => ({
    columns: [
      { key: 'period', label: periodLabel },
      { key: 'certain', label: t('time.colCertain') },
      { key: 'possible', label: t('time.colPossible') },
    ],
    rows: tally.rows.map((r) => ({ period: period(r.key), certain: r.certain, possible: r.possible })),
  });
  return {
    caption: capitalise(caption, locale),
    note: tally.spanning > 0 ? t('time.note', { unit }) : '',
    rows,
    legend,
    describe,
    data,
  };
}
