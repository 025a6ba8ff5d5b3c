import { z } from 'zod';
import { httpUrl, intAtLeast, stringRecord } from './primitives.schema';

const protocol = z.enum(['http/protobuf', 'http/json', 'grpc'], {
  error: "expected one of 'http/protobuf', 'http/json', 'grpc'",
});

const signal = z.strictObject({
  endpoint: httpUrl.optional(),
  protocol: protocol.optional(),
  headers: stringRecord.optional(),
  timeoutMs: intAtLeast(1).optional(),
});

/** Validation of `otlp`. */
export const otlpSchema = z.strictObject({
  endpoint: httpUrl.optional(),
  protocol: protocol.optional(),
  headers: stringRecord.optional(),
  timeoutMs: intAtLeast(1).optional(),
  compression: z.enum(['gzip', 'none'], { error: "expected 'gzip' or 'none'" }).optional(),
  traces: signal.optional(),
  metrics: signal.optional(),
  logs: signal.optional(),
});
