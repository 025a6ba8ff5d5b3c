/**
 * A string for values JSON cannot hold (BigInt, symbols, functions, binary data), or undefined
 * when the value needs no special treatment.
 */
export function describeSpecialValue(value: unknown): string | undefined {
  switch (typeof value) {
    case 'bigint':
      return value.toString();
    case 'symbol':
      return value.toString();
    case 'function':
      return `[Function ${value.name || 'anonymous'}]`;
    case 'number':
      return Number.isFinite(value) ? undefined : String(value);
    case 'object':
      if (value instanceof ArrayBuffer) return `[Binary ${value.byteLength} bytes]`;
      if (ArrayBuffer.isView(value)) return `[Binary ${value.byteLength} bytes]`;
      if (value instanceof RegExp) return value.toString();
      if (value instanceof Date) {
        return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
      }
      return undefined;
    default:
      return undefined;
  }
}
