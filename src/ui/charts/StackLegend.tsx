import type { Series } from './stackTypes';

interface Props {
  series: readonly Series[];
  legendName: (s: Series) => string;
  onSelect: (seriesKey: string) => void;
}

/**
 * The stacked chart's legend, above the plot: one toggle button per theme (the keyboard path to the
 * theme filter), and a plain entry for the grouped "other" themes. `data-legend-label`/`-color` let exports redraw
 * it inside the image.
 */
export function StackLegend({ series, legendName, onSelect }: Props) {
  return (
    <ul className="chart-legend">
      {series.map((s) => {
        const swatch = s.hatched ? (
          <span
            className="chart-legend-swatch chart-legend-swatch-possible"
            style={{ color: s.colour }}
            aria-hidden="true"
          />
        ) : (
          <span className="chart-legend-swatch" style={{ background: s.colour }} aria-hidden="true" />
        );
        const marks = {
          'data-legend-label': s.label,
          'data-legend-color': s.colour,
          ...(s.hatched ? { 'data-legend-hatched': 'true' } : {}),
        };
        return (
          <li key={s.key}>
            {s.selectable ? (
              <button
                type="button"
                className="chart-legend-entry"
                aria-pressed={s.selected}
                aria-label={legendName(s)}
                onClick={() => onSelect(s.key)}
                {...marks}
              >
                {swatch}
                {s.label}
              </button>
            ) : (
              <span className="chart-legend-entry chart-legend-static" {...marks}>
                {swatch}
                {s.label}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
