import { CartesianGrid, YAxis } from 'recharts';
import { GRID, MUTED } from './chartKeys';
import { valueTick } from './plainText';

/**
 * The value axis of a column chart (simple or stacked): exactly the given ticks, the top one as the domain's end,
 * written with `format`. Called as a function, not used as a component, so Recharts finds a YAxis among its
 * children.
 */
export function valueAxis(width: number, ticks: readonly number[], format: (n: number) => string, fontSize: number) {
  return (
    <YAxis
      width={width}
      domain={[0, ticks[ticks.length - 1] ?? 'auto']}
      ticks={[...ticks]}
      // Every given tick: the default ("preserveEnd") measures each label in the DOM to thin them.
      interval={0}
      tickLine={false}
      axisLine={false}
      tick={valueTick(format, { fill: MUTED, fontSize })}
    />
  );
}

const noLines = () => [];

/**
 * Horizontal grid lines only. The empty generator also stops Recharts working out (and measuring in the DOM) where
 * vertical lines would go, which it does even with vertical={false}. Called as a function, like `valueAxis`.
 */
export function horizontalGrid() {
  return <CartesianGrid vertical={false} verticalCoordinatesGenerator={noLines} stroke={GRID} />;
}
