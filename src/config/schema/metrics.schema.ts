import { z } from 'zod';
import { intAtLeast, nonEmptyString, stringRecord, urlPath } from './primitives.schema';

const bool = z.boolean({ error: 'expected true or false' });

const buckets = z
  .array(z.number({ error: 'expected numbers' }).finite({ error: 'expected finite numbers' }), {
    error: 'expected an array of numbers',
  })
  .min(1, { error: 'expected at least one bucket' })
  .refine((b) => b.every((v, i) => i === 0 || v > b[i - 1]), {
    error: 'expected strictly increasing bucket bounds',
  });

const nonNegative = z
  .number({ error: 'expected a number of USD per 1M tokens' })
  .finite({ error: 'expected a finite number' })
  .min(0, { error: 'expected a price >= 0' });

const price = z.strictObject(
  { input: nonNegative, output: nonNegative, cachedInput: nonNegative.optional() },
  { error: 'expected { input, output, cachedInput? } in USD per 1M tokens' },
);

/** Validation of `metrics`. */
export const metricsSchema = z.strictObject({
  enabled: bool.optional(),
  otlpEnabled: bool.optional(),
  exportIntervalMs: intAtLeast(100).optional(),
  exportTimeoutMs: intAtLeast(1).optional(),
  prefix: z
    .string()
    .regex(/^([a-zA-Z_][a-zA-Z0-9_]*)?$/, {
      error: "expected a Prometheus name prefix like 'myapp_'",
    })
    .optional(),
  defaultLabels: stringRecord
    .refine((labels) => Object.keys(labels).every((k) => /^[a-zA-Z_][a-zA-Z0-9_.]*$/.test(k)), {
      error: 'expected label names like "region" (letters, digits, "_" and ".")',
    })
    .optional(),
  maxSeriesPerMetric: intAtLeast(1).optional(),
  prometheus: z
    .strictObject({
      enabled: bool.optional(),
      path: urlPath.optional(),
      defaultMetrics: bool.optional(),
      port: intAtLeast(0).max(65535, { error: 'expected a port number <= 65535' }).optional(),
      host: nonEmptyString.optional(),
      bearerToken: nonEmptyString.optional(),
      routeMetadata: z.record(z.string(), z.unknown()).optional(),
    })
    .optional(),
  http: z.strictObject({ enabled: bool.optional(), buckets: buckets.optional() }).optional(),
  genAi: z.strictObject({ prices: z.record(z.string(), price).optional() }).optional(),
});
