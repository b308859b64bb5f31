// Attributes a minified chunk's bytes to the source modules they came from, using the chunk's source map (as
// source-map-explorer does): each mapping segment owns the generated text up to the next segment.

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...B64].map((ch, i) => [ch, i]));

/** Decodes one Base64-VLQ segment into its numbers. */
function decodeSegment(seg) {
  const out = [];
  let value = 0;
  let shift = 0;
  for (const ch of seg) {
    const d = DIGIT.get(ch);
    value += (d & 31) << shift;
    if (d & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

/** Map from source path to the minified text it produced (concatenated), for one chunk. */
export function textBySource(code, map) {
  const lines = code.split('\n');
  const parts = new Map();
  let src = 0;
  map.mappings.split(';').forEach((lineMappings, lineNo) => {
    const line = lines[lineNo] ?? '';
    let col = 0;
    const segs = lineMappings ? lineMappings.split(',').map(decodeSegment) : [];
    const starts = [];
    for (const s of segs) {
      col += s[0];
      if (s.length >= 4) src += s[1];
      starts.push({ col, src: s.length >= 4 ? src : null });
    }
    starts.forEach((s, i) => {
      const end = starts[i + 1]?.col ?? line.length;
      const key = s.src === null ? '(generated)' : (map.sources[s.src] ?? '(unknown)');
      const text = line.slice(s.col, end);
      if (!text) return;
      const list = parts.get(key);
      if (list) list.push(text);
      else parts.set(key, [text]);
    });
  });
  return new Map([...parts].map(([k, v]) => [k, v.join('')]));
}
