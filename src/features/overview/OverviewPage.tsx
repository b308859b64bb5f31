import { useTranslation } from 'react-i18next';

export default function OverviewPage() {
  const { t } = useTranslation('overview');
  return (
    <section className="page">
      <h1>{t('OverviewPage.title')}</h1>
    </section>
  );
}
