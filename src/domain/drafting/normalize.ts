/**
 * The text every offset refers to. Only changes that callers can reproduce: line breaks unified and Unicode NFC
 * (a pasted "é" may come as e + combining accent, which no resource would match).
 */
export function normalizeText(input: string): string {
  return input.replace(/\r\n?/g, '\n').normalize('NFC');
}

/**
 * A copy of the text of the same length for matching: typographic quotes, dashes and spaces folded to plain
 * ones, so a resource written with ASCII punctuation matches "Washington D. C." typed with a no-break space.
 * Same length, so an offset found in the folded text is an offset in the text.
 */
export function foldForMatching(text: string): string {
  return text
    .replace(/[\u00a0\u2007\u202f\u2009\u200a]/g, ' ')
    .replace(/[\u2018\u2019\u201b]/g, "'")
    .replace(/[\u201c\u201d\u201e«»]/g, '"')
    .replace(/[\u2010\u2011\u2012\u2013\u2014\u2212]/g, '-');
}

/** Lower case and no accents, same length (the letters we meet are all one code unit after NFC). */
export function foldCaseAndAccents(text: string): string {
  let out = '';
  for (const ch of text) {
    const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    out += base.length === ch.length ? base.toLowerCase() : ch.toLowerCase();
  }
  return out.length === text.length ? out : text.toLowerCase();
}
