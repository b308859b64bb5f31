import { useTranslation } from 'react-i18next';
import type { Activity } from '../../domain/activity';
import { formatDay } from '../../domain/dates';
import type { Source } from '../../domain/source';
import type { BriefingItem } from '../../db/briefing';
import { localIsoDate } from '../../lib/export/fileName';
import { useLang } from '../../lib/useLang';
import { briefingFilterTexts, briefingSources } from './briefingState';
import { useVocabulary } from '../../lib/useVocabulary';
import { usePrintTitle } from './usePrintTitle';

interface Props {
  title: string;
  /** Who prepared it; empty: the cover names nobody. */
  author: string;
  items: BriefingItem[];
  activities: Activity[];
  sources: Source[];
}

/** Title, author, date, filters and sources: what a printed briefing must say on its first page. */
export function BriefingHeader({ title, author, items, activities, sources }: Props) {
  const { t } = useTranslation('briefing');
  const { lang, locale } = useLang();
  const vocab = useVocabulary();
  const filters = briefingFilterTexts(items, lang, vocab);
  const prepared = formatDay(localIsoDate(new Date()), locale);
  usePrintTitle(t('printTitle', { title, date: prepared }));
  const cites = briefingSources(items, activities, sources, lang, vocab);
  return (
    <header className="briefing-header">
      <h1>{title}</h1>
      <p className="muted screen-only">{t('intro')}</p>
      <div className="briefing-meta">
        <p>{author ? t('header.preparedBy', { author, date: prepared }) : t('header.prepared', { date: prepared })}</p>
        {filters.length > 0 && <p>{t('header.filters', { count: filters.length, list: filters.join('; ') })}</p>}
        {items.length > 0 && (
          <p>
            {cites.length
              ? t('header.sources', { count: cites.length, list: cites.join('; ') })
              : t('header.noSources')}
          </p>
        )}
      </div>
    </header>
  );
}
