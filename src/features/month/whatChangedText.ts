import { formatMonth } from '../../domain/dates';
import { valueLabel } from '../../domain/labels';
import type { Lang } from '../../domain/lang';
import {
  LOOKBACK,
  LOOKBACK_FACETS,
  REVIEW_FACETS,
  type FacetChange,
  type MonthCount,
  type MonthReview,
  type ReviewFacet,
} from '../../domain/monthReview';
import type { ListParam } from '../../domain/filters';
import type { MergedVocabulary } from '../../domain/vocabulary';
import { capitalise, type Translate } from '../../ui/charts/captions';

/** The URL filter parameter that names each reviewed facet's values (a named actor has none: its name is its label). */
export const PARAM: Record<Exclude<ReviewFacet, 'actors'>, ListParam> = {
  countries: 'country',
  organizations: 'org',
  themes: 'theme',
  type: 'type',
};

type Label = (f: ReviewFacet, key: string) => string;

/** A facet value in the reader's language: a country's, theme's, type's or organisation's label, an actor's name. */
export const facetLabel =
  (lang: Lang, vocab: MergedVocabulary): Label =>
  (f, key) =>
    f === 'actors' ? key : valueLabel(PARAM[f], key, lang, vocab);

/**
 * "What changed" as sentences, from the month's review: the page draws them (WhatChanged) and "Add this month to
 * the briefing" stores them as the briefing's note, so the printed briefing says what the screen says. Every figure
 * in them is one of the review's counts. `t` is the month namespace wrapped by `withNumbers`.
 */
export function countLine(t: Translate, name: string, c: MonthCount): string {
  return (
    t('changed.count', { month: name, count: c.certain }) +
    (c.possible > 0 ? t('changed.possible', { count: c.possible }) : '') +
    t('changed.end')
  );
}

const signed = (diff: number, locale: string) =>
  `${diff > 0 ? '+' : diff < 0 ? '−' : '±'}${Math.abs(diff).toLocaleString(locale)}`;

export function differenceLine(t: Translate, review: MonthReview, locale: string): string {
  const diff = review.now.certain - review.before.certain;
  return t('changed.difference', { diff: signed(diff, locale), previous: formatMonth(review.previous, locale) });
}

/**
 * The same month a year earlier: its count and the difference, or — when no record at all falls in it — that the
 * data do not reach it (never a 0 that would read as a count).
 */
export function yearLines(t: Translate, review: MonthReview, locale: string): string[] {
  const { month, count } = review.yearAgo;
  const name = formatMonth(month, locale);
  if (!count) return [t('changed.yearNone', { month: name })];
  return [
    countLine(t, capitalise(name, locale), count),
    t('changed.yearDifference', { diff: signed(review.now.certain - count.certain, locale), month: name }),
  ];
}

/** The months the lookback covers, in words: "the 6 months before (May 2025 to October 2025)". */
export function lookbackWords(t: Translate, review: MonthReview, locale: string): string {
  const w = review.lookback;
  if (!w) return '';
  const [from, to] = [formatMonth(w.from, locale), formatMonth(w.to, locale)];
  return w.months === LOOKBACK
    ? t('changed.lookbackFull', { count: w.months, from, to })
    : t('changed.lookbackShort', { count: w.months, from, to });
}

export const hasChanges = (review: MonthReview) =>
  REVIEW_FACETS.some((f) => {
    const x = review.facets[f];
    return x.appeared.length + x.dropped.length + x.changed.length > 0;
  });

/** What "new" and "dropped away" are against, for a facet: the lookback's months or the previous month. */
export function againstWords(t: Translate, review: MonthReview, f: ReviewFacet, locale: string) {
  if (LOOKBACK_FACETS.has(f)) {
    const window = lookbackWords(t, review, locale);
    return { appeared: t('changed.new', { window }), dropped: t('changed.gone', { window }) };
  }
  const previous = formatMonth(review.previous, locale);
  return { appeared: t('changed.appeared', { previous }), dropped: t('changed.dropped', { previous }) };
}

/** One facet's changes as parts of a sentence ("Chile (2), Brazil (1)"); empty strings when nothing moved. */
export function facetParts(t: Translate, review: MonthReview, f: ReviewFacet, label: Label) {
  const x = review.facets[f];
  const presence = (rows: FacetChange[], n: (r: FacetChange) => number) =>
    rows.map((r) => t('changed.presence', { label: label(f, r.key), count: n(r) })).join(', ');
  return {
    appeared: x.appeared.length > 0 ? presence(x.appeared, (r) => r.now) : '',
    dropped: x.dropped.length > 0 ? presence(x.dropped, (r) => r.before) : '',
    changed: x.changed
      .map((r) => t('changed.change', { label: label(f, r.key), now: r.now, before: r.before }))
      .join('; '),
  };
}

/** The whole of "What changed" as plain paragraphs: the page's text, and the briefing's note. */
export function whatChangedText(t: Translate, review: MonthReview, label: Label, locale: string): string[] {
  const month = capitalise(formatMonth(review.month, locale), locale);
  const previous = formatMonth(review.previous, locale);
  const lines = [
    countLine(t, month, review.now),
    countLine(t, capitalise(previous, locale), review.before),
    differenceLine(t, review, locale),
    ...yearLines(t, review, locale),
  ];
  if (!review.lookback) lines.push(t('changed.noLookback', { month }));
  if (!hasChanges(review)) lines.push(t('changed.none', { previous }));
  for (const f of REVIEW_FACETS) {
    const p = facetParts(t, review, f, label);
    const words = againstWords(t, review, f, locale);
    const parts = [
      p.appeared && `${words.appeared}: ${p.appeared}`,
      p.dropped && `${words.dropped}: ${p.dropped}`,
      p.changed && `${t('changed.changedMost', { previous })}: ${p.changed}`,
    ].filter(Boolean);
    if (parts.length > 0) lines.push(`${t(`changed.facet.${f}`)} — ${parts.join('. ')}.`);
  }
  lines.push(t('changed.note'));
  return lines;
}
