import { describe, expect, it } from 'vitest';
import { addDays, parseDay } from './parseDate';
import { formatDay } from './dates';

describe('parseDay', () => {
  it.each([
    ['2025-12-09', '2025-12-09'],
    ['9/12/2025', '2025-12-09'],
    ['09-12-2025', '2025-12-09'],
    ['9.12.2025', '2025-12-09'],
    ['9 dic. 2025', '2025-12-09'],
    ['9 de diciembre de 2025', '2025-12-09'],
    ['9 Dec 2025', '2025-12-09'],
    ['December 9, 2025', '2025-12-09'],
    ['1 set. 2025', '2025-09-01'],
    ['  3 ENE 2026 ', '2026-01-03'],
  ])('reads "%s" as %s', (text, day) => expect(parseDay(text)).toBe(day));

  it.each(['', '31/02/2025', '12/9/25', '2025-13-01', 'mañana', '9 foo 2025', '9 dic', '0/1/2025'])(
    'reads "%s" as no day',
    (text) => expect(parseDay(text)).toBeNull(),
  );

  it('reads day first, so 12/09/2025 is the 12th of September in both languages', () => {
    expect(parseDay('12/09/2025')).toBe('2025-09-12');
  });

  it('reads back what the app writes, in both languages', () => {
    for (const day of ['2025-01-31', '2025-05-02', '2025-09-15', '2026-12-01'])
      for (const locale of ['es-PE', 'en-GB']) expect(parseDay(formatDay(day, locale))).toBe(day);
  });

  it('steps across month and year ends', () => {
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });
});
