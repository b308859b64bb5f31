import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The app's Content-Security-Policy, read from index.html's meta tag: the one place it is written. The meta tag
 * covers the page; a worker (the feed sync's, the import's) takes its policy from the headers of its own script,
 * so a server must also send this as a header for the policy's `connect-src` to bind the feed worker's requests.
 */
export function pageCsp(root: string): string {
  const html = readFileSync(join(root, 'index.html'), 'utf8');
  const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
  if (!meta?.[1]) throw new Error('index.html has no Content-Security-Policy meta tag');
  return meta[1];
}
