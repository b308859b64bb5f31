import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMonth } from '../../domain/dates';
import { REVIEW_FACETS, type MonthReview } from '../../domain/monthReview';
import { useLang } from '../../lib/useLang';
import { useVocabulary } from '../../lib/useVocabulary';
import { capitalise, withNumbers } from '../../ui/charts/captions';
import {
  againstWords,
  countLine,
  differenceLine,
  facetLabel,
  facetParts,
  hasChanges,
  yearLines,
} from './whatChangedText';

/**
 * The month against the one before and the same month a year earlier: the counts (dated within the month, and
 * known only to a longer period that includes it) and the differences; the counterparts and organisations new
 * against the months before or dropped away since; the themes and types that appear, drop away or change most
 * against the previous month. A region named "What changed" (CONTRACT.md).
 */
export function WhatChanged({ review }: { review: MonthReview }) {
  const { t: rawT } = useTranslation('month');
  const { lang, locale } = useLang();
  const vocab = useVocabulary();
  const t = withNumbers(rawT, locale);
  const headingId = useId();
  const month = capitalise(formatMonth(review.month, locale), locale);
  const previous = formatMonth(review.previous, locale);
  const label = facetLabel(lang, vocab);
  const [yearCount, yearDiff] = yearLines(t, review, locale);
  return (
    <section className="month-changed" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('changed.title')}</h2>
      <p className="month-count">{countLine(t, month, review.now)}</p>
      <p className="month-count month-count-previous">{countLine(t, capitalise(previous, locale), review.before)}</p>
      <p>{differenceLine(t, review, locale)}</p>
      <p className="month-year">
        {yearCount}
        {yearDiff && ` ${yearDiff}`}
      </p>
      {!review.lookback && <p>{t('changed.noLookback', { month })}</p>}
      {hasChanges(review) ? (
        <dl className="month-facets">
          {REVIEW_FACETS.map((f) => {
            const p = facetParts(t, review, f, label);
            if (!p.appeared && !p.dropped && !p.changed) return null;
            const words = againstWords(t, review, f, locale);
            return (
              <div key={f}>
                <dt>{t(`changed.facet.${f}`)}</dt>
                {p.appeared && (
                  <dd>
                    <strong>{words.appeared}:</strong> {p.appeared}
                  </dd>
                )}
                {p.dropped && (
                  <dd>
                    <strong>{words.dropped}:</strong> {p.dropped}
                  </dd>
                )}
                {p.changed && (
                  <dd>
                    <strong>{t('changed.changedMost', { previous })}:</strong> {p.changed}
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
