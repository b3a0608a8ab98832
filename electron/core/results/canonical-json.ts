/**
 * The canonical serialisation a results file's HMAC is computed over: JSON with object keys sorted (by
 * UTF-16 code units, as Array.prototype.sort does), no whitespace, numbers as JavaScript prints them.
 * Any reader that parses the file and re-serialises it this way gets the same bytes, so the signature
 * does not depend on how the file was pretty-printed or in which order a tool wrote its keys.
 */
export function canonicalJson(value: unknown): string {
  // JSON.stringify does the escaping and number printing (natively, fast); the replacer hands it each
  // object with its keys in sorted order. Arrays keep their order.
  return JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === 'number' && !Number.isFinite(v)) throw new TypeError('canonical JSON has no NaN or Infinity');
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
    return sorted;
  });
}
