import type { DraftResult } from '../../domain/drafting';
import { sourceSchema, type Source } from '../../domain/source';

type Drafted = Extract<DraftResult, { ok: true }>;

/**
 * The pasted release as the analyst's own source: its full text, paragraph by paragraph (numbered as the
 * drafts cite them), so the record page shows the exact paragraph. Nothing here is guessed: the citation is the
 * release's citation line ("Nota de Prensa 312-25") or else its issuer and date; the issuer is what the analyst
 * typed, else the address's host.
 */
export interface ReleaseForm {
  issuer: string;
  url: string;
}

/** FNV-1a of the text: the same release pasted twice gets the same id (and its records the same ids). */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36).padStart(7, '0');
}

export const sourceIdFor = (r: Drafted) => `release-${r.file.release.date}-${hash(r.text)}`;

const slice = (r: Drafted, s: { start: number; end: number }) => r.text.slice(s.start, s.end).trim();

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}

export function releaseSource(
  r: Drafted,
  form: ReleaseForm,
): { ok: true; source: Source } | { ok: false; missing: ('url' | 'issuer')[] } {
  const url = form.url.trim();
  const issuer = form.issuer.trim() || hostOf(url);
  const { date, language } = r.file.release;
  const body = r.segmentation.paragraphs.filter((p) => p.kind === 'body');
  // The engine finds the citation by its pattern ("Nota de Prensa N° 312-25", "NP-312-25") and the headline as the
  // first other top line, in whatever order the page printed them.
  const { citation: citationSpan, headline } = r.segmentation;
  const citation = citationSpan ? slice(r, citationSpan).replace(/\s*\n+\s*/g, ' ') : undefined;
  const firstSentence = body[0]?.sentences[0];
  const title = (headline ? slice(r, headline) : firstSentence ? slice(r, firstSentence) : '').slice(0, 200);
  const source = {
    id: sourceIdFor(r),
    issuer: { es: issuer, en: issuer },
    citation: citation ?? `${issuer}, ${date}`,
    title,
    date,
    language,
    url,
    paragraphs: body.map((p) => ({ number: p.number, text: slice(r, p.span) })),
    origin: 'analyst' as const,
  };
  const parsed = sourceSchema.safeParse(source);
  if (parsed.success) return { ok: true, source: parsed.data };
  const missing = new Set<'url' | 'issuer'>();
  for (const i of parsed.error.issues) {
    if (i.path[0] === 'url') missing.add('url');
    if (i.path[0] === 'issuer') missing.add('issuer');
  }
  if (missing.size === 0) missing.add('url');
  return { ok: false, missing: [...missing] };
}
