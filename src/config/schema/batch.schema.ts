import { z } from 'zod';
import { intAtLeast } from './primitives.schema';

/** Validation of a batch block (`traces.batch`, `events.batch`). */
export const batchSchema = z.strictObject({
  maxExportBatchSize: intAtLeast(1).optional(),
  scheduledDelayMs: intAtLeast(0).optional(),
  maxQueueSize: intAtLeast(1).optional(),
  exportTimeoutMs: intAtLeast(1).optional(),
});
