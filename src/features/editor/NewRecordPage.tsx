import { useTranslation } from 'react-i18next';

export default function NewRecordPage() {
  const { t } = useTranslation('editor');
  return (
    <section className="page">
      <h1>{t('NewRecordPage.title')}</h1>
    </section>
  );
}
