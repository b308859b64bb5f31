import type { TFunction } from 'i18next';
import { findLegend } from '../../lib/export/findInDrawing';
import type { LegendItem } from '../../lib/export/types';

/**
 * What an exported image says under its legend: what hatching means when the chart draws a hatched series (first, as
 * it reads the legend just above), then the figure's caption and note, so the image keeps what the screen says.
 */
export function caveatOf(
  t: TFunction,
  drawing: HTMLElement,
  legend: LegendItem[] | undefined,
  text: string | undefined,
): string | undefined {
  const hatched = (legend ?? findLegend(drawing)).some((l) => l.hatched);
  const lines = [hatched ? t('image.hatching') : '', text].filter(Boolean);
  return lines.length ? lines.join(' ') : undefined;
}
