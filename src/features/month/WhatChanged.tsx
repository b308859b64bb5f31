import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMonth } from '../../domain/dates';
import { valueLabel } from '../../domain/labels';
import { REVIEW_FACETS, type MonthReview, type ReviewFacet } from '../../domain/monthReview';
import { useLang } from '../../lib/useLang';
import { useVocabulary } from '../../lib/useVocabulary';
import { capitalise, withNumbers } from '../../ui/charts/captions';
import { PARAM, countLine, differenceLine, facetParts, hasChanges } from './whatChangedText';

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
  const label = (f: ReviewFacet, key: string) => valueLabel(PARAM[f], key, lang, vocab);
  return (
    <section className="month-changed" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('changed.title')}</h2>
      <p className="month-count">{countLine(t, month, review.now)}</p>
      <p className="month-count month-count-previous">{countLine(t, capitalise(previous, locale), review.before)}</p>
      <p>{differenceLine(t, review, locale)}</p>
      {hasChanges(review) ? (
        <dl className="month-facets">
          {REVIEW_FACETS.map((f) => {
            const p = facetParts(t, review, f, label, locale);
            if (!p.appeared && !p.dropped && !p.changed) return null;
            return (
              <div key={f}>
                <dt>{t(`changed.facet.${f}`)}</dt>
                {p.appeared && (
                  <dd>
                    <strong>{t('changed.appeared', { previous })}:</strong> {p.appeared}
                  </dd>
                )}
                {p.dropped && (
                  <dd>
                    <strong>{t('changed.dropped', { previous })}:</strong> {p.dropped}
                  </dd>
                )}
                {p.changed && (
                  <dd>
                    <strong>{t('changed.changedMost')}:</strong> {p.changed}
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
