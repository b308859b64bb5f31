import { useTranslation } from 'react-i18next';

export default function MapPage() {
  const { t } = useTranslation('map');
  return (
    <section className="page">
      <h1>{t('MapPage.title')}</h1>
    </section>
  );
}
