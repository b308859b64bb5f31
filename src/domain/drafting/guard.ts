import { isIsoDate } from '../isoDate';
import { MAX_TEXT_BYTES, type DraftError } from './api';

/** Checks on the raw input that stop the engine before any reading: never a throw, a typed error. */
export function checkText(text: unknown): DraftError | undefined {
  if (typeof text !== 'string' || text.trim() === '') return { code: 'empty' };
  // UTF-16 length ≤ UTF-8 bytes ≤ 3 × length: the exact count only when it matters.
  if (text.length * 3 > MAX_TEXT_BYTES) {
    const bytes = new TextEncoder().encode(text).length;
    if (bytes > MAX_TEXT_BYTES) return { code: 'too-large', bytes, limit: MAX_TEXT_BYTES };
  }
  if (looksBinary(text)) return { code: 'binary' };
  return undefined;
}

/** Control characters other than tab and line breaks, or replacement characters from a failed decoding. */
function looksBinary(text: string): boolean {
  let odd = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd || (c >= 0x7f && c < 0xa0)) odd++;
  }
  return odd > 3 && odd / text.length > 0.01;
}

export function checkDate(value: string | undefined): DraftError | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  return /^\d{4}-\d{2}-\d{2}$/.test(value.trim()) && isIsoDate(value.trim())
    ? undefined
    : { code: 'release-date-invalid', value };
}

/** Markup pasted with the text is read as text; the notice tells the analyst it was not rendered. */
export function hasMarkup(text: string): boolean {
  return /<\/?[a-z][\w-]*(\s[^>]*)?>|<!--|&[a-z]+;/i.test(text);
}
