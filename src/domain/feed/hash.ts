/**
 * SHA-256 of bytes as lowercase hex, through Web Crypto (SubtleCrypto): the same function in the browser, in a
 * worker and in Node (which has `crypto.subtle` as a global), so `feed:build` and the app agree by construction.
 */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  let out = '';
  for (const b of new Uint8Array(digest)) out += b.toString(16).padStart(2, '0');
  return out;
}
