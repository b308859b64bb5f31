import { useId, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartData, LegendItem } from '../lib/export/types';
import { useLang } from '../lib/useLang';
import { formatCell } from './charts/captions';
import './charts/charts.css';
import { FigureTools } from './export/FigureTools';

export type { ChartColumn, ChartData, LegendItem } from '../lib/export/types';

export interface ChartFigureProps {
  /** Stable chart id, used in exported file names: "themes-by-theme". */
  chartId: string;
  /** The chart's title: also the figure's accessible name. */
  title: string;
  /** One sentence computed from the data saying what it shows. */
  caption: string;
  /** E.g. "An activity with several themes counts once in each." */
  note?: string;
  /** How to use the drawing on screen ("Click a month to zoom in"): shown under the caption, never exported. */
  hint?: string;
  /** The rows the chart draws: shown as a table on demand, and exported as the chart's CSV. */
  data: ChartData;
  /** The drawing. Exports take the first <svg> found inside it. */
  children: ReactNode;
  /** Extra controls (e.g. a zoom switch) shown next to the title. */
  controls?: ReactNode;
  /**
   * The legend, for exported images. Optional: without it, an HTML legend inside the drawing (Recharts', or
   * elements marked `data-legend-label` + `data-legend-color`) is read at export time.
   */
  legend?: LegendItem[];
  /**
   * The filters the chart is drawn under, as a URL search, when they are not the page's own (the month page draws
   * its months whatever the URL's dates): exports and the briefing state these.
   */
  exportSearch?: string;
  /**
   * Where the drawing is mounted, for a control outside the figure that adds it to the briefing with other items
   * (the month page's "Add this month to the briefing"). The figure keeps its own ref without it.
   */
  drawingRef?: RefObject<HTMLDivElement | null>;
  /** The second period of a comparison (the URL's dates are the first): exports state it and cite its sources. */
  comparedWith?: { from: string; to: string };
}

/**
 * Every chart is a <figure> named by its title, with a caption computed from the data and its data one click away
 * as a table. Export and "add to briefing" controls attach here, so every chart gets them.
 */
export function ChartFigure({
  chartId,
  title,
  caption,
  note,
  hint,
  data,
  children,
  controls,
  legend,
  exportSearch,
  drawingRef: outerRef,
  comparedWith,
}: ChartFigureProps) {
  const { t } = useTranslation('ui');
  const { locale } = useLang();
  const titleId = useId();
  const [showTable, setShowTable] = useState(false);
  const ownRef = useRef<HTMLDivElement>(null);
  const drawingRef = outerRef ?? ownRef;
  return (
    <figure className="chart-figure" aria-labelledby={titleId} data-chart-id={chartId}>
      <div className="chart-figure-head">
        <h2 id={titleId}>{title}</h2>
        <div className="chart-figure-actions">
          {controls}
          <button
            type="button"
            className="button-secondary"
            aria-pressed={showTable}
            onClick={() => setShowTable((s) => !s)}
          >
            {showTable ? t('chart.hideData') : t('chart.showData')}
          </button>
          <FigureTools
            chartId={chartId}
            title={title}
            data={data}
            legend={legend}
            caveat={[caption, note].filter(Boolean).join(' ')}
            drawingRef={drawingRef}
            search={exportSearch}
            comparedWith={comparedWith}
          />
        </div>
      </div>
      <div className="chart-figure-drawing" ref={drawingRef}>
        {children}
      </div>
      {showTable && (
        <div className="table-wrap chart-data-table">
          <table>
            <caption className="visually-hidden">{t('chart.dataOf', { title })}</caption>
            <thead>
              <tr>
                {data.columns.map((c) => (
                  <th key={c.key} scope="col">
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.rows.map((r, i) => (
                <tr key={i}>
                  {data.columns.map((c) => {
                    const v = r[c.key];
                    return (
                      <td key={c.key} className={typeof v === 'number' ? 'num' : undefined}>
                        {v === undefined ? '' : formatCell(v, locale)}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <figcaption>
        {caption}
        {note && <span className="muted"> {note}</span>}
        {hint && <span className="muted chart-hint"> {hint}</span>}
      </figcaption>
    </figure>
  );
}
