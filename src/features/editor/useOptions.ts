import { useMemo } from 'react';
import { allCountryCodes, countryName, isCountryCode } from '../../domain/countries';
import { useLang } from '../../lib/useLang';
import { useVocabulary } from '../../lib/useVocabulary';

/** "CAN — Andean Community"; a body whose acronym is its name (BRICS, World Bank) is named once. */
const orgChoice = (acronym: string, name: string) => (acronym === name ? name : `${acronym} — ${name}`);

export interface Choice {
  value: string;
  label: string;
}

/** The vocabulary's values (embedded + the analyst's) as choices in the current language, sorted for reading. */
export function useOptions() {
  const { lang, locale } = useLang();
  const vocab = useVocabulary();
  return useMemo(() => {
    const byLabel = (a: Choice, b: Choice) => a.label.localeCompare(b.label, locale);
    return {
      countries: allCountryCodes()
        .filter(isCountryCode)
        .map((c) => ({ value: c, label: `${countryName(c, lang)} (${c})` }))
        .sort(byLabel),
      themes: vocab.themes.map((x) => ({ value: x.id, label: x.label[lang] })).sort(byLabel),
      types: vocab.activityTypes.map((x) => ({ value: x.id, label: x.label[lang] })).sort(byLabel),
      orgs: vocab.organizations
        .map((x) => ({ value: x.id, label: orgChoice(x.acronym[lang], x.name[lang]) }))
        .sort(byLabel),
    };
  }, [lang, locale, vocab]);
}
