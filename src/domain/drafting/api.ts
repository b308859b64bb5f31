import type { Localized } from '../activity';
import type { DraftsFile, ReleaseLanguage, Span } from './draftsFile';

/**
 * The public face of the drafting engine: what the worker receives and returns. Pure data both ways (it crosses
 * postMessage). Bad input never throws: it comes back as a typed error or notice.
 */

/** A vocabulary entry the engine can recognise. The embedded taxonomy and the analyst's own entries both fit. */
export interface VocabularyOrganization {
  id: string;
  acronym: Localized;
  name: Localized;
  /** Further names (former names, other spellings), any language. */
  aliases?: string[];
}
export interface VocabularyEntry {
  id: string;
  label: Localized;
}
export interface DraftVocabulary {
  organizations: VocabularyOrganization[];
  types: VocabularyEntry[];
  themes: VocabularyEntry[];
}

export interface DraftInput {
  text: string;
  /** YYYY-MM-DD. When absent, the dateline's date is used (with a notice); with neither, an error. */
  releaseDate?: string;
  issuer?: string;
  url?: string;
  /**
   * ISO alpha-2 of the issuing government; default: the country the issuer names, else the first country the text
   * names (a guess: a visit's direction is then left as found), else Peru.
   */
  homeCountry?: string;
  /** The id the release will have once stored; copied into every draft's `source.id`. */
  sourceId?: string;
  /** Default: the embedded taxonomy (the worker passes it with the analyst's own entries). */
  vocabulary?: DraftVocabulary;
}

export const MAX_TEXT_BYTES = 2 * 1024 * 1024;

export type DraftError =
  | { code: 'empty' }
  | { code: 'too-large'; bytes: number; limit: number }
  | { code: 'binary' }
  | { code: 'unsupported-language'; detected: OtherLanguage }
  | { code: 'release-date-missing' }
  | { code: 'release-date-invalid'; value: string }
  | { code: 'internal'; message: string };

/** Languages the engine names when it refuses a text ('unknown' when it cannot tell). */
export type OtherLanguage = 'pt' | 'fr' | 'de' | 'it' | 'unknown';

export type DraftNotice =
  | { code: 'release-date-from-dateline'; date: string; evidence: Span }
  | { code: 'release-date-differs-from-dateline'; dateline: string; evidence: Span }
  | { code: 'markup-as-text' }
  | { code: 'no-activity' }
  | { code: 'url-ignored'; value: string }
  | { code: 'mixed-language'; language: ReleaseLanguage };

export type ParagraphKind = 'headline' | 'dateline' | 'reference' | 'body';
export interface Paragraph {
  /** 1-based among body paragraphs (the number a draft's `source.paragraph` cites); 0 for the others. */
  number: number;
  kind: ParagraphKind;
  span: Span;
  sentences: Span[];
}
export interface Segmentation {
  paragraphs: Paragraph[];
  headline?: Span;
  /** The release's label and number ("Nota de Prensa N° 304-25"), found by pattern among the top lines. */
  citation?: Span;
  dateline?: { span: Span; date?: string };
  /**
   * The first body paragraph's own place and date ("Bogotá, 6 de enero de 2015 (EFE).-") when a publication line
   * above it was taken as the dateline: another date of the release, not of an activity.
   */
  leadDateline?: Span;
}

/**
 * An intergovernmental body the text names that is not in the vocabulary: offered to the analyst as a new entry.
 * `reference` is set when the engine's own list of bodies knows it (names and acronyms in both languages);
 * otherwise it was read from a pattern such as "Organización X (OX)" and only `written` is known.
 */
export interface ProposedOrganization {
  /** Suggested id: the usual English acronym when known, else the acronym as written. */
  id: string;
  /** Every form the text uses, as written. */
  written: string[];
  reference?: { acronym: Localized; name: Localized };
  evidence: Span[];
}

/**
 * A theme or activity type a draft uses that the vocabulary lacks: offered to the analyst as a new entry (the
 * engine's own labels, both languages). `nearest` is the taxonomy id to use instead if the analyst declines.
 */
export interface ProposedEntry {
  id: string;
  label: Localized;
  nearest: string;
  /** The drafts (draft-1…) that use it. */
  drafts: string[];
  evidence: Span[];
}

export type DraftResult =
  | {
      ok: true;
      /** The text the offsets refer to: the input with line breaks unified and Unicode NFC. */
      text: string;
      file: DraftsFile;
      segmentation: Segmentation;
      proposals: { organizations: ProposedOrganization[]; themes: ProposedEntry[]; types: ProposedEntry[] };
      notices: DraftNotice[];
    }
  | { ok: false; error: DraftError; notices: DraftNotice[] };
