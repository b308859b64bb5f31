import { useTranslation } from 'react-i18next';

export default function EditRecordPage() {
  const { t } = useTranslation('editor');
  return (
    <section className="page">
      <h1>{t('EditRecordPage.title')}</h1>
    </section>
  );
}
