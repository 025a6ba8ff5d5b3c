import type { Span } from '@opentelemetry/api';

const MAX_FIELDS = 32;

/** One entry of seed 001's `spans` list: the span name plus its fields. */
export type SpanFields = { name: string } & Record<string, unknown>;

/**
 * The name and attributes of `span` when it is a recording SDK span (which exposes `name` and
 * `attributes`, like `ReadableSpan`); undefined for non-recording or API-only spans. Only
 * primitive and array values are kept, at most 32 of them.
 */
export function spanFields(span: Span): SpanFields | undefined {
  const readable = span as Partial<{ name: unknown; attributes: unknown }>;
  if (!span.isRecording() || typeof readable.name !== 'string') return undefined;
  const fields: SpanFields = { name: readable.name };
  const attributes = readable.attributes;
  if (typeof attributes !== 'object' || attributes === null) return fields;
  let n = 0;
  for (const key of Object.keys(attributes)) {
    if (n++ >= MAX_FIELDS || key === 'name') continue;
    const value = (attributes as Record<string, unknown>)[key];
    if (value !== undefined && (typeof value !== 'object' || Array.isArray(value))) {
      fields[key] = value;
    }
  }
  return fields;
}
