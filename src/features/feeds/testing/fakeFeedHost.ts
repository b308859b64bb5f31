import type { ActivityFile } from '../../../domain/activity';
import { buildFeed } from '../../../domain/feed/build';
import { sha256Hex } from '../../../domain/feed/hash';
import { embeddedSources } from '../../../domain/embeddedSources';
import type { SyncDeps } from '../syncFeed';

export const FEED_ADDRESS = 'https://team.example/feed/feed.json';

/**
 * A static host in memory for sync tests: publishes records as `feed:build` would, answers conditional requests
 * with 304 as a web server does (ETag = the manifest's hash), and logs every request.
 */
export function fakeFeedHost() {
  const files = new Map<string, Uint8Array>();
  const requests: string[] = [];
  let online = true;
  let failing: ((url: string) => boolean) | null = null;

  const publish = async (records: readonly ActivityFile[], generated = '2026-12-05T10:00:00.000Z') => {
    const feed = await buildFeed(records, { title: 'Team', generated, sources: embeddedSources });
    for (const c of feed.chunks) files.set(new URL(c.path, FEED_ADDRESS).href, c.bytes);
    files.set(FEED_ADDRESS, new TextEncoder().encode(feed.manifestText));
    return feed;
  };

  const deps: SyncDeps = {
    online: () => online,
    fetch: async (input, init) => {
      const url = input instanceof Request ? input.url : input.toString();
      requests.push(url);
      if (!online || failing?.(url)) throw new TypeError('Failed to fetch');
      const body = files.get(url);
      if (!body) return new Response('not found', { status: 404 });
      const etag = `"${(await sha256Hex(body)).slice(0, 16)}"`;
      const sent = new Headers(init?.headers).get('If-None-Match');
      if (sent === etag) return new Response(null, { status: 304, headers: { ETag: etag } });
      return new Response(body.slice(), { status: 200, headers: { ETag: etag } });
    },
  };

  return {
    deps,
    requests,
    publish,
    /** Replaces a file's bytes (a corrupted or truncated upload). */
    put: (path: string, bytes: Uint8Array) => files.set(new URL(path, FEED_ADDRESS).href, bytes),
    get: (path: string) => files.get(new URL(path, FEED_ADDRESS).href),
    /** Takes a file off the host (a chunk the publisher forgot to upload): it then answers 404. */
    remove: (path: string) => files.delete(new URL(path, FEED_ADDRESS).href),
    setOnline: (v: boolean) => (online = v),
    failWhen: (f: ((url: string) => boolean) | null) => (failing = f),
    clearLog: () => requests.splice(0),
  };
}
