import { useContext, useState, type RefObject } from 'react';
import { QueryClientContext } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useAddToBriefing, useBriefing } from '../../lib/data';
import { useLang } from '../../lib/useLang';
import type { LegendItem } from '../../lib/export/types';
import type { ComparedPeriod, Where } from './exportContext';
import { EXPORT_NS } from './i18n';
import { loadFigureActions } from './loadFigureActions';

interface Props {
  chartId: string;
  title: string;
  legend?: LegendItem[] | undefined;
  caveat?: string | undefined;
  drawingRef: RefObject<HTMLDivElement | null>;
  where: Where;
  onStatus: (message: string) => void;
  comparedWith?: ComparedPeriod | undefined;
}

/**
 * Adds the chart, as it is drawn now and under the current filters, to the briefing. The chart's standalone SVG is
 * stored with it, so the briefing shows this very picture (with its own title, filters and source) later.
 */
export function AddToBriefingButton({
  comparedWith,
  chartId,
  title,
  legend,
  caveat,
  drawingRef,
  where,
  onStatus,
}: Props) {
  const { t } = useTranslation(EXPORT_NS);
  const { lang } = useLang();
  const client = useContext(QueryClientContext);
  const briefing = useBriefing();
  const add = useAddToBriefing();
  const [busy, setBusy] = useState(false);
  const present =
    briefing.data?.some((i) => i.kind === 'chart' && i.chartId === chartId && i.search === where.search) ?? false;

  const onClick = async () => {
    const drawing = drawingRef.current;
    if (!drawing) return;
    setBusy(true);
    try {
      const { chartBriefingItem } = await loadFigureActions();
      await add.mutateAsync(
        await chartBriefingItem({ chartId, title, legend, caveat, drawing, where, lang, t, client, comparedWith }),
      );
      onStatus(t('briefing.addedStatus', { title }));
    } catch (e) {
      onStatus(t('briefing.failed', { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <button
      type="button"
      className="button-secondary add-to-briefing"
      disabled={present || busy}
      onClick={() => void onClick()}
    >
      {present ? t('briefing.added') : t('briefing.add')}
    </button>
  );
}
