import { useTranslation } from 'react-i18next';

export default function ThemesPage() {
  const { t } = useTranslation('themes');
  return (
    <section className="page">
      <h1>{t('ThemesPage.title')}</h1>
    </section>
  );
}
