/** The redaction rules of one app, compiled once: which keys and which value patterns are hidden. */
export class RedactionPolicy {
  static readonly MARK = '[REDACTED]';
  private readonly names: ReadonlySet<string>;
  private readonly keyPatterns: readonly RegExp[];
  private readonly valuePatterns: readonly RegExp[];

  constructor(keys: readonly (string | RegExp)[], patterns: readonly RegExp[]) {
    this.names = new Set(keys.filter((k) => typeof k === 'string').map(normalizeKey));
    this.keyPatterns = keys.filter((k): k is RegExp => k instanceof RegExp).map(nonGlobal);
    this.valuePatterns = patterns.map(global);
  }

  /** Whether the value under `key` must be hidden. */
  hidesKey(key: string): boolean {
    if (this.names.has(normalizeKey(key))) return true;
    for (const pattern of this.keyPatterns) if (pattern.test(key)) return true;
    return false;
  }

  /** `text` with every configured value pattern replaced. */
  scrub(text: string): string {
    let out = text;
    for (const pattern of this.valuePatterns) out = out.replace(pattern, RedactionPolicy.MARK);
    return out;
  }
}

/** `API-Key`, `api_key` and `apiKey` are the same key. */
function normalizeKey(key: string): string {
  return key.replace(/[-_]/g, '').toLowerCase();
}

/** A global RegExp keeps state between `test` calls; key patterns must not. */
function nonGlobal(pattern: RegExp): RegExp {
  return new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''));
}

function global(pattern: RegExp): RegExp {
  return new RegExp(
    pattern.source,
    pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g',
  );
}
