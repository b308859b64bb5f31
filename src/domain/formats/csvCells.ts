/**
 * Cell-level encoding of the CSV format, kept apart so its round-trip can be reasoned about (and is tested with
 * fast-check in csv.property.test.ts).
 *
 * Lists: items joined with `;`, the parts of an item with `|`; inside a part, `\`, `;` and `|` are escaped with a
 * backslash. Decoding reads `\\`, `\;`, `\|` back and keeps any other backslash as it is, so a hand-typed `C:\x`
 * survives.
 *
 * Formulas (OWASP "CSV injection"): a cell that starts with `=`, `+`, `-`, `@`, tab or carriage return is shown by
 * a spreadsheet as a formula, so on export it gets a leading `'`. To make the guard reversible it also applies to a
 * cell that already starts with quotes before such a character: guard(s) = "'" + s when s matches /^'*[=+\-@\t\r]/.
 * Unguard strips one `'` when the cell matches /^'+[=+\-@\t\r]/. For every s: if s matches the first pattern,
 * guard(s) = "'" + s matches the second and unguard gives s back; if not, s cannot match the second either
 * (it would then match the first), so unguard leaves it alone. Hence unguard(guard(s)) = s for all s.
 */
export const GUARDED = /^'*[=+\-@\t\r]/;
const WAS_GUARDED = /^'+[=+\-@\t\r]/;

export const guardCell = (s: string): string => (GUARDED.test(s) ? `'${s}` : s);
// Most cells do not start with a quote: one character comparison instead of a regular expression per cell.
export const unguardCell = (s: string): string => (s.charCodeAt(0) === 39 && WAS_GUARDED.test(s) ? s.slice(1) : s);

const escapePart = (s: string) => s.replace(/[\\;|]/g, (m) => `\\${m}`);

export function encodeList(items: readonly (readonly string[])[]): string {
  return items.map((parts) => parts.map(escapePart).join('|')).join(';');
}

/** The items of a list cell, each split into its parts. An empty cell is an empty list. */
export function decodeList(cell: string): string[][] {
  if (cell === '') return [];
  // Without a backslash nothing is escaped: plain splits give the same items and parts, much faster.
  if (!cell.includes('\\')) return cell.split(';').map((item) => item.split('|'));
  const items: string[][] = [];
  let parts: string[] = [];
  let cur = '';
  for (let i = 0; i < cell.length; i++) {
    const ch = cell[i]!;
    const next = cell[i + 1];
    if (ch === '\\' && (next === '\\' || next === ';' || next === '|')) {
      cur += next;
      i++;
    } else if (ch === '|') {
      parts.push(cur);
      cur = '';
    } else if (ch === ';') {
      parts.push(cur);
      items.push(parts);
      parts = [];
      cur = '';
    } else cur += ch;
  }
  parts.push(cur);
  items.push(parts);
  return items;
}

/** A number cell: kept as text when it is not a finite number, so the schema reports it with its value. */
export function numberCell(s: string | undefined): number | string | undefined {
  if (s === undefined) return undefined;
  const t = s.trim();
  if (t === '') return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : s;
}
