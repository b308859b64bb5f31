import type { DraftError, DraftInput, DraftNotice, Segmentation } from './api';
import { findDates } from './dates';
import type { ReleaseLanguage } from './draftsFile';
import { checkDate } from './guard';
import { layout } from './layout';
import type { RawParagraph } from './segment';

/**
 * The release date every relative expression is read against: the analyst's, else the dateline's. A dateline
 * is read with a neutral reference first, since its date usually carries its year.
 */
export function settleReleaseDate(
  input: DraftInput,
  text: string,
  raw: RawParagraph[],
  lang: ReleaseLanguage,
): { date: string; segmentation: Segmentation; notices: DraftNotice[] } | { error: DraftError } {
  const invalid = checkDate(input.releaseDate);
  if (invalid) return { error: invalid };
  const given = input.releaseDate?.trim() || undefined;
  const firstLines = raw.slice(0, 5);
  const probe = layout(
    text,
    firstLines,
    findDates(text.slice(0, firstLines.at(-1)?.span.end ?? 0), lang, given ?? '2000-01-01'),
  );
  const dateline = probe.dateline;
  const notices: DraftNotice[] = [];
  const date = given ?? dateline?.date;
  if (!date) return { error: { code: 'release-date-missing' } };
  if (!given && dateline?.date)
    notices.push({ code: 'release-date-from-dateline', date: dateline.date, evidence: dateline.span });
  if (given && dateline?.date && dateline.date !== given)
    notices.push({ code: 'release-date-differs-from-dateline', dateline: dateline.date, evidence: dateline.span });
  return { date, segmentation: probe, notices };
}

/** For the form: the release date a pasted text proposes through its dateline, if any. */
export function proposeReleaseDate(text: string, raw: RawParagraph[], lang: ReleaseLanguage): string | undefined {
  const firstLines = raw.slice(0, 5);
  return layout(text, firstLines, findDates(text.slice(0, firstLines.at(-1)?.span.end ?? 0), lang, '2000-01-01'))
    .dateline?.date;
}
