import { useMemo } from 'react';
import { allCountryCodes, countryName, isCountryCode } from '../../domain/countries';
import { taxonomy } from '../../domain/taxonomyData';
import { useLang } from '../../lib/useLang';

export interface Choice {
  value: string;
  label: string;
}

/** The taxonomy's values as choices in the current language, sorted as a reader looks for them. */
export function useOptions() {
  const { lang, locale } = useLang();
  return useMemo(() => {
    const byLabel = (a: Choice, b: Choice) => a.label.localeCompare(b.label, locale);
    return {
      countries: allCountryCodes()
        .filter(isCountryCode)
        .map((c) => ({ value: c, label: `${countryName(c, lang)} (${c})` }))
        .sort(byLabel),
      themes: taxonomy.themes.map((x) => ({ value: x.id, label: x.label[lang] })).sort(byLabel),
      types: taxonomy.activityTypes.map((x) => ({ value: x.id, label: x.label[lang] })).sort(byLabel),
      orgs: taxonomy.organizations.map((x) => ({ value: x.id, label: `${x.acronym[lang]} — ${x.name[lang]}` })),
    };
  }, [lang, locale]);
}
