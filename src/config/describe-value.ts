const SECRET_PATH = /(^|\.)(headers|\w*token|password|secret|authorization|api[-_]?key)(\.|$)/i;

/**
 * Renders a configuration value for an error message without leaking secrets: header values and
 * other secret-looking paths are replaced, and credentials inside URLs are masked.
 */
export function describeValue(path: string, value: unknown): string {
  if (SECRET_PATH.test(path)) return '[REDACTED]';
  if (typeof value === 'string') return JSON.stringify(maskUrlCredentials(value));
  if (value === undefined) return 'undefined';
  if (typeof value === 'number' || typeof value === 'boolean' || value === null)
    return String(value);
  if (Array.isArray(value)) return 'an array';
  return `a value of type ${typeof value}`;
}

/** `https://user:pass@host/` → `https://***:***@host/`, wherever such URLs appear in the text. */
export function maskUrlCredentials(text: string): string {
  return text.replace(/([a-z][a-z0-9+.-]*:\/\/)[^/@\s]*@/gi, '$1***:***@');
}
