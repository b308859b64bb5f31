/**
 * The drafting engine's API: `draftRelease(input)` reads a press release and returns the drafts file of
 * CONTRACT.md with its evidence, or a typed error. See README.md in this folder.
 */
export { draftRelease, proposeReleaseDateFromText } from './draft';
export type {
  DraftError,
  DraftInput,
  DraftNotice,
  DraftResult,
  DraftVocabulary,
  OtherLanguage,
  Paragraph,
  ParagraphKind,
  ProposedEntry,
  ProposedOrganization,
  Segmentation,
  VocabularyEntry,
  VocabularyOrganization,
} from './api';
export { MAX_TEXT_BYTES } from './api';
export { embeddedVocabulary } from './vocabulary';
export {
  DRAFT_FIELDS,
  DRAFTS_FORMAT,
  DRAFTS_VERSION,
  draftSchema,
  draftsFileSchema,
  type Draft,
  type DraftField,
  type DraftsFile,
  type ReleaseLanguage,
  type Span,
} from './draftsFile';
