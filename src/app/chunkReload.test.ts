import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { newBuildDeployed, reloadIfNewBuild, shouldReloadForNewBuild } from './chunkReload';

const ENTRY = '/assets/index-OLD111.js';
const page = (entry: string) =>
  `<!doctype html><html><head><script type="module" crossorigin src="${entry}"></script></head></html>`;
const serving = (html: string, status = 200) =>
  vi.fn(() => Promise.resolve(new Response(html, { status }))) as unknown as typeof fetch;

describe('whether a new build replaced this tab’s', () => {
  it('then an index.html that still names this tab’s entry is the same build', async () => {
    expect(await newBuildDeployed(serving(page(ENTRY)), ENTRY)).toBe(false);
  });

  it('then an index.html naming another entry is a new build', async () => {
    expect(await newBuildDeployed(serving(page('/assets/index-NEW222.js')), ENTRY)).toBe(true);
  });

  it('then no answer, an error status or an unknown entry says nothing of a new build', async () => {
    const failing = vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))) as unknown as typeof fetch;
    expect(await newBuildDeployed(failing, ENTRY)).toBe(false);
    expect(await newBuildDeployed(serving('oops', 500), ENTRY)).toBe(false);
    expect(await newBuildDeployed(serving(page('/assets/index-NEW222.js')), null)).toBe(false);
  });

  it('then the question goes past the service worker’s precache and the HTTP cache', async () => {
    const fetchFn = serving(page(ENTRY));
    await newBuildDeployed(fetchFn, ENTRY);
    const [url, init] = (fetchFn as unknown as { mock: { calls: [string, RequestInit][] } }).mock.calls[0]!;
    expect(url).toMatch(/^\/index\.html\?build-check=\d+$/);
    expect(init.cache).toBe('no-store');
  });
});

describe('the reload after a page’s code failed to load', () => {
  beforeEach(() => {
    sessionStorage.clear();
    document.head.innerHTML = `<script type="module" src="${ENTRY}"></script>`;
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    document.head.innerHTML = '';
  });

  it('then it reloads once for a new build, and not again within a minute', async () => {
    vi.stubGlobal('fetch', serving(page('/assets/index-NEW222.js')));
    const reload = vi.fn();
    expect(await reloadIfNewBuild(reload)).toBe(true);
    expect(await reloadIfNewBuild(reload)).toBe(false);
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('then it never reloads when the server still serves this build (the failure is shown instead)', async () => {
    vi.stubGlobal('fetch', serving(page(ENTRY)));
    const reload = vi.fn();
    expect(await reloadIfNewBuild(reload)).toBe(false);
    expect(reload).not.toHaveBeenCalled();
  });

  it('then offline it never reloads', () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    expect(shouldReloadForNewBuild(Date.now(), sessionStorage)).toBe(false);
    vi.restoreAllMocks();
  });
});
