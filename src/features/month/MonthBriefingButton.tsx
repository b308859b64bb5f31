import { useState, type RefObject } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { NewBriefingItem } from '../../db/briefing';
import { useAddManyToBriefing, useBriefing } from '../../db/briefingQueries';
import { formatMonth } from '../../domain/dates';
import type { MonthReview } from '../../domain/monthReview';
import { useLang } from '../../lib/useLang';
import { useVocabulary } from '../../lib/useVocabulary';
import { capitalise, withNumbers } from '../../ui/charts/captions';
import { chartBriefingItem } from '../../ui/export/chartBriefingItem';
import { EXPORT_NS } from '../../ui/export/i18n';
import { monthChartFigure, monthSearch, type MonthWindow } from './monthChartState';
import { facetLabel, whatChangedText } from './whatChangedText';

interface Props {
  review: MonthReview;
  months: MonthWindow;
  /** The page's URL search (its filters). */
  search: string;
  /** The month chart's drawing, stored as the same picture its own "Add to briefing" would store. */
  drawingRef: RefObject<HTMLDivElement | null>;
}

/**
 * "Add this month to the briefing": the month in review as one group of items — a heading, "What changed" as a
 * note, the month chart and the month's records — added in one transaction. The heading carries the month's path
 * and search, which is how the button knows the month is already there.
 */
export function MonthBriefingButton({ review, months, search, drawingRef }: Props) {
  const { t: rawT } = useTranslation('month');
  const { t: ui } = useTranslation('ui');
  const { t: ex } = useTranslation(EXPORT_NS);
  const { lang, locale } = useLang();
  const vocab = useVocabulary();
  const client = useQueryClient();
  const briefing = useBriefing();
  const add = useAddManyToBriefing();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const t = withNumbers(rawT, locale);
  const name = capitalise(formatMonth(review.month, locale), locale);
  const path = `/month/${review.month}`;
  const listSearch = monthSearch(search, review.month);
  const present =
    briefing.data?.some((i) => i.kind === 'heading' && i.path === path && i.search === listSearch) ?? false;

  const onClick = async () => {
    setBusy(true);
    try {
      const label = facetLabel(lang, vocab);
      const fig = monthChartFigure(rawT, ui, months, locale, search);
      const drawing = drawingRef.current;
      const chart = drawing
        ? await chartBriefingItem({
            chartId: fig.chartId,
            title: fig.title,
            caveat: fig.caveat,
            drawing,
            where: { pathname: path, search: fig.exportSearch },
            lang,
            t: ex,
            client,
          })
        : null;
      const items: NewBriefingItem[] = [
        { kind: 'heading', text: t('MonthPage.title', { month: name }), path, search: listSearch },
        { kind: 'note', text: whatChangedText(t, review, label, locale).join('\n') },
        ...(chart ? [chart] : []),
        { kind: 'records', search: listSearch },
      ];
      await add.mutateAsync(items);
      setStatus(t('briefing.added', { month: name }));
    } catch (e) {
      setStatus(t('briefing.failed', { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" className="button-secondary" disabled={present || busy} onClick={() => void onClick()}>
        {present ? t('briefing.present') : t('briefing.add')}
      </button>
      <span aria-live="polite" className="figure-tools-status">
        {status}
      </span>
    </>
  );
}
