import type { Paragraph, Segmentation } from './api';
import type { DateMention } from './dates';
import type { Span } from './draftsFile';
import type { RawParagraph } from './segment';

/**
 * Which paragraphs are the headline, the dateline and reference lines ("Nota de Prensa 304-25", "Office of the
 * Spokesperson"), and which are the body that drafts cite by number. A dateline is a leading line that is only a
 * date (with perhaps a place), or a place and date opening the first body paragraph ("LIMA, 3 de diciembre.-").
 * Its date is the release's, never an activity's.
 */
const HEAD_ZONE = 4;

/** A line that is a date with at most a place and an issuer around it ("Lima, 9 de septiembre del 2014."). */
function isDateline(text: string, span: Span, date: DateMention): boolean {
  if (date.precision !== 'day' || date.relative) return false;
  const rest = `${text.slice(span.start, date.span.start)} ${text.slice(date.span.end, span.end)}`;
  return rest.length <= 60 && (rest.match(/\p{L}+/gu) ?? []).length <= 8 && !/[.!?]\s+\p{Lu}/u.test(rest);
}

export function layout(text: string, raw: RawParagraph[], dates: DateMention[]): Segmentation {
  const out: Segmentation = { paragraphs: [] };
  let body = 0;
  raw.forEach((p, i) => {
    const t = text.slice(p.span.start, p.span.end);
    const inHead = i < HEAD_ZONE && body === 0;
    const date = dates.find((d) => d.span.start >= p.span.start && d.span.end <= p.span.end);
    const short = t.length <= 90 && !/[.!?:]$/.test(t);
    let kind: Paragraph['kind'] = 'body';
    if (date && isDateline(text, p.span, date)) {
      kind = 'dateline';
      out.dateline ??= { span: p.span, date: date.date };
    } else if (i === 0 && raw.length > 1 && !/[.]$/.test(t) && t.length <= 300) {
      kind = 'headline';
      out.headline = p.span;
    } else if (inHead && short) kind = 'reference';
    if (kind === 'body') {
      body++;
      if (body === 1 && !out.dateline && date && date.span.start - p.span.start <= 45 && !date.relative) {
        const after = text.slice(date.span.end, date.span.end + 30);
        const sep = /^\s*(?:\([^)]{1,30}\))?\s*(?:\.-|\.–|\.—|[-–—:]|\.\s)/.exec(after);
        if (sep && /^[\p{Lu}][\p{L} .,'-]*,?\s*$/u.test(text.slice(p.span.start, date.span.start))) {
          out.dateline = { span: { start: p.span.start, end: date.span.end + sep[0].length }, date: date.date };
        }
      }
    }
    out.paragraphs.push({ number: kind === 'body' ? body : 0, kind, span: p.span, sentences: p.sentences });
  });
  return out;
}
