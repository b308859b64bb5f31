import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { countryName } from '../../domain/countries';
import { useLang } from '../../lib/useLang';
import { withNumbers } from '../../ui/charts/captions';
import { useDismiss } from '../../ui/useDismiss';
import type { PlaceMarker } from './mapModel';
import { placeLabel } from './mapTexts';

export interface OpenCluster {
  marker: PlaceMarker;
  /** In pixels from the stage's top left corner: the list's left (right, when `side` is left) edge and top. */
  x: number;
  y: number;
  /** Beside the cluster's places, or under them (centred on the cluster and kept inside the stage). */
  side: 'right' | 'left' | 'below';
  /** The cluster's button, which gets the focus back on Escape. */
  button: SVGGElement;
}

interface Props {
  open: OpenCluster;
  /** The place picked in the list, ringed on the map where it lies. */
  picked: string | null;
  onPick: (key: string) => void;
  onClose: () => void;
}

/**
 * A cluster's places, as a list that opens beside or under them (HTML over the map, like the tooltip, so it never
 * ends up in an exported image). Picking a place rings it on the map where it really lies, as hovering a place
 * drawn alone does. Escape, a click outside and focus leaving close it.
 */
export function ClusterList({ open, picked, onPick, onClose }: Props) {
  const { t: rawT } = useTranslation('map');
  const { lang, locale } = useLang();
  const t = withNumbers(rawT, locale);
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const { marker } = open;
  useDismiss(ref, true, onClose);
  useEffect(() => {
    ref.current?.querySelector('button')?.focus();
  }, [marker.key]);
  // The focus goes back to the cluster here rather than through useDismiss, which takes an HTML element only.
  const { button } = open;
  const closeToCluster = () => {
    onClose();
    button.focus();
  };
  useEffect(() => {
    const el = ref.current;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      onClose();
      button.focus();
    };
    el?.addEventListener('keydown', onKey);
    return () => el?.removeEventListener('keydown', onKey);
  }, [button, onClose]);
  return (
    <div
      ref={ref}
      className="map-cluster-list"
      role="dialog"
      aria-labelledby={titleId}
      style={{
        left: open.side === 'below' ? `clamp(0px, calc(${open.x}px - 9rem), calc(100% - 18rem))` : open.x,
        top: open.y,
        transform: open.side === 'left' ? 'translateX(-100%)' : undefined,
      }}
    >
      <p id={titleId} className="map-cluster-title">
        {t('cluster.title', { count: marker.members.length })}
      </p>
      <ul>
        {marker.members.map((p) => (
          <li key={p.key}>
            <button type="button" aria-pressed={picked === p.key} onClick={() => onPick(p.key)}>
              <span>{placeLabel(t, p, lang)}</span>
              <span className="map-cluster-count">
                {p.country ? `${countryName(p.country, lang)} · ` : ''}
                {t('tooltip.activities', { count: p.count })}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="link-button" onClick={closeToCluster}>
        {t('cluster.close')}
      </button>
    </div>
  );
}
