import { useTranslation } from 'react-i18next';
import type { ProposedEntry } from '../../domain/drafting';
import { useAddVocabularyEntry } from '../../db/vocabularyMutations';
import { useVocabulary } from '../../lib/useVocabulary';

/**
 * Themes and activity types the drafts use that the vocabulary lacks: the engine's own labels (both languages),
 * one click from being added, like an unknown body. Declining leaves the draft invalid until its field is edited:
 * the nearest vocabulary id is named so the analyst can type it instead.
 */
export function ProposedEntries({
  themes,
  types,
}: {
  themes: readonly ProposedEntry[];
  types: readonly ProposedEntry[];
}) {
  const { t, i18n } = useTranslation('drafting');
  const vocab = useVocabulary();
  const add = useAddVocabularyEntry();
  const rows = [
    ...types.map((p) => ({ kind: 'type' as const, p, added: vocab.typesById.has(p.id) })),
    ...themes.map((p) => ({ kind: 'theme' as const, p, added: vocab.themesById.has(p.id) })),
  ];
  if (rows.length === 0) return null;
  const lang = i18n.language.startsWith('en') ? 'en' : 'es';
  return (
    <section className="drafting-proposals" aria-labelledby="drafting-entries-heading">
      <h3 id="drafting-entries-heading">{t('entries.heading')}</h3>
      <p className="muted">{t('entries.intro')}</p>
      <ul>
        {rows.map(({ kind, p, added }) => (
          <li key={`${kind}:${p.id}`}>
            {t(`entries.${kind}`)}: <strong>{p.label[lang]}</strong> <code>{p.id}</code>{' '}
            {t('entries.usedBy', { count: p.drafts.length, nearest: p.nearest })}{' '}
            {added ? (
              <span role="status">{t('entries.added', { id: p.id })}</span>
            ) : (
              <button
                type="button"
                className="button-secondary"
                disabled={add.isPending}
                onClick={() => add.mutate({ kind, input: { id: p.id, label: p.label } })}
              >
                {t('entries.add', { name: p.label[lang] })}
              </button>
            )}
          </li>
        ))}
      </ul>
      {add.isError && <p role="alert">{t('entries.failed', { id: add.variables.input.id })}</p>}
    </section>
  );
}
