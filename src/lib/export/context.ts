import type { Activity } from '../../domain/activity';
import { formatDay } from '../../domain/dates';
import { localeOf } from '../../domain/labels';
import type { Source } from '../../domain/source';
import type { Lang } from '../../i18n/lang';

/** The source ids the given records rest on, sorted, each once. */
export function sourceIdsOf(records: readonly Pick<Activity, 'source'>[]): string[] {
  return [...new Set(records.map((r) => r.source.id))].sort();
}

/**
 * Every release the records come from, cited in words: "Nota de Prensa 304-25, Ministry of Foreign Affairs of
 * Peru, 10 Dec 2025". A source id missing from the sources table is still named, by its id, rather than dropped.
 */
export function citeSources(sources: readonly Source[], ids: readonly string[], lang: Lang): string[] {
  const byId = new Map(sources.map((s) => [s.id, s]));
  return ids.map((id) => {
    const s = byId.get(id);
    // No-break spaces inside the date, so a wrapped source line never splits "10 Dec | 2025".
    return s ? `${s.citation}, ${s.issuer[lang]}, ${formatDay(s.date, localeOf(lang)).replace(/ /g, '\u00A0')}` : id;
  });
}

/** What an exported image or bundle carries besides the drawing, already in the analyst's language. */
export interface ExportContext {
  title: string;
  /** "Chile · Migration · 1 Nov – 10 Dec 2025" */
  filters: string;
  /** "Source: Nota de Prensa 304-25, …" */
  source: string;
  /** "Exported 10 Dec 2025" */
  exported: string;
  /** The page's URL with its filters, as printed (see readableLink). */
  permalink: string;
  /** What the reader must know to read the chart right (its note, what hatching means), drawn under the legend. */
  caveat?: string;
  /** The permalink as a labelled line for images ("View in Agenda Exterior: /themes?country=CL"). */
  reference?: string;
}

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\]|0\.0\.0\.0)$/;

/**
 * A link as a reader can use it on paper: the full address on a deployed site, but only the path and filters
 * ("/themes?country=CL") when the app runs on this machine, since a loopback address means nothing to anyone else.
 */
export function readableLink(href: string): string {
  const u = new URL(href);
  return LOOPBACK.test(u.hostname) ? `${u.pathname}${u.search}` : u.href;
}
