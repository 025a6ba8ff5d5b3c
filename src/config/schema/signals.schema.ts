import { z } from 'zod';
import { batchSchema } from './batch.schema';
import { eventExportersSchema, eventRedactSchema } from './events.schema';
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
  spanProcessors: z
    .array(
      z.custom<object>(
        (v) => typeof v === 'object' && v !== null && typeof (v as any).onEnd === 'function',
      ),
      { error: 'expected an array of OpenTelemetry SpanProcessor objects (with onStart/onEnd)' },
    )
    .optional(),
});

/** Validation of `events`. */
export const eventsSchema = z.strictObject({
  enabled: bool.optional(),
  exporters: eventExportersSchema.optional(),
  sampleRate: ratio.optional(),
  redact: eventRedactSchema.optional(),
  maxStringLength: intAtLeast(16).optional(),
  recordInputs: bool.optional(),
  recordOutputs: bool.optional(),
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
  loggerModule: z
    .enum(['create', 'existing'], { error: "expected 'create' or 'existing'" })
    .optional(),
  requests: bool.optional(),
  redact: z.array(z.string(), { error: 'expected an array of pino redact paths' }).optional(),
  useAsNestLogger: bool.optional(),
  batchWrites: bool.optional(),
  destination: z
    .custom<object>((v) => typeof (v as { write?: unknown } | null)?.write === 'function', {
      error: 'expected a stream with a write(line) method',
    })
    .optional(),
});

/** Validation of `health`. */
export const healthSchema = z.strictObject({
  enabled: bool.optional(),
  path: urlPath.optional(),
  checkTimeoutMs: intAtLeast(1).optional(),
  degradedFailsReadiness: bool.optional(),
});

/** Validation of `shutdown`. */
export const shutdownSchema = z.strictObject({
  timeoutMs: intAtLeast(1).optional(),
  drainDelayMs: intAtLeast(0).optional(),
});
