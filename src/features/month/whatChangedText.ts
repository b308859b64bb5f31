import { formatMonth } from '../../domain/dates';
import {
  REVIEW_FACETS,
  type FacetChange,
  type MonthCount,
  type MonthReview,
  type ReviewFacet,
} from '../../domain/monthReview';
import type { ListParam } from '../../domain/filters';
import { capitalise, type Translate } from '../../ui/charts/captions';

/** The URL filter parameter that names each reviewed facet's values. */
export const PARAM: Record<ReviewFacet, ListParam> = {
  countries: 'country',
  organizations: 'org',
  themes: 'theme',
  type: 'type',
};

/**
 * "What changed" as sentences, from the month's review: the page draws them (WhatChanged) and "Add this month to
 * the briefing" stores them as the briefing's note, so the printed briefing says what the screen says. `t` is the
 * month namespace wrapped by `withNumbers`; `label` names a facet's value in the reader's language.
 */
export function countLine(t: Translate, name: string, c: MonthCount): string {
  return (
    t('changed.count', { month: name, count: c.certain }) +
    (c.possible > 0 ? t('changed.possible', { count: c.possible }) : '') +
    t('changed.end')
  );
}

export function differenceLine(t: Translate, review: MonthReview, locale: string): string {
  const diff = review.now.certain - review.before.certain;
  const signed = `${diff > 0 ? '+' : diff < 0 ? '−' : '±'}${Math.abs(diff).toLocaleString(locale)}`;
  return t('changed.difference', { diff: signed, previous: formatMonth(review.previous, locale) });
}

export const hasChanges = (review: MonthReview) =>
  REVIEW_FACETS.some((f) => {
    const x = review.facets[f];
    return x.appeared.length + x.dropped.length + x.changed.length > 0;
  });

type Label = (f: ReviewFacet, key: string) => string;

/** One facet's changes as parts of a sentence ("New against October 2025: Chile (2)"); none when nothing moved. */
export function facetParts(t: Translate, review: MonthReview, f: ReviewFacet, label: Label, locale: string) {
  const previous = formatMonth(review.previous, locale);
  const x = review.facets[f];
  const presence = (rows: FacetChange[], n: (r: FacetChange) => number) =>
    rows.map((r) => t('changed.presence', { label: label(f, r.key), count: n(r) })).join(', ');
  return {
    appeared: x.appeared.length > 0 ? presence(x.appeared, (r) => r.now) : '',
    dropped: x.dropped.length > 0 ? presence(x.dropped, (r) => r.before) : '',
    changed: x.changed
      .map((r) => t('changed.change', { label: label(f, r.key), now: r.now, before: r.before }))
      .join('; '),
    previous,
  };
}

/** The whole of "What changed" as plain paragraphs, for the briefing's note. */
export function whatChangedText(t: Translate, review: MonthReview, label: Label, locale: string): string[] {
  const month = capitalise(formatMonth(review.month, locale), locale);
  const previous = formatMonth(review.previous, locale);
  const lines = [
    countLine(t, month, review.now),
    countLine(t, capitalise(previous, locale), review.before),
    differenceLine(t, review, locale),
  ];
  if (!hasChanges(review)) lines.push(t('changed.none', { previous }));
  for (const f of REVIEW_FACETS) {
    const p = facetParts(t, review, f, label, locale);
    const parts = [
      p.appeared && `${t('changed.appeared', { previous })}: ${p.appeared}`,
      p.dropped && `${t('changed.dropped', { previous })}: ${p.dropped}`,
      p.changed && `${t('changed.changedMost')}: ${p.changed}`,
    ].filter(Boolean);
    if (parts.length > 0) lines.push(`${t(`changed.facet.${f}`)} — ${parts.join('. ')}.`);
  }
  lines.push(t('changed.note'));
  return lines;
}
