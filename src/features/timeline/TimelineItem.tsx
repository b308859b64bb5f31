import type { CSSProperties, FocusEvent, KeyboardEvent, Ref } from 'react';
import { Link } from 'react-router';
import type { Activity } from '../../domain/activity';
import { activityInterval, formatActivityDate, formatDay } from '../../domain/dates';
import { valueLabel } from '../../domain/labels';
import type { MergedVocabulary } from '../../domain/vocabulary';
import { spanLayout } from '../../domain/timeline';
import type { Lang } from '../../i18n/lang';
import type { Translate } from '../../ui/charts/captions';
import { OverdueBadge } from '../../ui/OverdueBadge';

/**
 * What every item needs from hooks, read once by the list: each `useTranslation` call in a newly mounted
 * component copies the i18next instance (react-i18next's wrapper), and 300 items × 5 calls cost ~20 ms on every
 * filter change that replaced the listed items (and the virtualised list mounts items as the page scrolls).
 */
export interface ItemContext {
  /** The timeline's namespace, and the common one (status and precision words). */
  t: Translate;
  tc: Translate;
  lang: Lang;
  locale: string;
  search: string;
  /** The reader's calendar day, YYYY-MM-DD: a planned activity whose period ended before it is flagged overdue. */
  today: string;
  /** The merged vocabulary (embedded + the analyst's), to label types, themes and organisations. */
  vocab: MergedVocabulary;
}

/** How the list reaches the item: by its index in the whole list (`data-timeline-item` on the link). */
export interface ItemKeys {
  onKeyDown: (e: KeyboardEvent<HTMLAnchorElement>) => void;
  onFocus?: (e: FocusEvent<HTMLAnchorElement>) => void;
}

/** Only in the virtualised list: where the row sits, and its place in its month for assistive technology. */
export interface RowPlacement {
  rowRef: Ref<HTMLLIElement>;
  row: number;
  style: CSSProperties;
  pos: number;
  count: number;
}

interface Props {
  activity: Activity;
  index: number;
  extent: [string, string] | null;
  keys: ItemKeys;
  ctx: ItemContext;
  placement?: RowPlacement;
}

/**
 * One activity: its date as precise as the source (a day, a range, a quarter), a track showing the time it covers,
 * and what it is. Held vs planned/announced is told by a filled or hollow marker, a solid or dashed edge, and the
 * status in words, never by colour alone.
 */
export function TimelineItem({ activity: a, index, extent, keys, ctx, placement: p }: Props) {
  const { t, tc, lang, locale, search, vocab, today } = ctx;
  const interval = activityInterval(a);
  const span = extent ? spanLayout(interval, extent) : null;
  const held = a.status === 'held';
  const list = (values: string[], param: 'country' | 'theme' | 'org') =>
    values.map((v) => valueLabel(param, v, lang, vocab)).join(', ');
  return (
    // The row carries the gap below the card (padding, not margin), so a measured row is its whole height.
    <li
      className="tl-row"
      ref={p?.rowRef}
      data-index={p?.row}
      style={p?.style}
      aria-setsize={p?.count}
      aria-posinset={p?.pos}
    >
      <div className={`tl-item ${held ? 'tl-held' : 'tl-pending'}`}>
        <span className="tl-marker" aria-hidden="true" />
        <div className="tl-when">
          {/* As ui/DateWithPrecision draws it (with showPrecision), from the list's translations. */}
          <span className={`date date-${a.datePrecision}`}>
            <time dateTime={a.date}>{formatActivityDate(a, locale)}</time>
            {a.datePrecision !== 'day' && <span className="precision"> ({tc(`precision.${a.datePrecision}`)})</span>}
          </span>
          {span && (
            <span className="tl-track" aria-hidden="true">
              <span
                className={`tl-span tl-span-${a.datePrecision}`}
                style={{ left: `${span.start * 100}%`, width: `max(6px, ${(span.end - span.start) * 100}%)` }}
              />
            </span>
          )}
          {a.datePrecision !== 'day' && (
            <span className="visually-hidden">{t('until', { date: formatDay(interval[1], locale) })}</span>
          )}
        </div>
        <div className="tl-what">
          <Link
            to={{ pathname: `/records/${a.id}`, search }}
            className="tl-link"
            data-timeline-item={index}
            onKeyDown={keys.onKeyDown}
            onFocus={keys.onFocus}
          >
            {a.title[lang]}
          </Link>
          <dl className="tl-meta">
            <div>
              <dt>{t('field.type')}</dt>
              <dd>{valueLabel('type', a.type, lang, vocab)}</dd>
            </div>
            <div>
              <dt>{t('field.themes')}</dt>
              <dd>{list(a.themes, 'theme')}</dd>
            </div>
            {a.countries.length > 0 && (
              <div>
                <dt>{t('field.countries')}</dt>
                <dd>{list(a.countries, 'country')}</dd>
              </div>
            )}
            {a.organizations.length > 0 && (
              <div>
                <dt>{t('field.organizations')}</dt>
                <dd>{list(a.organizations, 'org')}</dd>
              </div>
            )}
          </dl>
        </div>
        <span className="tl-status">
          <span className={`status status-${a.status}`}>{tc(`status.${a.status}`)}</span>
          <OverdueBadge activity={a} today={today} t={tc} locale={locale} />
        </span>
      </div>
    </li>
  );
}
