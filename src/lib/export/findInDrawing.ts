import type { LegendItem } from './types';

// Legends and other HTML decorations carry small <svg> icons of their own; they are never "the chart".
const NOT_CHART = '.recharts-legend-wrapper, .recharts-tooltip-wrapper, [data-legend-label], [data-export-ignore]';

/** The chart's drawing: the first <svg> inside the figure that is not part of a legend, tooltip or control. */
export function findChartSvg(drawing: Element): SVGSVGElement | null {
  for (const svg of drawing.querySelectorAll('svg')) if (!svg.closest(NOT_CHART)) return svg;
  return null;
}

/**
 * The legend shown next to the chart, so exports can redraw it inside the image. A chart may mark its own HTML
 * legend with `data-legend-label` / `data-legend-color`; otherwise Recharts' HTML legend is read.
 */
export function findLegend(drawing: Element): LegendItem[] {
  const marked = [...drawing.querySelectorAll<HTMLElement>('[data-legend-label]')];
  if (marked.length > 0)
    return marked.map((el) => {
      const item: LegendItem = { label: el.dataset.legendLabel ?? '', color: el.dataset.legendColor ?? '#000' };
      if (el.dataset.legendHatched === 'true') item.hatched = true;
      if (el.dataset.legendBackground) item.background = el.dataset.legendBackground;
      return item;
    });
  return [...drawing.querySelectorAll('.recharts-legend-item')].map((li) => {
    const label = li.querySelector('.recharts-legend-item-text')?.textContent ?? li.textContent ?? '';
    const icon = li.querySelector('svg path, svg rect, svg line, svg circle');
    const attr = icon?.getAttribute('fill');
    const fill = attr && attr !== 'none' ? attr : (icon?.getAttribute('stroke') ?? null);
    const color = fill && !fill.includes('var(') ? fill : icon ? getComputedStyle(icon).fill : '';
    return { label: label.trim(), color: color || '#000' };
  });
}
