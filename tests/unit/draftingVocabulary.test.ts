import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftRelease, embeddedVocabulary, type DraftVocabulary } from '../../src/domain/drafting';

/**
 * The drafter never hands the analyst an id the vocabulary cannot explain: over every labelled release, each
 * theme, type and organisation a draft carries is in the vocabulary or listed among the result's proposals of new
 * entries (which the review adds in one click). Run with the embedded taxonomy and with an analyst's vocabulary
 * that already holds one of the proposals, which must then no longer be proposed.
 */
const dir = resolve(import.meta.dirname, '../fixtures/releases');
const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map(
    (f) =>
      JSON.parse(readFileSync(resolve(dir, f), 'utf8')) as { id: string; text: string; date: string; issuer: string },
  );

const withAnalystTheme: DraftVocabulary = {
  ...embeddedVocabulary,
  themes: [
    ...embeddedVocabulary.themes,
    { id: 'regional-integration', label: { es: 'Integración', en: 'Integration' } },
  ],
};

describe.each([
  ['the embedded taxonomy', embeddedVocabulary],
  ['an analyst vocabulary with an added theme', withAnalystTheme],
])('when the vocabulary is %s', (_, vocabulary) => {
  const ids = (xs: { id: string }[]) => new Set(xs.map((x) => x.id));
  it.each(fixtures.map((f) => [f.id, f] as const))('then every id drafted from %s is known or proposed', (_, f) => {
    const r = draftRelease({ text: f.text, releaseDate: f.date, issuer: f.issuer, vocabulary });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const known = { themes: ids(vocabulary.themes), types: ids(vocabulary.types), orgs: ids(vocabulary.organizations) };
    const proposed = {
      themes: ids(r.proposals.themes),
      types: ids(r.proposals.types),
      orgs: ids(r.proposals.organizations),
    };
    const unexplained = r.file.drafts.flatMap((d) => [
      ...(known.types.has(d.type) || proposed.types.has(d.type) ? [] : [`type ${d.type}`]),
      ...d.themes.filter((t) => !known.themes.has(t) && !proposed.themes.has(t)).map((t) => `theme ${t}`),
      ...d.organizations.filter((o) => !known.orgs.has(o) && !proposed.orgs.has(o)).map((o) => `org ${o}`),
    ]);
    expect(unexplained).toEqual([]);
    // A proposal is never something the vocabulary already holds, and always has labels in both languages.
    for (const p of [...r.proposals.themes, ...r.proposals.types]) {
      expect(known.themes.has(p.id) || known.types.has(p.id)).toBe(false);
      expect(p.label.es && p.label.en).toBeTruthy();
    }
  });
});
