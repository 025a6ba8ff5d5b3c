import { z } from 'zod';
import { httpUrl, intAtLeast, nonEmptyString, stringRecord } from './primitives.schema';

const httpExporter = z.strictObject({
  type: z.literal('http'),
  url: httpUrl,
  headers: stringRecord.optional(),
  timeoutMs: intAtLeast(1).optional(),
  maxRetries: intAtLeast(0).optional(),
  name: nonEmptyString.optional(),
});

const customExporter = z.custom<object>(
  (v) =>
    typeof v === 'object' &&
    v !== null &&
    typeof (v as { export?: unknown }).export === 'function' &&
    typeof (v as { name?: unknown }).name === 'string',
  {
    error: 'expected a TelemetryEventExporter (an object with a name and an export(events) method)',
  },
);

const exporter = z.union([z.literal('otlp'), z.literal('console'), httpExporter, customExporter], {
  error:
    "expected 'otlp', 'console', { type: 'http', url } or a TelemetryEventExporter (name + export(events))",
});

/** Validation of `events.exporters`. */
export const eventExportersSchema = z.array(exporter, {
  error: 'expected an array of event exporters',
});

/** Validation of `events.redact`. */
export const eventRedactSchema = z.strictObject({
  keys: z
    .array(z.union([z.string(), z.instanceof(RegExp)]), {
      error: 'expected an array of key names or RegExps',
    })
    .optional(),
  patterns: z.array(z.instanceof(RegExp), { error: 'expected an array of RegExps' }).optional(),
});
