import { useTranslation } from 'react-i18next';
import type { ProposedOrganization } from '../../domain/drafting';
import type { EntryInput } from '../../domain/vocabularyEntry';
import { useAddVocabularyEntry } from '../../db/vocabularyMutations';
import { useVocabulary } from '../../lib/useVocabulary';

/**
 * What an entry for a proposed body says: the engine's reference names when its list knows the body, else only
 * what the text wrote (its longest form as the name, the suggested id as the acronym). Nothing is made up.
 */
export function entryFor(p: ProposedOrganization): EntryInput {
  if (p.reference) return { id: p.id, label: p.reference.name, acronym: p.reference.acronym };
  const name = [...p.written].sort((a, b) => b.length - a.length)[0] ?? p.id;
  return { id: p.id, label: { es: name, en: name }, acronym: { es: p.id, en: p.id } };
}

/** Intergovernmental bodies the text names that the vocabulary lacks, each one click from being added. */
export function ProposedOrganizations({ proposals }: { proposals: readonly ProposedOrganization[] }) {
  const { t } = useTranslation('drafting');
  const vocab = useVocabulary();
  const add = useAddVocabularyEntry();
  if (proposals.length === 0) return null;
  return (
    <section className="drafting-proposals" aria-labelledby="drafting-proposals-heading">
      <h3 id="drafting-proposals-heading">{t('orgs.heading')}</h3>
      <p className="muted">{t('orgs.intro')}</p>
      <ul>
        {proposals.map((p) => {
          const entry = entryFor(p);
          const added = vocab.orgsById.has(p.id);
          return (
            <li key={p.id}>
              <strong>{entry.label.es}</strong> ({p.written.join(', ')}) <code>{p.id}</code>{' '}
              {added ? (
                <span role="status">{t('orgs.added', { id: p.id })}</span>
              ) : (
                <button
                  type="button"
                  className="button-secondary"
                  disabled={add.isPending}
                  onClick={() => add.mutate({ kind: 'organization', input: entry })}
                >
                  {t('orgs.add', { name: p.written[0] ?? p.id })}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {add.isError && <p role="alert">{t('orgs.failed', { id: add.variables.input.id })}</p>}
    </section>
  );
}
