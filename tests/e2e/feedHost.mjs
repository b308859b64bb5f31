// A small static host for feed tests on 127.0.0.1: serves a folder with ETags (304 on If-None-Match) and the CORS
// headers a feed host must send, and counts the GET requests per path.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, normalize } from 'node:path';

export async function serveFeed(dir) {
  const gets = [];
  // Milliseconds each chunk waits before it is sent: a slow host, so a sync is still running when a second starts.
  const slow = { chunkDelay: 0 };
  const server = createServer(async (req, res) => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Expose-Headers', 'ETag');
    if (req.method === 'OPTIONS') {
      res.setHeader('Access-Control-Allow-Headers', 'If-None-Match');
      res.writeHead(204).end();
      return;
    }
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    gets.push(path);
    if (path.startsWith('/chunks/') && slow.chunkDelay > 0) await new Promise((r) => setTimeout(r, slow.chunkDelay));
    const file = join(dir, path);
    if (!existsSync(file)) return res.writeHead(404).end();
    const body = readFileSync(file);
    const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
    res.setHeader('ETag', etag);
    res.setHeader('Cache-Control', path.startsWith('/chunks/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    if (req.headers['if-none-match'] === etag) return res.writeHead(304).end();
    res.writeHead(200, { 'Content-Type': 'application/json' }).end(body);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  return {
    address: `http://127.0.0.1:${port}/feed.json`,
    gets,
    slow,
    close: () => new Promise((r) => (server.closeAllConnections(), server.close(r))),
  };
}
