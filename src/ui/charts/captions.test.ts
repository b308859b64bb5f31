import { describe, expect, it } from 'vitest';
import { formatCell, leadSentence, listOf, withNumbers } from './captions';

const t = (key: string, o?: Record<string, unknown>) => `${key}|${JSON.stringify(o)}`;

describe('captions', () => {
  it('joins names the way each language does', () => {
    expect(listOf(['A', 'B', 'C'], 'en-GB')).toBe('A, B and C');
    expect(listOf(['A', 'B'], 'es-PE')).toBe('A y B');
  });
  it('picks the sentence for a single leader ahead of a runner-up', () => {
    const s = leadSentence(
      t,
      { leaders: ['x'], count: 9, runnerUp: { key: 'y', count: 6 } },
      (k) => k.toUpperCase(),
      'en-GB',
    );
    expect(s).toBe('lead.oneAhead|{"count":9,"leader":"X","leaders":"X","diff":3,"runnerUp":"Y"}');
  });
  it('picks the tie sentence and says nothing without data', () => {
    expect(leadSentence(t, { leaders: ['x', 'y'], count: 2, runnerUp: null }, (k) => k, 'en-GB')).toMatch(
      /^lead\.tie\|.*"leaders":"x and y"/,
    );
    expect(leadSentence(t, null, (k) => k, 'en-GB')).toBe('');
  });
});

describe('withNumbers', () => {
  it('formats numbers for the reader and keeps count numeric for plurals', () => {
    const tn = withNumbers((key, o) => `${key}|${JSON.stringify(o)}`, 'en-GB');
    expect(tn('k', { count: 38475, sum: 1234567, label: 'x' })).toBe(
      'k|{"count":38475,"sum":"1,234,567","label":"x","n":"38,475"}',
    );
    expect(withNumbers((_, o) => String(o?.n), 'es-PE')('k', { count: 38475 })).toBe('38,475');
  });
});

describe('formatCell', () => {
  it('groups counts, keeps a coordinate’s four decimals and passes text through', () => {
    expect(formatCell(100019, 'en-GB')).toBe('100,019');
    expect(formatCell(9792, 'es-PE')).toBe('9,792');
    expect(formatCell(-18.0066, 'es-PE')).toBe('-18.0066');
    expect(formatCell('Chile', 'en-GB')).toBe('Chile');
  });
});
