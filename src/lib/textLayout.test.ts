import { describe, expect, it } from 'vitest';
import { textWidth, wrapText } from './textLayout';

describe('textWidth', () => {
  it('measures by kind of glyph: wide capitals and m/w, narrow i/l/punctuation', () => {
    expect(textWidth('MMMM', 10)).toBeCloseTo(36);
    expect(textWidth('iiii', 10)).toBeCloseTo(12.8);
    expect(textWidth('Peru', 10)).toBeCloseTo(7.2 + 3 * 6.1);
    expect(textWidth('Peru', 10)).toBeLessThan(textWidth('MMMM', 10));
  });

  it('scales with the font size and is wider in bold', () => {
    expect(textWidth('Chile', 20)).toBeCloseTo(2 * textWidth('Chile', 10));
    expect(textWidth('Chile', 10, true)).toBeCloseTo(1.08 * textWidth('Chile', 10));
  });
});

describe('wrapText', () => {
  it('breaks at spaces and keeps no-break spaces together', () => {
    expect(wrapText('Source: Nota de Prensa 304-25, 10\u00A0Dec\u00A02025', 120, 12)).toEqual([
      'Source: Nota de',
      'Prensa 304-25,',
      '10\u00A0Dec\u00A02025',
    ]);
  });

  it('keeps every line within the width, by the same measure the charts use', () => {
    const text = 'MINISTERIO DE RELACIONES EXTERIORES — Comunicado oficial sobre la reunión ministerial';
    const lines = wrapText(text, 150, 12);
    expect(lines.join(' ')).toBe(text);
    for (const l of lines) expect(textWidth(l, 12)).toBeLessThanOrEqual(150);
    // Wide glyphs take more room than narrow ones of the same count: ten M's do not fit in 100 px, ten i's do.
    expect(wrapText('MMMMMMMMMM', 100, 12).length).toBe(2);
    expect(wrapText('iiiiiiiiii', 100, 12)).toEqual(['iiiiiiiiii']);
  });

  it('cuts a word longer than a line (a URL) and loses no character', () => {
    const url = `http://127.0.0.1/${'x'.repeat(40)}`;
    const lines = wrapText(url, 120, 12);
    expect(lines.join('')).toBe(url);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(textWidth(l, 12)).toBeLessThanOrEqual(120);
  });
});
