import { useTranslation } from 'react-i18next';
import taxonomyJson from '../../../data/taxonomy.json';
import type { ActivityType, Organization, Taxonomy, Theme } from '../../domain/taxonomy';
import { useLang } from '../../lib/useLang';

// The whole file, definitions included: the labels every page loads at start-up leave them out, and this page is the
// one place that shows what each entry means (it is the reference an analyst reads before adding an entry).
const taxonomy = taxonomyJson as Taxonomy;

const codeOf = (t: ActivityType) =>
  [t.plover && `PLOVER ${t.plover}`, t.cameo && `CAMEO ${t.cameo}`, t.ownCode].filter(Boolean).join(' · ');

/** The embedded taxonomy, entry by entry with its definition, one folded section per kind. */
export function EmbeddedEntries() {
  const { t } = useTranslation('vocabulary');
  const { pick } = useLang();
  const section = (
    kind: 'theme' | 'type' | 'organization',
    entries: readonly (Theme | ActivityType | Organization)[],
  ) => (
    <details key={kind} className="vocab-embedded">
      <summary>
        {t(`plural.${kind}`)} ({entries.length})
      </summary>
      <dl>
        {entries.map((e) => {
          const org = kind === 'organization' ? (e as Organization) : null;
          const term = org ? `${pick(org.acronym)} — ${pick(org.name)}` : pick((e as Theme).label);
          return (
            <div key={e.id}>
              <dt>
                {term} <code>{e.id}</code>
              </dt>
              {e.definition && <dd>{pick(e.definition)}</dd>}
              {kind === 'type' && <dd className="muted">{codeOf(e as ActivityType)}</dd>}
            </div>
          );
        })}
      </dl>
    </details>
  );
  return (
    <section aria-labelledby="vocab-embedded-h" className="vocab-embedded-list">
      <h2 id="vocab-embedded-h">{t('embeddedHeading')}</h2>
      <p className="muted">{t('embeddedIntro')}</p>
      {section('theme', taxonomy.themes)}
      {section('type', taxonomy.activityTypes)}
      {section('organization', taxonomy.organizations)}
    </section>
  );
}
