import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { embeddedSources } from '../embeddedSources';
import { activitySetArb } from '../../testing/arbitraryActivity';
import { parseActivitiesJson } from '../formats/json';
import { checkAddress } from './address';
import { buildFeed } from './build';
import { sha256Hex } from './hash';
import { parseManifest } from './manifest';

const options = { title: 'Team', generated: '2026-12-05T10:00:00.000Z', sources: embeddedSources };
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('when bytes are hashed', () => {
  it('then the digest is the standard SHA-256 in lowercase hex', async () => {
    // FIPS 180-2 test vectors.
    expect(await sha256Hex(new TextEncoder().encode('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(await sha256Hex(new Uint8Array())).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});

describe('when a feed is built', () => {
  it('then the same records in any order give the same bytes, and each chunk is named by its hash', async () => {
    await fc.assert(
      fc.asyncProperty(activitySetArb, fc.integer(), async (records, seed) => {
        const shuffled = fc.sample(fc.shuffledSubarray(records, { minLength: records.length }), {
          seed,
          numRuns: 1,
        })[0]!;
        const [a, b] = [await buildFeed(records, options), await buildFeed(shuffled, options)];
        expect(b.manifestText).toBe(a.manifestText);
        expect(b.chunks.map((c) => text(c.bytes))).toEqual(a.chunks.map((c) => text(c.bytes)));
        for (const [i, c] of a.chunks.entries()) {
          const hash = await sha256Hex(c.bytes);
          expect(c.path).toBe(`chunks/${hash}.json`);
          expect(a.manifest.chunks[i]).toMatchObject({ path: c.path, sha256: hash });
        }
      }),
      { numRuns: 30 },
    );
  });

  it('then every chunk reads back as an activities file and together they hold every record once', async () => {
    await fc.assert(
      fc.asyncProperty(activitySetArb, async (records) => {
        const feed = await buildFeed(records, options);
        const back = feed.chunks.flatMap((c, i) => {
          const parsed = parseActivitiesJson(text(c.bytes), c.path);
          if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
          expect(parsed.records).toHaveLength(feed.manifest.chunks[i]!.records);
          expect(new Set(parsed.records.map((r) => r.date.slice(0, 7))).size).toBe(1);
          return parsed.records;
        });
        expect(back.map((r) => r.id).sort()).toEqual(records.map((r) => r.id).sort());
        expect(parseManifest(feed.manifestText)).toEqual({ ok: true, manifest: feed.manifest });
      }),
      { numRuns: 30 },
    );
  });
});

describe('when a manifest is read', () => {
  const good = {
    format: 'agenda-exterior.feed',
    version: 1,
    title: 'T',
    generated: '2026-12-05T10:00:00.000Z',
    sources: [],
    chunks: [{ path: `chunks/${'a'.repeat(64)}.json`, sha256: 'a'.repeat(64), records: 3 }],
  };
  const read = (v: unknown) => parseManifest(typeof v === 'string' ? v : JSON.stringify(v));

  it('then a valid one is accepted', () => expect(read(good).ok).toBe(true));
  it('then text that is not JSON is refused as such', () =>
    expect(read('<html>')).toEqual({ ok: false, problem: { code: 'manifest.notJson' } }));
  it('then another format is named', () =>
    expect(read({ ...good, format: 'x' })).toEqual({ ok: false, problem: { code: 'manifest.format', value: '"x"' } }));
  it('then a newer version is named', () =>
    expect(read({ ...good, version: 2 })).toEqual({ ok: false, problem: { code: 'manifest.version', value: '2' } }));
  it('then a chunk path leading elsewhere, or not matching its hash, is refused', () => {
    for (const path of [
      'https://evil.example/x.json',
      `../chunks/${'a'.repeat(64)}.json`,
      `chunks/${'b'.repeat(64)}.json`,
    ])
      expect(read({ ...good, chunks: [{ ...good.chunks[0], path }] })).toMatchObject({
        ok: false,
        problem: { code: 'manifest.invalid' },
      });
  });
  it('then the same chunk listed twice is refused', () =>
    expect(read({ ...good, chunks: [good.chunks[0], good.chunks[0]] }).ok).toBe(false));
});

describe('when an address is typed', () => {
  it.each([
    ['https://team.example/feed/', 'https://team.example/feed/feed.json'],
    ['https://team.example/x/feed.json?a=1#b', 'https://team.example/x/feed.json'],
    ['http://127.0.0.1:8080/feed.json', 'http://127.0.0.1:8080/feed.json'],
    ['http://localhost/f/', 'http://localhost/f/feed.json'],
  ])('then %s is read as %s', (input, address) => expect(checkAddress(input)).toEqual({ ok: true, address }));

  it.each([
    ['http://team.example/feed.json', 'address.scheme'],
    ['ftp://team.example/feed.json', 'address.scheme'],
    ['file:///tmp/feed.json', 'address.scheme'],
    ['team.example/feed.json', 'address.invalid'],
    ['https://user:pw@team.example/feed.json', 'address.invalid'],
  ])('then %s is refused (%s)', (input, code) => expect(checkAddress(input)).toEqual({ ok: false, code }));
});
