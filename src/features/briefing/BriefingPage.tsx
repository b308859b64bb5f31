import { useTranslation } from 'react-i18next';

export default function BriefingPage() {
  const { t } = useTranslation('briefing');
  return (
    <section className="page">
      <h1>{t('BriefingPage.title')}</h1>
    </section>
  );
}
