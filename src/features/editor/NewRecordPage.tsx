import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { embeddedSources } from '../../domain/embeddedSources';
import { emptyDraft } from './draft';
import { RecordForm } from './RecordForm';

export default function NewRecordPage() {
  const { t } = useTranslation('editor');
  const navigate = useNavigate();
  const { search } = useLocation();
  return (
    <section className="page">
      <h1>{t('NewRecordPage.title')}</h1>
      <p className="lead">{t('NewRecordPage.intro')}</p>
      <RecordForm
        initial={emptyDraft(embeddedSources[0]?.id ?? '')}
        mode="create"
        onSaved={(id) => void navigate({ pathname: `/records/${id}`, search })}
        onCancel={() => void navigate({ pathname: '/records', search })}
      />
    </section>
  );
}
