import { useTranslation } from 'react-i18next';
import { formatNumber, withNumbers } from '../../ui/charts/captions';
import type { Headline } from '../../domain/aggregate';
import { useLang } from '../../lib/useLang';

/** The counts an analyst reads first, for the current filters. */
export function HeadlineFigures({ h }: { h: Headline }) {
  const { t: rawT } = useTranslation('overview');
  const { locale } = useLang();
  const t = withNumbers(rawT, locale);
  const n = (x: number) => formatNumber(x, locale);
  const items: { key: string; value: number; detail?: string; tone?: string }[] = [
    { key: 'activities', value: h.activities },
    { key: 'countries', value: h.countries },
    { key: 'themes', value: h.themes },
    { key: 'organizations', value: h.organizations },
    { key: 'held', value: h.byStatus.held, tone: 'held' },
    {
      key: 'pending',
      value: h.byStatus.announced + h.byStatus.planned,
      detail: (['announced', 'planned'] as const)
        .filter((s) => h.byStatus[s] > 0)
        .map((s) => t(`figures.${s}`, { count: h.byStatus[s] }))
        .join(' · '),
      tone: 'pending',
    },
  ];
  return (
    <section aria-label={t('figures.label')}>
      <dl className="headline">
        {items.map((i) => (
          <div key={i.key} className={`headline-card${i.tone ? ` headline-${i.tone}` : ''}`}>
            <dt>{t(`figures.${i.key}`)}</dt>
            <dd>
              <span className="headline-value">{n(i.value)}</span>
              {i.detail ? <span className="headline-detail">{i.detail}</span> : null}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
