import { useTranslation } from 'react-i18next';
import type { Organization } from '../../domain/taxonomy';
import { entriesOf, VOCABULARY_KINDS, type MergedVocabulary } from '../../domain/vocabulary';

/** The analyst's own entries, by kind, and how many the embedded taxonomy brings. */
export function AddedEntries({ vocab }: { vocab: MergedVocabulary }) {
  const { t } = useTranslation('vocabulary');
  return (
    <section aria-labelledby="vocab-list-h" className="vocab-added-list">
      <h2 id="vocab-list-h">{t('listHeading')}</h2>
      {VOCABULARY_KINDS.map((kind) => {
        const all = entriesOf(vocab, kind);
        const mine = all.filter((e) => vocab.isAdded(kind, e.id));
        return (
          <section key={kind} aria-labelledby={`vocab-${kind}-h`}>
            <h3 id={`vocab-${kind}-h`}>{t(`plural.${kind}`)}</h3>
            <p className="muted">{t('counts', { embedded: all.length - mine.length, added: mine.length })}</p>
            {mine.length > 0 && (
              <table className="vocab-table">
                <thead>
                  <tr>
                    <th scope="col">{t('column.id')}</th>
                    <th scope="col">{t('column.es')}</th>
                    <th scope="col">{t('column.en')}</th>
                  </tr>
                </thead>
                <tbody>
                  {mine.map((e) => {
                    const org = kind === 'organization' ? (e as Organization) : null;
                    const es = org ? `${org.acronym.es} — ${org.name.es}` : 'label' in e ? e.label.es : '';
                    const en = org ? `${org.acronym.en} — ${org.name.en}` : 'label' in e ? e.label.en : '';
                    return (
                      <tr key={e.id}>
                        <td>
                          <code>{e.id}</code>
                        </td>
                        <td lang="es">{es}</td>
                        <td lang="en">{en}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            )}
          </section>
        );
      })}
    </section>
  );
}
