import { describe, expect, it } from 'vitest';
import type { RouteObject } from 'react-router';
import { i18n } from '../i18n';
import { localeOf } from '../domain/lang';
import { composeTitle, pageName, pageOf } from './pageTitle';
import { routes } from './routes';

/** Every page's path pattern in the router, as written there ('/', '/records/:id', '/month/:month?', '/*'). */
function patternsOf(list: readonly RouteObject[], base = ''): string[] {
  return list.flatMap((r) => {
    const here = r.index ? base : `${base.replace(/\/$/, '')}/${r.path ?? ''}`.replace(/^\/\//, '/');
    return r.children ? patternsOf(r.children, here) : [here];
  });
}
const PATTERNS = [...new Set(patternsOf(routes))].sort();

/** The tab's title of a path, as the layout writes it, in one language. */
function titleOf(path: string, lang: 'es' | 'en'): string {
  const t = i18n.getFixedT(lang, 'common');
  return composeTitle(pageName(path, t, localeOf(lang)), t('appName'), []);
}

/**
 * Every route of the router, with a path that reaches it and its tab title in both languages. A route added to
 * routes.tsx without a row here fails the first test; one whose page has no name reads "Page not found".
 */
const TITLES: readonly [pattern: string, path: string, en: string, es: string][] = [
  ['/', '/', 'Overview — Agenda Exterior', 'Resumen — Agenda Exterior'],
  ['/timeline', '/timeline', 'Timeline — Agenda Exterior', 'Cronología — Agenda Exterior'],
  ['/map', '/map', 'Map — Agenda Exterior', 'Mapa — Agenda Exterior'],
  ['/themes', '/themes', 'Themes — Agenda Exterior', 'Temas — Agenda Exterior'],
  ['/records', '/records', 'Records — Agenda Exterior', 'Registros — Agenda Exterior'],
  ['/records/new', '/records/new', 'New record — Agenda Exterior', 'Nuevo registro — Agenda Exterior'],
  ['/records/:id', '/records/oas-asylum-proposal', 'Record — Agenda Exterior', 'Registro — Agenda Exterior'],
  [
    '/records/:id/edit',
    '/records/oas-asylum-proposal/edit',
    'Edit record — Agenda Exterior',
    'Editar registro — Agenda Exterior',
  ],
  ['/import', '/import', 'Import — Agenda Exterior', 'Importar — Agenda Exterior'],
  ['/feeds', '/feeds', 'Team feeds — Agenda Exterior', 'Canales del equipo — Agenda Exterior'],
  ['/vocabulary', '/vocabulary', 'Vocabulary — Agenda Exterior', 'Vocabulario — Agenda Exterior'],
  // The main menu links to the bare /month, which opens the latest month once the data are there.
  ['/month/:month?', '/month', 'Month in review — Agenda Exterior', 'Resumen del mes — Agenda Exterior'],
  [
    '/month/:month?',
    '/month/2025-11',
    'November 2025 · Month in review — Agenda Exterior',
    'Noviembre de 2025 · Resumen del mes — Agenda Exterior',
  ],
  ['/compare', '/compare', 'Compare two periods — Agenda Exterior', 'Comparar dos periodos — Agenda Exterior'],
  ['/briefing', '/briefing', 'Briefing — Agenda Exterior', 'Informe — Agenda Exterior'],
  ['/*', '/nope/at/all', 'Page not found — Agenda Exterior', 'Página no encontrada — Agenda Exterior'],
];

describe('when a route of the router is open', () => {
  it('then the table below has a title for it (a new route must come with its title)', () => {
    expect(PATTERNS.length).toBeGreaterThan(10);
    expect([...new Set(TITLES.map(([pattern]) => pattern))].sort()).toEqual(PATTERNS);
  });

  it('then only the catch-all route reads "Page not found"', () => {
    const found = TITLES.filter(([pattern]) => pattern !== '/*').filter(([, path]) => pageOf(path) === 'notFound');
    expect(found.map(([, path]) => path)).toEqual([]);
  });

  it.each(TITLES)('then %s (%s) is titled "%s" in English and "%s" in Spanish', (_, path, en, es) => {
    expect(titleOf(path, 'en')).toBe(en);
    expect(titleOf(path, 'es')).toBe(es);
  });

  it('then a month that is no month is still the month page, without a month in its title', () => {
    expect(titleOf('/month/2025-13', 'en')).toBe('Month in review — Agenda Exterior');
  });
});

describe('composeTitle', () => {
  it('puts the filter first and counts what does not fit', () => {
    expect(composeTitle('Records', 'Agenda Exterior', [])).toBe('Records — Agenda Exterior');
    expect(composeTitle('Map', 'A', ['Chile', 'Migration', 'OAS', 'IMO'])).toBe('Chile, Migration +2 · Map — A');
  });
});
