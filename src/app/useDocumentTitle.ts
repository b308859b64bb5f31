import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LIST_PARAMS } from '../domain/filters';
import { valueLabel } from '../domain/labels';
import { useFilters } from '../lib/useFilters';
import { useLang } from '../lib/useLang';
import { useVocabulary } from '../lib/useVocabulary';
import { composeTitle, pageName } from './pageTitle';

/** Keeps `<title>` naming the page and its list filters, in the page's language. */
export function useDocumentTitle() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const { filters } = useFilters();
  const { lang, locale } = useLang();
  const vocab = useVocabulary();
  const labels = LIST_PARAMS.flatMap((p) => filters[p].map((v) => valueLabel(p, v, lang, vocab)));
  const title = composeTitle(pageName(pathname, t, locale), t('appName'), labels);
  useEffect(() => {
    document.title = title;
  }, [title]);
}
