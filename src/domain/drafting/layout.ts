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

/**
 * What comes before a dateline's date is a place or a time, not the start of a sentence: nothing, a stretch that a
 * comma, a dash or a bar closes ("Lima, ", "23:30 | Lima, "), or names alone ("Santiago de Chile"). "El canciller
 * visitará Quito el 5 de marzo." opens a sentence: its date is the activity's.
 */
function placeBeforeDate(lead: string): boolean {
  if (lead.trim() === '' || /[,|:–—-]\s*$/u.test(lead)) return true;
  return (lead.match(/\p{L}+/gu) ?? []).every((w) => /^\p{Lu}/u.test(w) || /^(?:de|del|la|las|los|el|y)$/u.test(w));
}

/** A line that is a date with at most a place and an issuer around it ("Lima, 9 de septiembre del 2014."). */
function isDateline(text: string, span: Span, date: DateMention): boolean {
  if (date.precision !== 'day' || date.relative) return false;
  if (!placeBeforeDate(text.slice(span.start, date.span.start))) return false;
  const rest = `${text.slice(span.start, date.span.start)} ${text.slice(date.span.end, span.end)}`;
  return rest.length <= 60 && (rest.match(/\p{L}+/gu) ?? []).length <= 8 && !/[.!?]\s+\p{Lu}/u.test(rest);
}

/**
 * A release's citation line: a document label with its number ("Nota de Prensa N° 304-25", "Comunicado Oficial
 * 012-2025", "Press Release No. 45"), a number alone ("NP-304-25", "N° 304-25"), or the label alone ("Nota de
 * prensa", as gob.pe prints it above the headline). Recognised by its pattern wherever it stands among the top
 * lines, because sites print the label, the number, the date and the headline in different orders.
 */
const DOC_LABEL =
  /^(?:nota\s+de\s+prensa|nota\s+informativa|comunicado(?:\s+(?:de\s+prensa|oficial|conjunto))?|press\s+release|media\s+note|news\s+release|readout|statement)\b/iu;
const DOC_NUMBER = /^(?:NP|N\.?\s?[°ºo]\.?|Nro\.?|No\.)?\s*[-–]?\s*\d{1,5}(?:\s*[-–/]\s*\d{2,4})?\s*$/u;

export function citationKind(line: string): 'citation' | 'label' | undefined {
  const t = line.trim().replace(/[.:]$/, '');
  if (t.length > 80) return undefined;
  const label = DOC_LABEL.exec(t);
  if (label) {
    const rest = t.slice(label[0].length).trim();
    if (rest === '') return 'label';
    return DOC_NUMBER.test(rest) ? 'citation' : undefined;
  }
  return /\d/.test(t) && DOC_NUMBER.test(t) ? 'citation' : undefined;
}

/**
 * "Notes for editors", "Background", "Antecedentes", "(Reference) Itinerary…": from this line on, material for the
 * reader, not the news.
 */
const NOTES_HEADING =
  /^(?:(?:notes?\s+(?:for|to)\s+editors|editors['’]?\s+notes?|background(?:\s+information)?|antecedentes|notas?\s+(?:para|a)\s+(?:los\s+)?editores)\s*:?$|\((?:reference|referencia)\))/iu;

export function layout(text: string, raw: RawParagraph[], dates: DateMention[]): Segmentation {
  const out: Segmentation = { paragraphs: [] };
  let body = 0;
  let notes = false;
  raw.forEach((p, i) => {
    const t = text.slice(p.span.start, p.span.end);
    notes ||= body > 0 && NOTES_HEADING.test(t.trim());
    if (notes) {
      out.paragraphs.push({ number: 0, kind: 'reference', span: p.span, sentences: p.sentences });
      return;
    }
    const inHead = i < HEAD_ZONE && body === 0;
    const date = dates.find((d) => d.span.start >= p.span.start && d.span.end <= p.span.end);
    const short = t.length <= 90 && !/[.!?:]$/.test(t);
    const cite = inHead ? citationKind(t) : undefined;
    let kind: Paragraph['kind'] = 'body';
    if (cite) {
      kind = 'reference';
      // A label on one line and its number on the line after are one citation.
      const previous = out.paragraphs.at(-1);
      const joins = cite === 'citation' && out.citation && previous && previous.span.end === out.citation.end;
      if (joins) out.citation = { start: out.citation?.start ?? p.span.start, end: p.span.end };
      else if (
        !out.citation ||
        (cite === 'citation' && citationKind(text.slice(out.citation.start, out.citation.end)) === 'label')
      )
        out.citation = p.span;
    } else if (date && isDateline(text, p.span, date)) {
      kind = 'dateline';
      out.dateline ??= { span: p.span, date: date.date };
    } else if (
      inHead &&
      !out.headline &&
      raw.length > i + 1 &&
      // (A final stop that closes an initialism is no sentence's: "…con el Secretario de Estado de EE.UU.")
      (!/[.]$/.test(t) || (t.length <= 160 && /(?:^|[\s(])(?:\p{Lu}{1,2}\.\s?){2,}$/u.test(t))) &&
      t.length <= 300
    ) {
      // The first line that is neither the citation nor the date line, wherever they stand, is the headline.
      kind = 'headline';
      out.headline = p.span;
    } else if (inHead && short) kind = 'reference';
    if (kind === 'body') {
      body++;
      // A place before the date, in a few words; a wire's dateline in capitals may name an agency, a city and a
      // country ("AGENCIA X, SANTO DOMINGO, REPÚBLICA DOMINICANA, 5 de noviembre 2020.-").
      const lead = date ? text.slice(p.span.start, date.span.start) : '';
      const reach = lead === lead.toUpperCase() ? 100 : 45;
      if (body === 1 && date && lead.length <= reach && !date.relative) {
        const after = text.slice(date.span.end, date.span.end + 30);
        const sep = /^\s*(?:\([^)]{1,30}\))?\s*(?:\.-|\.–|\.—|[-–—:]|\.\s)/.exec(after);
        if (sep && /^[\p{Lu}][\p{L} .,'-]*,?\s*$/u.test(lead) && placeBeforeDate(lead)) {
          const span = { start: p.span.start, end: date.span.end + sep[0].length };
          // (Under a publication line, "06 de enero de 2015", the wire's own dateline is still a dateline.)
          if (out.dateline) out.leadDateline = span;
          else out.dateline = { span, date: date.date };
        }
      }
    }
    out.paragraphs.push({ number: kind === 'body' ? body : 0, kind, span: p.span, sentences: p.sentences });
  });
  return out;
}
