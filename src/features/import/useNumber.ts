import { useLang } from '../../lib/useLang';

/** Counts as the reader writes them ("100,000" in es-PE and en-GB): a 100k import is not read as "100000". */
export function useNumber(): (n: number) => string {
  const { locale } = useLang();
  const format = new Intl.NumberFormat(locale);
  return (n) => format.format(n);
}
