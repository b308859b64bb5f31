import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { BriefingItem } from '../../db/briefing';
import { svgDataUrl } from '../../lib/export/png';
import { useLang } from '../../lib/useLang';
import { itemFilterText } from './briefingState';
import { useVocabulary } from '../../lib/useVocabulary';

/**
 * A chosen chart, shown as the standalone SVG stored when it was added (an <img> of our own generated SVG, never
 * injected markup). The image carries its title, filters, source and date, so in print the heading and filter line
 * above it are hidden: a printed chart says its title once.
 */
export function BriefingChart({ item }: { item: BriefingItem }) {
  const { t } = useTranslation('briefing');
  const { lang } = useLang();
  const vocab = useVocabulary();
  const filters = itemFilterText(item, lang, vocab);
  const title = item.title ?? item.chartId ?? '';
  return (
    <figure className="briefing-figure">
      <h2 className={item.svg ? 'briefing-screen-title' : undefined}>{title}</h2>
      <p className={item.svg ? 'muted screen-only' : 'muted'}>{t('item.underFilters', { filters })}</p>
      {item.svg ? (
        <img src={svgDataUrl(item.svg)} alt={t('item.chartAlt', { title, filters })} />
      ) : (
        <p>{t('item.chartMissing')}</p>
      )}
      {item.path && (
        <p className="screen-only">
          <Link to={{ pathname: item.path, search: item.search ?? '' }}>{t('item.openView')}</Link>
        </p>
      )}
    </figure>
  );
}
