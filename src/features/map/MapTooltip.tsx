import { useTranslation } from 'react-i18next';
import { countryName, HOME_COUNTRY } from '../../domain/countries';
import { useLang } from '../../lib/useLang';
import { withNumbers } from '../../ui/charts/captions';
import { clusterNames, orgLabel, placeLabel } from './mapTexts';
import type { TooltipState } from './useMapTooltip';
import { useVocabulary } from '../../lib/useVocabulary';

/**
 * The tooltip is HTML over the map (not part of the SVG), so it never ends up in an exported image. It repeats
 * what the focused button's accessible name says, plus the hint of what a click does: hidden from screen readers.
 */
export function MapTooltip({ tip }: { tip: TooltipState | null }) {
  const { t: rawT } = useTranslation('map');
  const { lang, locale } = useLang();
  const vocab = useVocabulary();
  const t = withNumbers(rawT, locale);
  if (!tip) return null;
  const { target } = tip;
  let title: string;
  const lines: string[] = [];
  let hint: string | null = null;
  if (target.kind === 'country') {
    const code = target.row.code ?? '';
    title = countryName(code, lang);
    if (code === HOME_COUNTRY) lines.push(t('tooltip.home'));
    lines.push(t('tooltip.activities', { count: target.row.count }));
    hint = target.row.selected ? t('tooltip.filterOff') : t('tooltip.filterOn');
  } else if (target.kind === 'cluster') {
    title = t('cluster.title', { count: target.row.members.length });
    lines.push(clusterNames(target.row.members, lang));
    hint = t('cluster.hint');
  } else if (target.row.kind === 'organization') {
    const o = orgLabel(target.row.names[0] ?? '', lang, vocab);
    title = `${o.acronym} — ${o.name}`;
    lines.push(t('tooltip.hq', { place: o.place }), t('tooltip.activities', { count: target.row.count }));
    hint = target.row.selected ? t('tooltip.orgOff') : t('tooltip.orgOn');
  } else {
    title = placeLabel(t, target.row, lang);
    lines.push(t('tooltip.activities', { count: target.row.count }));
  }
  return (
    <div
      className={tip.flip ? 'map-tooltip map-tooltip-left' : 'map-tooltip'}
      aria-hidden="true"
      style={{ left: tip.x, top: tip.y }}
    >
      <strong>{title}</strong>
      {lines.map((l) => (
        <span key={l}>{l}</span>
      ))}
      {hint && <span className="map-tooltip-hint">{hint}</span>}
    </div>
  );
}
