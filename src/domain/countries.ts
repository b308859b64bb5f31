import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import es from 'i18n-iso-countries/langs/es.json';

countries.registerLocale(en);
countries.registerLocale(es);

export const HOME_COUNTRY = 'PE';

export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && countries.isValid(code);
}

export function countryName(code: string, lang: string): string {
  return countries.getName(code, lang.slice(0, 2), { select: 'official' }) ?? code;
}

export function allCountryCodes(): string[] {
  return Object.keys(countries.getAlpha2Codes());
}

/** world-atlas identifies countries by ISO 3166-1 numeric code ("604" for Peru). */
export function numericToAlpha2(numeric: string | number): string | undefined {
  return countries.numericToAlpha2(String(numeric).padStart(3, '0'));
}
