import { useRef, useState } from 'react';
import type { DraftError, DraftInput, DraftResult, DraftVocabulary } from '../../domain/drafting';
import type { MergedVocabulary } from '../../domain/vocabulary';
import { draftInWorker } from './draftInWorker';
import { reviewFromDraft, type ReviewDraft } from './reviewState';

export type Drafted = Extract<DraftResult, { ok: true }>;
export type DraftingStage =
  | { kind: 'idle' }
  | { kind: 'drafting' }
  | { kind: 'failed'; error: DraftError }
  | { kind: 'ready'; result: Drafted; reviews: ReviewDraft[] };

/** The analyst's vocabulary as the engine reads it (its entries recognised like the embedded ones). */
export function draftVocabulary(v: MergedVocabulary): DraftVocabulary {
  return {
    organizations: v.organizations.map((o) => ({ id: o.id, acronym: o.acronym, name: o.name })),
    types: v.activityTypes.map((t) => ({ id: t.id, label: t.label })),
    themes: v.themes.map((t) => ({ id: t.id, label: t.label })),
  };
}

/**
 * The drafting section's state: one run of the engine (in its worker) and then the review of its drafts.
 * Nothing here writes: the drafts reach the database only through the import preview's confirmation.
 */
export function useDrafting() {
  const [stage, setStage] = useState<DraftingStage>({ kind: 'idle' });
  // A second click while a release is being read supersedes the first: only the latest answer is shown.
  const latest = useRef(0);

  const draft = async (input: DraftInput) => {
    const run = ++latest.current;
    setStage({ kind: 'drafting' });
    const result = await draftInWorker(input);
    if (run !== latest.current) return;
    if (!result.ok) return setStage({ kind: 'failed', error: result.error });
    setStage({ kind: 'ready', result, reviews: result.file.drafts.map(reviewFromDraft) });
  };

  const update = (key: string, change: (r: ReviewDraft) => ReviewDraft) =>
    setStage((s) =>
      s.kind === 'ready' ? { ...s, reviews: s.reviews.map((r) => (r.key === key ? change(r) : r)) } : s,
    );

  return { stage, draft, update };
}
