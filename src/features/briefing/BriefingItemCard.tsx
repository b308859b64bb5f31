import { useTranslation } from 'react-i18next';
import type { Activity } from '../../domain/activity';
import type { Source } from '../../domain/source';
import type { BriefingItem } from '../../db/briefing';
import { useMoveInBriefing, useRemoveFromBriefing } from '../../db/briefingQueries';
import { BriefingChart } from './BriefingChart';
import { BriefingRecords } from './BriefingRecords';
import { BriefingText } from './BriefingText';

interface Props {
  item: BriefingItem;
  first: boolean;
  last: boolean;
  activities: Activity[];
  sources: Source[];
}

/** One item of the briefing with its Move up / Move down / Remove controls (hidden in print). */
export function BriefingItemCard({ item, first, last, activities, sources }: Props) {
  const { t } = useTranslation('briefing');
  const move = useMoveInBriefing();
  const remove = useRemoveFromBriefing();
  const name =
    item.title ??
    (item.text?.trim() ||
      t(
        item.kind === 'heading'
          ? 'item.untitledHeading'
          : item.kind === 'note'
            ? 'item.untitledNote'
            : 'item.recordsTitle',
      ));
  return (
    <li className={`briefing-item kind-${item.kind}`}>
      <div className="briefing-item-controls screen-only" role="group" aria-label={t('item.controls', { name })}>
        <button
          type="button"
          className="button-secondary"
          disabled={first}
          aria-label={`${t('item.moveUp')}: ${name}`}
          onClick={() => move.mutate({ id: item.id, direction: -1 })}
        >
          {t('item.moveUp')}
        </button>
        <button
          type="button"
          className="button-secondary"
          disabled={last}
          aria-label={`${t('item.moveDown')}: ${name}`}
          onClick={() => move.mutate({ id: item.id, direction: 1 })}
        >
          {t('item.moveDown')}
        </button>
        <button
          type="button"
          className="button-secondary"
          aria-label={`${t('item.remove')}: ${name}`}
          onClick={() => remove.mutate(item.id)}
        >
          {t('item.remove')}
        </button>
      </div>
      {item.kind === 'chart' && <BriefingChart item={item} />}
      {item.kind === 'records' && <BriefingRecords item={item} activities={activities} sources={sources} />}
      {(item.kind === 'heading' || item.kind === 'note') && <BriefingText item={item} />}
    </li>
  );
}
