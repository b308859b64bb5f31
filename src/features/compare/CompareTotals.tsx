import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatRange } from '../../domain/dates';
import type { Period, PeriodComparison, PeriodCount } from '../../domain/periodCompare';
import { useLang } from '../../lib/useLang';
import { formatNumber, withNumbers } from '../../ui/charts/captions';
import { signed } from './compareState';

interface Props {
  comparison: PeriodComparison;
  a: Period;
  b: Period;
}

/** Both periods' counts (dated within, and may fall in), their difference, and the rule that counts them. */
export function CompareTotals({ comparison: c, a, b }: Props) {
  const { t: rawT } = useTranslation('compare');
  const { locale } = useLang();
  const t = withNumbers(rawT, locale);
  const headingId = useId();
  const line = (name: string, p: Period, n: PeriodCount) =>
    t('totals.count', { name, period: formatRange(p.from, p.to, locale), count: n.certain }) +
    (n.possible > 0 ? t('totals.possible', { count: n.possible }) : '') +
    t('totals.end');
  return (
    <section className="compare-totals" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('totals.title')}</h2>
      <p>{line(t('period.a'), a, c.a)}</p>
      <p>{line(t('period.b'), b, c.b)}</p>
      <p>{t('totals.difference', { diff: signed(c.a.certain - c.b.certain, (n) => formatNumber(n, locale)) })}</p>
      <p className="muted">{t('totals.rule')}</p>
    </section>
  );
}
