import { countryName } from '../../domain/countries';
import { placeName, placeNames } from '../../domain/placeNames';
import type { CountryCount, MapPoint, MapSummary } from '../../domain/mapData';
import type { MergedVocabulary } from '../../domain/vocabulary';
import type { Lang } from '../../i18n/lang';
import type { ChartData } from '../../ui/ChartFigure';
import { formatNumber, listOf, type Translate } from '../../ui/charts/captions';

/**
 * Words for the map's caption, notes, accessible names and data table: every one computed from the data. The
 * `t` these take is wrapped by `withNumbers`, so every count prints with the reader's digit grouping ("9,792").
 */

function leadersPhrase(t: Translate, leaders: readonly string[], count: number, lang: Lang, locale: string): string {
  if (leaders.length > 3) return t('caption.manyLeaders', { ties: leaders.length, count });
  const names = listOf(
    leaders.map((c) => countryName(c, lang)),
    locale,
  );
  return t(leaders.length === 1 ? 'caption.leader' : 'caption.leaders', { leaders: names, count });
}

/** "Chile and the United States lead with 2 activities each; 7 counterpart countries in all." */
export function worldCaption(t: Translate, s: MapSummary, lang: Lang, locale: string): string {
  if (s.countries === 0) return t('caption.none');
  return `${leadersPhrase(t, s.leaders, s.top, lang, locale)}; ${t('caption.countries', { count: s.countries })}.`;
}

export function regionCaption(
  t: Translate,
  shown: readonly CountryCount[],
  places: number,
  lang: Lang,
  locale: string,
): string {
  const top = shown[0]?.count ?? 0;
  const leaders = shown.filter((c) => c.count === top).map((c) => c.code);
  const first =
    top === 0
      ? t('caption.regionNone')
      : t(leaders.length === 1 ? 'caption.regionLead' : 'caption.regionLeads', {
          leaders:
            leaders.length > 3
              ? formatNumber(leaders.length, locale)
              : listOf(
                  leaders.map((c) => countryName(c, lang)),
                  locale,
                ),
          count: top,
        });
  return `${first}; ${t('caption.places', { count: places })}.`;
}

export function worldNote(
  t: Translate,
  s: MapSummary,
  notDrawn: readonly CountryCount[],
  lang: Lang,
  locale: string,
): string {
  const parts = [t('note.withCountry', { withCountry: s.withCountry, activities: s.activities })];
  if (s.mentions > s.withCountry) parts.push(t('note.multi'));
  if (notDrawn.length > 0)
    parts.push(
      t('note.notDrawn', {
        names: listOf(
          notDrawn.map((c) => countryName(c.code, lang)),
          locale,
        ),
      }),
    );
  return parts.join(' ');
}

export function orgLabel(
  id: string,
  lang: Lang,
  vocab: MergedVocabulary,
): { acronym: string; name: string; place: string } {
  const org = vocab.orgsById.get(id);
  const hq = org?.headquarters?.name;
  return { acronym: org?.acronym[lang] ?? id, name: org?.name[lang] ?? id, place: hq ? placeName(hq, lang) : '' };
}

/** A place point's names in the reader's language, joined, with "and N more" when it pools more places than it lists. */
export function placeLabel(t: Translate, p: MapPoint, lang: Lang): string {
  const names = placeNames(p.names, lang).join(' · ');
  return p.moreNames > 0 ? `${names} ${t('tooltip.more', { count: p.moreNames })}` : names;
}

/** The first names of a cluster's places, most activities first: "Lima, Tacna, Callao, Chancay, …". */
export function clusterNames(places: readonly MapPoint[], lang: Lang, shown = 4): string {
  const names = places.slice(0, shown).map((p) => placeNames(p.names, lang)[0] ?? '');
  return places.length > shown ? `${names.join(', ')}, …` : names.join(', ');
}

/** A cluster's accessible name: "5 places: Lima, Tacna, Callao, Chancay, …". */
export function clusterLabel(t: Translate, places: readonly MapPoint[], lang: Lang): string {
  return t('cluster.aria', { count: places.length, names: clusterNames(places, lang) });
}

/** The rows the map draws, as the figure's data table and CSV: countries first, then places and bodies. */
export function mapData(
  t: Translate,
  countries: readonly CountryCount[],
  points: readonly MapPoint[],
  lang: Lang,
  vocab: MergedVocabulary,
): ChartData {
  const round = (n: number) => Math.round(n * 10000) / 10000;
  return {
    columns: [
      { key: 'kind', label: t('columns.kind') },
      { key: 'name', label: t('columns.name') },
      { key: 'code', label: t('columns.code') },
      { key: 'activities', label: t('columns.activities') },
      { key: 'lat', label: t('columns.lat') },
      { key: 'lon', label: t('columns.lon') },
    ],
    rows: [
      ...countries.map((c) => ({
        kind: t('kind.country'),
        name: countryName(c.code, lang),
        code: c.code,
        activities: c.count,
        lat: '',
        lon: '',
      })),
      ...points.map((p) => ({
        kind: t(`kind.${p.kind}`),
        name: p.kind === 'organization' ? orgLabel(p.names[0] ?? '', lang, vocab).acronym : placeLabel(t, p, lang),
        code: p.kind === 'organization' ? (p.names[0] ?? '') : (p.country ?? ''),
        activities: p.count,
        lat: round(p.lat),
        lon: round(p.lon),
      })),
    ],
  };
}
