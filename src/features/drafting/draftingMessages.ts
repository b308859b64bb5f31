import type { DraftInput, DraftResult } from '../../domain/drafting';

/** What the page and the drafting worker say to each other. Each request carries an id its answer repeats. */
export type ToDraftingWorker = { id: number; input: DraftInput };
export type FromDraftingWorker = { id: number; result: DraftResult; ms: number };
