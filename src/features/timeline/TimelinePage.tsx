import { useTranslation } from 'react-i18next';

export default function TimelinePage() {
  const { t } = useTranslation('timeline');
  return (
    <section className="page">
      <h1>{t('TimelinePage.title')}</h1>
    </section>
  );
}
