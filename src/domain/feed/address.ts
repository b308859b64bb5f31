import { MANIFEST_NAME } from './manifest';

export type AddressCheck = { ok: true; address: string } | { ok: false; code: 'address.invalid' | 'address.scheme' };

/** Hosts a plain-http feed may use: this machine only, for testing a feed before publishing it. */
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * The manifest address for what the analyst typed: `https:` only (a feed's records become the analyst's data, so
 * they must not be open to tampering on the way), plain `http:` only on this machine. A folder address gets
 * `feed.json` appended; credentials, queries and fragments are dropped so one feed has one address.
 */
export function checkAddress(input: string): AddressCheck {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return { ok: false, code: 'address.invalid' };
  }
  const local = url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname);
  if (url.protocol !== 'https:' && !local) return { ok: false, code: 'address.scheme' };
  if (url.username || url.password) return { ok: false, code: 'address.invalid' };
  url.search = '';
  url.hash = '';
  if (url.pathname.endsWith('/')) url.pathname += MANIFEST_NAME;
  return { ok: true, address: url.href };
}
