import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMonth } from '../../domain/dates';
import { valueLabel } from '../../domain/labels';
import {
  REVIEW_FACETS,
  type FacetChange,
  type MonthCount,
  type MonthReview,
  type ReviewFacet,
} from '../../domain/monthReview';
import type { ListParam } from '../../domain/filters';
import { useLang } from '../../lib/useLang';
import { useVocabulary } from '../../lib/useVocabulary';
import { capitalise, withNumbers } from '../../ui/charts/captions';

const PARAM: Record<ReviewFacet, ListParam> = {
  countries: 'country',
  organizations: 'org',
  themes: 'theme',
  type: 'type',
};

/**
 * The month against the one before: both counts (dated within the month, and known only to a longer period that
 * includes it), the difference, and the countries, organisations, themes and types that appear, drop away or
 * change most. A region named "What changed" (CONTRACT.md).
 */
export function WhatChanged({ review }: { review: MonthReview }) {
  const { t: rawT } = useTranslation('month');
  const { lang, locale } = useLang();
  const vocab = useVocabulary();
  const t = withNumbers(rawT, locale);
  const headingId = useId();
  const month = capitalise(formatMonth(review.month, locale), locale);
  const previous = formatMonth(review.previous, locale);
  const count = (name: string, c: MonthCount) =>
    t('changed.count', { month: name, count: c.certain }) +
    (c.possible > 0 ? t('changed.possible', { count: c.possible }) : '') +
    t('changed.end');
  const diff = review.now.certain - review.before.certain;
  const signed = `${diff > 0 ? '+' : diff < 0 ? '−' : '±'}${Math.abs(diff).toLocaleString(locale)}`;
  const label = (f: ReviewFacet, key: string) => valueLabel(PARAM[f], key, lang, vocab);
  const presence = (f: ReviewFacet, rows: FacetChange[], n: (r: FacetChange) => number) =>
    rows.map((r) => t('changed.presence', { label: label(f, r.key), count: n(r) })).join(', ');
  const anything = REVIEW_FACETS.some((f) => {
    const x = review.facets[f];
    return x.appeared.length + x.dropped.length + x.changed.length > 0;
  });
  return (
    <section className="month-changed" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('changed.title')}</h2>
      <p className="month-count">{count(month, review.now)}</p>
      <p className="month-count month-count-previous">{count(capitalise(previous, locale), review.before)}</p>
      <p>{t('changed.difference', { diff: signed, previous })}</p>
      {anything ? (
        <dl className="month-facets">
          {REVIEW_FACETS.map((f) => {
            const x = review.facets[f];
            if (x.appeared.length + x.dropped.length + x.changed.length === 0) return null;
            return (
              <div key={f}>
                <dt>{t(`changed.facet.${f}`)}</dt>
                {x.appeared.length > 0 && (
                  <dd>
                    <strong>{t('changed.appeared', { previous })}:</strong> {presence(f, x.appeared, (r) => r.now)}
                  </dd>
                )}
                {x.dropped.length > 0 && (
                  <dd>
                    <strong>{t('changed.dropped', { previous })}:</strong> {presence(f, x.dropped, (r) => r.before)}
                  </dd>
                )}
                {x.changed.length > 0 && (
                  <dd>
                    <strong>{t('changed.changedMost')}:</strong>{' '}
                    {x.changed
                      .map((r) => t('changed.change', { label: label(f, r.key), now: r.now, before: r.before }))
                      .join('; ')}
                  </dd>
                )}
              </div>
            );
          })}
        </dl>
      ) : (
        <p>{t('changed.none', { previous })}</p>
      )}
      <p className="muted">{t('changed.note')}</p>
    </section>
  );
}
