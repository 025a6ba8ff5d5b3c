import { z } from 'zod';
import { batchSchema } from './batch.schema';
import { intAtLeast, ratio, urlPath } from './primitives.schema';

const bool = z.boolean({ error: 'expected true or false' });

/** Validation of `traces`. */
export const tracesSchema = z.strictObject({
  enabled: bool.optional(),
  exporter: z
    .enum(['otlp', 'console', 'none'], { error: "expected one of 'otlp', 'console', 'none'" })
    .optional(),
  samplingRatio: ratio.optional(),
  parentBased: bool.optional(),
  batch: batchSchema.optional(),
});

/** Validation of `events`. */
export const eventsSchema = z.strictObject({
  enabled: bool.optional(),
  batch: batchSchema.optional(),
});

/** Validation of `logging`. */
export const loggingSchema = z.strictObject({
  enabled: bool.optional(),
  level: z
    .enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'], {
      error: "expected one of 'trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'",
    })
    .optional(),
});

/** Validation of `health`. */
export const healthSchema = z.strictObject({
  enabled: bool.optional(),
  path: urlPath.optional(),
});

/** Validation of `shutdown`. */
export const shutdownSchema = z.strictObject({
  timeoutMs: intAtLeast(1).optional(),
});
