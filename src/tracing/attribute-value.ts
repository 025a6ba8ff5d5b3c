import type { AttributeValue } from '@opentelemetry/api';

/** Returned by `toAttributeValue` for a value that cannot be a span attribute (an object). */
export const NOT_AN_ATTRIBUTE = Symbol('nestjs-telemetry.not-an-attribute');

/**
 * Converts a field value to a span attribute value: strings, numbers, booleans and arrays of them
 * as they are, bigint as a string, Date as ISO text. `null`/`undefined` mean "not recorded"
 * (undefined); any other object gives NOT_AN_ATTRIBUTE, so payloads never leak into spans.
 */
export function toAttributeValue(
  value: unknown,
): AttributeValue | undefined | typeof NOT_AN_ATTRIBUTE {
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
      return value;
    case 'bigint':
      return value.toString();
    case 'undefined':
      return undefined;
  }
  if (value === null) return undefined;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value) && value.every(isPrimitive)) return value as AttributeValue;
  return NOT_AN_ATTRIBUTE;
}

function isPrimitive(item: unknown): boolean {
  const type = typeof item;
  return type === 'string' || type === 'number' || type === 'boolean' || item == null;
}
