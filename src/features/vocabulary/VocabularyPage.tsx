import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useVocabulary } from '../../lib/useVocabulary';
import { AddedEntries } from './AddedEntries';
import { EmbeddedEntries } from './EmbeddedEntries';
import { EntryForm } from './EntryForm';
import './vocabulary.css';

/** `/vocabulary`: the analyst adds organisations, themes and activity types beside the embedded taxonomy. */
export default function VocabularyPage() {
  const { t } = useTranslation('vocabulary');
  const { search } = useLocation();
  const vocab = useVocabulary();
  return (
    <section className="page vocab-page">
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <p className="muted">{t('storage')}</p>
      <div className="vocab-columns">
        <EntryForm />
        <AddedEntries vocab={vocab} />
      </div>
      <EmbeddedEntries />
      <p>
        <Link to={{ pathname: '/import', search }}>{t('backToImport')}</Link>
      </p>
    </section>
  );
}
