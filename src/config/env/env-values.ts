/** Parses `key1=value1,key2=value2` (W3C baggage style, values URL-encoded), as OTEL_*_HEADERS and OTEL_RESOURCE_ATTRIBUTES use. */
export function parseKeyValueList(raw: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of raw.split(',')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    const key = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    out[key] = safeDecode(value);
  }
  return out;
}

/** A number when the text is numeric, else the text itself, so validation can show what was given. */
export function numberOrRaw(raw: string): number | string {
  const trimmed = raw.trim();
  return trimmed !== '' && Number.isFinite(Number(trimmed)) ? Number(trimmed) : raw;
}

/** `true`/`false` (any case) as booleans, else the text itself. */
export function booleanOrRaw(raw: string): boolean | string {
  const lower = raw.trim().toLowerCase();
  if (lower === 'true') return true;
  if (lower === 'false') return false;
  return raw;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
