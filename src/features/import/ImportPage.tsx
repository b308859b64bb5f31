import { useTranslation } from 'react-i18next';

export default function ImportPage() {
  const { t } = useTranslation('import');
  return (
    <section className="page">
      <h1>{t('ImportPage.title')}</h1>
    </section>
  );
}
