import type { Activity } from './activities';
import type { Span } from './draftsFile';

/**
 * "Met with the Director for the Americas of the EEAS, Edita Hrdá; the Director for Latin America of the WEF,
 * Marisol Argueta; and representatives of the IACHR": people met one after the other, listed with semicolons, each
 * with someone or a body of their own, are as many meetings; so are the counterparts of "bilateral meetings"
 * ("…including China's Wang Yi, South Korea's Kang Kyung-wha, and Turkey's Mevlut Cavusoglu": one per person, or
 * per country named). What precedes the list (who met, when) is each one's.
 */
export function splitList(text: string, a: Activity, home: string): Activity[] {
  if (a.trigger.family !== 'meeting' || a.trigger.weak) return [a];
  const from = a.trigger.span.end;
  const tail = text.slice(from, a.clause.end);
  // "…prevé una reunión bilateral con el presidente Abdo Benítez; el ministro… y otras autoridades": one meeting,
  // named in the singular, with all of its list.
  const single = /^(?:reuni[oó]n|encuentro|meeting)(?:\s+(?:bilateral|de trabajo|privad[oa]))?$/iu.test(
    text.slice(a.trigger.span.start, from),
  );
  let cuts = single ? [] : [...tail.matchAll(/;\s*/g)].map((m) => [from + m.index, m[0].length] as const);
  if (
    cuts.length === 0 &&
    // "bilateral meetings with…", or a meeting with one's "counterparts Chrystia Freeland of Canada and María Ángela
    // Holguín of Colombia" (several peers, as many meetings).
    (/(?<![\p{L}])(?:meetings|talks|reuniones|encuentros)(?![\p{L}])/iu.test(text.slice(a.trigger.span.start, from)) ||
      /^\s*(?:\p{L}+\s+){0,3}(?:counterparts|peers|homólogos|pares)(?![\p{L}])/iu.test(tail))
  ) {
    const after = <T extends { span: Span }>(xs: T[]) =>
      xs.filter((x) => x.span.start >= from && x.span.end <= a.clause.end);
    const people = after(a.people);
    const countries = after(a.countries).filter(
      (c, i, cs) => c.via !== 'place' && c.code !== home && cs.findIndex((d) => d.code === c.code) === i,
    );
    const marks = people.length >= 2 ? people : countries.length >= 2 ? countries : [];
    // Cut at the comma or "and" before each counterpart after the first, so that "Mauricio Macri of Argentina and
    // Michel Temer of Brazil" keeps each name with its country.
    cuts = marks.slice(1).map((x, i) => {
      const prev = marks[i] as { span: Span };
      const gap = text.slice(prev.span.end, x.span.start);
      const sep = [...gap.matchAll(/,\s*(?:and\s+|y\s+|e\s+)?|\s+(?:and|y|e)\s+/giu)].at(-1);
      return sep ? ([prev.span.end + sep.index, sep[0].length] as const) : ([x.span.start, 0] as const);
    });
  }
  if (cuts.length === 0) return [a];
  const items = [from, ...cuts.map(([at, n]) => at + n)].map((start, i) => ({
    start,
    end: cuts[i]?.[0] ?? a.clause.end,
  }));
  const within = (sp: Span, it: Span) => sp.start >= it.start && sp.end <= it.end;
  const whom = (it: Span) =>
    a.people.some((x) => within(x.span, it)) ||
    a.organizations.some((x) => within(x.span, it)) ||
    a.countries.some((x) => within(x.span, it));
  if (!items.every(whom)) return [a];
  const share = <T extends { span: Span }>(list: T[], it: Span, i: number) =>
    list.filter((x) =>
      x.span.start < items[0]!.start ? true : within(x.span, it) || (i === 0 && x.span.start < it.start),
    );
  return items.map((it, i) => ({
    ...a,
    list: a.clause,
    clause: { start: i === 0 ? a.clause.start : it.start, end: it.end },
    more: i === 0 ? a.more : [],
    countries: share(a.countries, it, i),
    organizations: share(a.organizations, it, i),
    dates: share(a.dates, it, i),
    people: share(a.people, it, i),
  }));
}
