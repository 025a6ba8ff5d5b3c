import { z } from 'zod';
import { nonEmptyString } from './primitives.schema';
import { metricsSchema } from './metrics.schema';
import { otlpSchema } from './otlp.schema';
import {
  eventsSchema,
  healthSchema,
  loggingSchema,
  shutdownSchema,
  tracesSchema,
} from './signals.schema';

const attributeValue = z.union([z.string(), z.number(), z.boolean()], {
  error: 'expected a string, number or boolean',
});

/** Validation of the whole options object, before defaults are applied. */
export const telemetryOptionsSchema = z.strictObject(
  {
    enabled: z.boolean({ error: 'expected true or false' }).optional(),
    serviceName: nonEmptyString.optional(),
    serviceVersion: nonEmptyString.optional(),
    environment: nonEmptyString.optional(),
    resourceAttributes: z.record(z.string(), attributeValue).optional(),
    otlp: otlpSchema.optional(),
    traces: tracesSchema.optional(),
    metrics: metricsSchema.optional(),
    events: eventsSchema.optional(),
    logging: loggingSchema.optional(),
    health: healthSchema.optional(),
    shutdown: shutdownSchema.optional(),
    instrumentations: z
      .array(
        z.custom<object>((v) => typeof v === 'object' && v !== null),
        {
          error: 'expected an array of OpenTelemetry Instrumentation objects',
        },
      )
      .optional(),
  },
  { error: 'expected an options object' },
);
