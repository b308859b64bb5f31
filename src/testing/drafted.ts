import { draftRelease } from '../domain/drafting/draft';

/** The result of a release that must draft (for the drafting tests): any error fails the test with its code. */
export function drafted(input: Parameters<typeof draftRelease>[0]) {
  const r = draftRelease(input);
  if (!r.ok) throw new Error(r.error.code);
  return r;
}

/** A release's drafts as rows of type, status, date and precision (for the grouping tests). */
export function draftRows(text: string, releaseDate: string) {
  return drafted({ text, releaseDate }).file.drafts.map((d) => [d.type, d.status, d.date, d.datePrecision]);
}
