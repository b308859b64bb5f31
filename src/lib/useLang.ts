import { useTranslation } from 'react-i18next';
import { isLang, type Lang } from '../i18n/lang';
import type { Localized } from '../domain/activity';
import { localeOf } from '../domain/lang';

/** The current UI language, and a picker for bilingual record fields. */
export function useLang(): { lang: Lang; locale: string; pick: (l: Localized) => string } {
  const { i18n } = useTranslation();
  const lang: Lang = isLang(i18n.language) ? i18n.language : 'es';
  return { lang, locale: localeOf(lang), pick: (l) => l[lang] };
}
