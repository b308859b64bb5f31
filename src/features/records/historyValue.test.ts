import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { MergedVocabulary } from '../../domain/vocabulary';
import { historyValue } from './historyValue';

// Dates need neither the vocabulary nor the translations: both stand in empty here.
const ctx = (lang: 'es' | 'en') => ({ lang, vocab: {} as MergedVocabulary, tc: ((k: string) => k) as TFunction });
const plain = (s: string) => s.replace(/\u00a0/g, ' ');

describe('historyValue for a date field', () => {
  it('then a day reads as the rest of the app writes it, in each language', () => {
    expect(plain(historyValue('date', '2025-12-01', ctx('es')))).toBe('1 dic. 2025');
    expect(plain(historyValue('date', '2025-12-01', ctx('en')))).toBe('1 Dec 2025');
    expect(plain(historyValue('endDate', '2026-09-30', ctx('es')))).toBe('30 set. 2026');
  });

  it('then an absent end date is a dash', () => {
    expect(historyValue('endDate', undefined, ctx('en'))).toBe('—');
  });
});
