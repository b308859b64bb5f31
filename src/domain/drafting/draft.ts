import type { DraftInput, DraftNotice, DraftResult } from './api';
import { findDates } from './dates';
import { DRAFTS_FORMAT, DRAFTS_VERSION, type DraftsFile, type ReleaseLanguage } from './draftsFile';
import { checkText, hasMarkup } from './guard';
import { detectLanguage } from './language';
import { layout } from './layout';
import { normalizeText } from './normalize';
import { settleReleaseDate } from './release';
import { segment } from './segment';

/**
 * The drafting engine, start to end: checks → normalise → segment → language → release date → mentions →
 * activities → drafts. Pure and synchronous; the worker runs it off the main thread. Never throws: an unexpected
 * failure comes back as the error 'internal'.
 */
export function draftRelease(input: DraftInput): DraftResult {
  try {
    return run(input);
  } catch (err) {
    return {
      ok: false,
      error: { code: 'internal', message: err instanceof Error ? err.message : String(err) },
      notices: [],
    };
  }
}

function run(input: DraftInput): DraftResult {
  const bad = checkText(input.text);
  if (bad) return { ok: false, error: bad, notices: [] };
  const text = normalizeText(input.text);
  const notices: DraftNotice[] = hasMarkup(text) ? [{ code: 'markup-as-text' }] : [];
  const { language } = detectLanguage(text);
  if (language !== 'es' && language !== 'en')
    return { ok: false, error: { code: 'unsupported-language', detected: language }, notices };
  const raw = segment(text);
  const settled = settleReleaseDate(input, text, raw, language);
  if ('error' in settled) return { ok: false, error: settled.error, notices };
  notices.push(...settled.notices);
  const dates = findDates(text, language, settled.date);
  const segmentation = layout(text, raw, dates);
  const file = emptyFile(input, settled.date, language);
  if (file.drafts.length === 0) notices.push({ code: 'no-activity' });
  return { ok: true, text, file, segmentation, proposals: { organizations: [] }, notices };
}

function emptyFile(input: DraftInput, date: string, language: ReleaseLanguage): DraftsFile {
  const issuer = input.issuer?.trim();
  const url = input.url?.trim();
  return {
    format: DRAFTS_FORMAT,
    version: DRAFTS_VERSION,
    release: { date, language, ...(issuer ? { issuer } : {}), ...(url ? { url } : {}) },
    mentions: { countries: [], organizations: [] },
    drafts: [],
  };
}
