/**
 * Text for something telemetry got and could not use (an error a getter threw, a value a metric
 * rejected): `Name: message` for an Error, `String(value)` otherwise, and a placeholder when even
 * reading it throws (a Proxy whose traps throw). Never throws.
 */
export function describeThrown(value: unknown): string {
  try {
    return value instanceof Error ? `${value.name}: ${value.message}` : String(value);
  } catch {
    return '(an unreadable value)';
  }
}
