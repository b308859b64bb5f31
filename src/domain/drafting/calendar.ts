/** Day arithmetic on YYYY-MM-DD strings, in UTC so no time zone moves a day. */
export function toDay(y: number, m: number, d: number): string | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return date.toISOString().slice(0, 10);
}

export function addDays(day: string, n: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + n);
  return date.toISOString().slice(0, 10);
}

export function parts(day: string): { y: number; m: number; d: number } {
  return { y: Number(day.slice(0, 4)), m: Number(day.slice(5, 7)), d: Number(day.slice(8, 10)) };
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function weekday(day: string): number {
  const w = new Date(`${day}T00:00:00Z`).getUTCDay();
  return w === 0 ? 7 : w;
}

export function monthStart(y: number, m: number): string {
  const shifted = new Date(Date.UTC(y, m - 1, 1));
  return shifted.toISOString().slice(0, 10);
}

export function monthEnd(y: number, m: number): string {
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** A day and month without a year: the year that puts it nearest the release, leaning on the tense when given. */
export function nearestYear(m: number, d: number, release: string, lean?: 'past' | 'future'): string | undefined {
  const { y } = parts(release);
  const cost = leanCost(release, lean);
  const options = [y - 1, y, y + 1].map((year) => toDay(year, m, d)).filter((x): x is string => x !== undefined);
  options.sort((a, b) => cost(a) - cost(b));
  return options[0];
}

/**
 * How unlikely a day is for a date expression, from the release and the tense: its distance, thirty times over on
 * the wrong side of the tense. The tense says which side of the release the day lies, but a day just on the other
 * side is likelier than one a year or a month away ("will travel September 2-4" in a note the analyst dates the 3rd).
 */
export function leanCost(release: string, lean?: 'past' | 'future'): (day: string) => number {
  const wrong = (x: string) => (lean === 'past' ? x > release : lean === 'future' ? x < release : false);
  return (x) => Math.abs(daysBetween(release, x)) * (wrong(x) ? 30 : 1);
}
