import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Span } from '../../domain/drafting';
import { useVocabulary } from '../../lib/useVocabulary';
import { DraftCard } from './DraftCard';
import { DraftNotices } from './DraftNotices';
import { ProposedEntries } from './ProposedEntries';
import { ProposedOrganizations } from './ProposedOrganizations';
import { ReleaseText } from './ReleaseText';
import { ReviewActions } from './ReviewActions';
import type { ReleaseForm } from './releaseSource';
import { sourceIdFor } from './releaseSource';
import { checkReview, recordIds } from './reviewRecord';
import { evidenceOf, type ReviewDraft, type ReviewField } from './reviewState';
import type { Drafted } from './useDrafting';

interface Props {
  result: Drafted;
  reviews: ReviewDraft[];
  release: ReleaseForm;
  busy: boolean;
  onUpdate: (key: string, change: (r: ReviewDraft) => ReviewDraft) => void;
  importFile: (file: File) => void;
}

const NO_SPANS: Span[] = [];

/** The drafts beside the release text: focusing a field marks its evidence there. */
export function ReviewPanel({ result, reviews, release, busy, onUpdate, importFile }: Props) {
  const { t } = useTranslation('drafting');
  const vocab = useVocabulary();
  const [focus, setFocus] = useState<{ key: string; field: ReviewField } | null>(null);
  const sourceId = sourceIdFor(result);
  const ids = useMemo(() => recordIds(reviews, sourceId), [reviews, sourceId]);
  const checks = useMemo(() => {
    // Only the paragraph numbers matter to the check; the full source is built when importing.
    const paragraphs = result.segmentation.paragraphs
      .filter((p) => p.kind === 'body')
      .map((p) => ({ number: p.number, text: '-' }));
    return reviews.map((r, i) => checkReview(r, ids[i] ?? '', { id: sourceId, paragraphs }, vocab));
  }, [reviews, ids, sourceId, result, vocab]);
  const focused = focus && reviews.find((r) => r.key === focus.key);
  const n = focused ? reviews.indexOf(focused) + 1 : 0;
  const spans = focused && focus ? evidenceOf(focused, focus.field) : NO_SPANS;

  return (
    <>
      <DraftNotices result={result} />
      {reviews.length > 0 && (
        <div className="drafting-review">
          <section className="draft-list" aria-labelledby="draft-list-heading">
            <h3 id="draft-list-heading">{t('review.listHeading', { count: reviews.length })}</h3>
            {reviews.map((r, i) => (
              <DraftCard
                key={r.key}
                review={r}
                n={i + 1}
                checked={checks[i] ?? { ok: false, problems: [] }}
                onChange={(change) => onUpdate(r.key, change)}
                onFocusField={(field) => setFocus({ key: r.key, field })}
              />
            ))}
          </section>
          <ReleaseText
            text={result.text}
            spans={spans}
            focus={focused && focus ? t('text.focus', { n, field: t(`field.${focus.field}`) }) : null}
          />
        </div>
      )}
      <ProposedOrganizations proposals={result.proposals.organizations} />
      <ProposedEntries themes={result.proposals.themes} types={result.proposals.types} />
      {reviews.length > 0 && (
        <ReviewActions
          result={result}
          reviews={reviews}
          checks={checks}
          release={release}
          busy={busy}
          importFile={importFile}
        />
      )}
    </>
  );
}
