import { useLang } from '../../lib/useLang';
import { formatNumber } from '../../ui/charts/captions';

/** Counts as the reader writes them ("100,000" in es-PE and en-GB), through the app's one cached formatter. */
export function useNumber(): (n: number) => string {
  const { locale } = useLang();
  return (n) => formatNumber(n, locale);
}
