import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import type { ReviewFacet } from '../../domain/monthReview';
import { monthReview } from '../../domain/monthReview';
import { reviewFixture } from '../../testing/reviewFixture';
import { withNumbers } from '../../ui/charts/captions';
import en from './locales/en.json';
import es from './locales/es.json';
import { whatChangedText } from './whatChangedText';

/** The month namespace alone, as the page's `t` reads it. */
const i18n = i18next.createInstance();
void i18n.init({
  resources: { en: { month: en }, es: { month: es } },
  lng: 'en',
  initAsync: false,
  interpolation: { escapeValue: false },
});
const tFor = (lang: 'en' | 'es') => withNumbers(i18n.getFixedT(lang, 'month'), lang === 'es' ? 'es-PE' : 'en-GB');

/** Labels are not under test here: fixed names, so each line can be written out in full. */
const NAMES: Record<'en' | 'es', Record<string, string>> = {
  en: {
    DE: 'Germany',
    BR: 'Brazil',
    US: 'United States',
    customs: 'Customs',
    migration: 'Migration',
    'official-visit': 'Official visit',
    'bilateral-meeting': 'Bilateral meeting',
  },
  es: {
    DE: 'Alemania',
    BR: 'Brasil',
    US: 'Estados Unidos',
    customs: 'Aduanas',
    migration: 'Migración',
    'official-visit': 'Visita oficial',
    'bilateral-meeting': 'Reunión bilateral',
  },
};
const labels = (lang: 'en' | 'es') => (_: ReviewFacet, key: string) => NAMES[lang][key] ?? key;
/** Intl's thin and no-break spaces read as plain ones. */
const plain = (lines: string[]) => lines.map((l) => l.replace(/\s+/g, ' '));

/*
 * The fixture's November 2025, counted by hand (src/testing/reviewFixture.ts): n1, n2, n3 dated in it and `span`
 * (25 Oct – 5 Nov) that may fall in it; October 2025: `oct` and `span`; November 2024: `y1`. Six months before:
 * May – October 2025, naming CL, BR, US, FR, Ana Pérez, OAS and UN.
 */
describe('when the narrative is written for November 2025 of the fixture', () => {
  const review = monthReview(reviewFixture, '2025-11');

  it('then in English every figure is the fixture’s', () => {
    expect(plain(whatChangedText(tFor('en'), review, labels('en'), 'en-GB'))).toEqual([
      'November 2025: 3 activities dated within the month, and 1 more known only to a longer period that includes it (it may fall in the month).',
      'October 2025: 1 activity dated within the month, and 1 more known only to a longer period that includes it (it may fall in the month).',
      'Dated within the month: +2 on October 2025.',
      'November 2024: 1 activity dated within the month.',
      'Dated within the month: +2 on the same month a year earlier (November 2024).',
      'Counterpart countries — New, not seen in the 6 months before (May 2025 to October 2025): Germany (1). Dropped away, seen in the 6 months before (May 2025 to October 2025) but not this month: Brazil (1). Biggest changes against October 2025: United States: 2 (was 1).',
      'Named foreign counterparts — New, not seen in the 6 months before (May 2025 to October 2025): Marco Rubio (1). Dropped away, seen in the 6 months before (May 2025 to October 2025) but not this month: Ana Pérez (1).',
      'International organisations — Biggest changes against October 2025: UN: 2 (was 1).',
      'Themes — New against October 2025: Customs (2). Biggest changes against October 2025: Migration: 2 (was 1).',
      'Types of activity — New against October 2025: Official visit (1). Biggest changes against October 2025: Bilateral meeting: 2 (was 1).',
      en.changed.note,
    ]);
  });

  it('then in Spanish every figure is the fixture’s', () => {
    expect(plain(whatChangedText(tFor('es'), review, labels('es'), 'es-PE'))).toEqual([
      'Noviembre de 2025: 3 actividades fechadas dentro del mes, y 1 más de la que solo se conoce un periodo más largo que lo incluye (puede caer en el mes).',
      'Octubre de 2025: 1 actividad fechada dentro del mes, y 1 más de la que solo se conoce un periodo más largo que lo incluye (puede caer en el mes).',
      'Fechadas dentro del mes: +2 respecto de octubre de 2025.',
      'Noviembre de 2024: 1 actividad fechada dentro del mes.',
      'Fechadas dentro del mes: +2 respecto del mismo mes un año antes (noviembre de 2024).',
      'Países contraparte — Nuevos, no vistos en los 6 meses anteriores (mayo de 2025 a octubre de 2025): Alemania (1). Dejaron de aparecer, vistos en los 6 meses anteriores (mayo de 2025 a octubre de 2025) pero no este mes: Brasil (1). Mayores cambios respecto de octubre de 2025: Estados Unidos: 2 (antes 1).',
      'Contrapartes extranjeras nombradas — Nuevos, no vistos en los 6 meses anteriores (mayo de 2025 a octubre de 2025): Marco Rubio (1). Dejaron de aparecer, vistos en los 6 meses anteriores (mayo de 2025 a octubre de 2025) pero no este mes: Ana Pérez (1).',
      'Organismos internacionales — Mayores cambios respecto de octubre de 2025: UN: 2 (antes 1).',
      'Temas — Nuevos respecto de octubre de 2025: Aduanas (2). Mayores cambios respecto de octubre de 2025: Migración: 2 (antes 1).',
      'Tipos de actividad — Nuevos respecto de octubre de 2025: Visita oficial (1). Mayores cambios respecto de octubre de 2025: Reunión bilateral: 2 (antes 1).',
      es.changed.note,
    ]);
  });
});

describe('when the month is the first the data reach, with no record a year earlier', () => {
  const review = monthReview(reviewFixture, '2024-11');

  it('then it says there is nothing to compare with, in English and in Spanish, rather than writing 0', () => {
    const lines = plain(whatChangedText(tFor('en'), review, labels('en'), 'en-GB'));
    expect(lines.slice(0, 5)).toEqual([
      'November 2024: 1 activity dated within the month.',
      'October 2024: 0 activities dated within the month.',
      'Dated within the month: +1 on October 2024.',
      'No activity is recorded for November 2023, a year earlier: the data do not reach it, so there is no comparison with it.',
      'November 2024 is the first month recorded: no counterpart or organisation can be called new or dropped away.',
    ]);
    expect(lines.some((l) => l.startsWith('Counterpart countries'))).toBe(false);
    const es = plain(whatChangedText(tFor('es'), review, labels('es'), 'es-PE'));
    expect(es.slice(3, 5)).toEqual([
      'No hay actividad registrada en noviembre de 2023, un año antes: los datos no llegan a ese mes, así que no hay comparación con él.',
      'Noviembre de 2024 es el primer mes registrado: ninguna contraparte ni organismo puede llamarse nuevo ni dejar de aparecer.',
    ]);
  });

  it('then a month whose six months before are not all recorded names the ones that are', () => {
    const dec = monthReview(reviewFixture, '2024-12');
    const line = plain(whatChangedText(tFor('en'), dec, labels('en'), 'en-GB')).find((l) =>
      l.startsWith('Counterpart countries'),
    );
    expect(line).toBe(
      'Counterpart countries — Dropped away, seen in November 2024 (the only month recorded before it) but not this month: CL (1).',
    );
  });
});
