import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LANGS, saveLang, type Lang } from '../i18n/lang';

const NAMES: Record<Lang, string> = { es: 'Español', en: 'English' };

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const [, setParams] = useSearchParams();
  const choose = (lang: Lang) => {
    saveLang(lang);
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      next.set('lang', lang);
      return next;
    });
  };
  return (
    <div role="group" aria-label={t('language')} className="lang-switch">
      {LANGS.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          aria-pressed={i18n.language === l}
          onClick={() => choose(l)}
          title={NAMES[l]}
        >
          <span aria-hidden="true">{l.toUpperCase()}</span>
          <span className="visually-hidden">{NAMES[l]}</span>
        </button>
      ))}
    </div>
  );
}
