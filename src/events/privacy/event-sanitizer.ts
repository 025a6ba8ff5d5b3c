import type { EventAttributeValue } from '../telemetry-event';
import { describeSpecialValue } from './describe-special-value';
import { RedactionPolicy } from './redaction-policy';
import { truncateString } from './truncate-string';

const MAX_DEPTH = 8;
const MAX_ENTRIES = 256;

/**
 * Turns raw attributes into JSON-safe values: configured keys redacted, strings scrubbed and
 * truncated, cycles, BigInt, functions and throwing getters replaced by descriptions. Never throws.
 */
export class EventSanitizer {
  constructor(
    private readonly policy: RedactionPolicy,
    private readonly maxStringLength: number,
  ) {}

  /** Safe attributes of an event; a non-object is kept under `value`. */
  attributes(raw: unknown): Record<string, EventAttributeValue> {
    try {
      if (raw === undefined || raw === null) return {};
      const value = this.value(raw, 0, new Set());
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value;
      return { value };
    } catch {
      return { value: '[Unserialisable]' };
    }
  }

  /** One safe value (exported for `@TrackEvent` inputs and outputs). */
  value(raw: unknown, depth: number, seen: Set<object>): EventAttributeValue {
    if (raw === null || raw === undefined) return null;
    if (typeof raw === 'string')
      return truncateString(this.policy.scrub(raw), this.maxStringLength);
    if (typeof raw === 'boolean') return raw;
    const special = describeSpecialValue(raw);
    if (special !== undefined) return truncateString(special, this.maxStringLength);
    if (typeof raw === 'number') return raw;
    return this.object(raw as object, depth, seen);
  }

  private object(obj: object, depth: number, seen: Set<object>): EventAttributeValue {
    if (seen.has(obj)) return '[Circular]';
    if (depth >= MAX_DEPTH) return '[Too deep]';
    seen.add(obj);
    try {
      if (Array.isArray(obj)) return this.list(obj, depth, seen);
      if (obj instanceof Set) return this.list([...obj], depth, seen);
      if (obj instanceof Map) return this.entries([...obj.entries()], depth, seen);
      if (obj instanceof Error) return this.error(obj);
      const toJSON = (obj as { toJSON?: unknown }).toJSON;
      if (typeof toJSON === 'function') return this.value(toJSON.call(obj), depth + 1, seen);
      return this.entries(
        Object.keys(obj).map((k) => [k, readProperty(obj, k)]),
        depth,
        seen,
      );
    } catch {
      return '[Unserialisable]';
    } finally {
      seen.delete(obj);
    }
  }

  private list(items: unknown[], depth: number, seen: Set<object>): EventAttributeValue[] {
    return items.slice(0, MAX_ENTRIES).map((item) => this.value(item, depth + 1, seen));
  }

  private entries(pairs: [unknown, unknown][], depth: number, seen: Set<object>) {
    const out: Record<string, EventAttributeValue> = {};
    for (const [rawKey, raw] of pairs.slice(0, MAX_ENTRIES)) {
      const key = String(rawKey);
      if (raw === undefined) continue;
      out[key] = this.policy.hidesKey(key)
        ? RedactionPolicy.MARK
        : this.value(raw, depth + 1, seen);
    }
    return out;
  }

  private error(error: Error): Record<string, EventAttributeValue> {
    return {
      type: truncateString(String(error.name), this.maxStringLength),
      message: truncateString(this.policy.scrub(String(error.message)), this.maxStringLength),
    };
  }
}

/** A property value; a getter that throws gives a marker instead of an exception. */
function readProperty(obj: object, key: string): unknown {
  try {
    return (obj as Record<string, unknown>)[key];
  } catch {
    return '[Unreadable]';
  }
}
