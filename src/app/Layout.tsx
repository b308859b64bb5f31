import { useEffect } from 'react';
import { Outlet, useNavigation, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isLang, readSavedLang, resolveLang, saveLang } from '../i18n/lang';
import { FilterBar } from '../features/filters/FilterBar';
import { LanguageSwitch } from './LanguageSwitch';
import { MainNav } from './MainNav';
import { useDocumentTitle } from './useDocumentTitle';
import { StorageStatus } from '../ui/StorageStatus';
import { ConnectionBanner } from '../ui/ConnectionBanner';
import { UpdateBanner } from './UpdateBanner';
import { DataLossNotice } from '../ui/DataLossNotice';
import { InterruptedImportNotice } from '../ui/InterruptedImportNotice';
import { NewerVersionNotice } from '../ui/NewerVersionNotice';
import { useConnectionState } from '../db/connection';

/** Keeps i18next, <html lang> and the saved choice in step with `?lang=`. */
function useLanguageFromUrl() {
  const [params] = useSearchParams();
  const { i18n } = useTranslation();
  const urlLang = params.get('lang');
  useEffect(() => {
    if (isLang(urlLang)) saveLang(urlLang);
    const lang = resolveLang(urlLang, readSavedLang(), navigator.languages);
    if (i18n.language !== lang) void i18n.changeLanguage(lang);
    document.documentElement.lang = lang;
  }, [urlLang, i18n]);
}

export function Layout() {
  const { t } = useTranslation();
  const navigation = useNavigation();
  // A database written by a newer build was not opened: no page can read it, so none is shown (see versionGuard.ts).
  const newer = useConnectionState() === 'newer';
  useLanguageFromUrl();
  useDocumentTitle();
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <ConnectionBanner />
      <header className="app-header">
        <div className="brand">
          <span className="brand-name">{t('appName')}</span>
          <span className="brand-tagline">{t('tagline')}</span>
        </div>
        <MainNav />
        <LanguageSwitch />
      </header>
      {/* No page can read a newer database: filters would have nothing to filter. */}
      {!newer && <FilterBar />}
      <main id="main" className="app-main" aria-busy={navigation.state === 'loading'}>
        <DataLossNotice />
        <InterruptedImportNotice />
        {newer ? <NewerVersionNotice /> : <Outlet />}
      </main>
      <UpdateBanner />
      <footer className="app-footer">
        {t('footer')}
        <StorageStatus />
      </footer>
    </div>
  );
}
