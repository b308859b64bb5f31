import { describe, expect, it } from 'vitest';
import { composeTitle, pageOf } from './pageTitle';

describe('pageOf', () => {
  it.each([
    ['/', 'overview'],
    ['/records', 'records'],
    ['/records/new', 'newRecord'],
    ['/records/oas-asylum-proposal', 'record'],
    ['/records/oas-asylum-proposal/edit', 'editRecord'],
    ['/month/2025-12', 'month'],
    ['/briefing', 'briefing'],
    ['/nope/at/all', 'notFound'],
  ])('%s is the %s page', (path, page) => expect(pageOf(path)).toBe(page));
});

describe('composeTitle', () => {
  it('puts the filter first and counts what does not fit', () => {
    expect(composeTitle('Records', 'Agenda Exterior', [])).toBe('Records — Agenda Exterior');
    expect(composeTitle('Map', 'A', ['Chile', 'Migration', 'OAS', 'IMO'])).toBe('Chile, Migration +2 · Map — A');
  });
});
