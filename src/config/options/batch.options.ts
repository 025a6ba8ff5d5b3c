/** Batching of an export pipeline (spans or events). */
export interface BatchOptions {
  /** Most items sent in one export request. Env: `OTEL_BSP_MAX_EXPORT_BATCH_SIZE` / `OTEL_BLRP_MAX_EXPORT_BATCH_SIZE`. @default 512 */
  maxExportBatchSize?: number;
  /** Longest wait before a partial batch is sent, in ms. Env: `OTEL_BSP_SCHEDULE_DELAY` / `OTEL_BLRP_SCHEDULE_DELAY`. @default 5000 */
  scheduledDelayMs?: number;
  /** Bound of the in-memory queue; items past it are dropped and counted. Env: `OTEL_BSP_MAX_QUEUE_SIZE` / `OTEL_BLRP_MAX_QUEUE_SIZE`. @default 2048 */
  maxQueueSize?: number;
  /** Deadline of one export call, in ms. Env: `OTEL_BSP_EXPORT_TIMEOUT` / `OTEL_BLRP_EXPORT_TIMEOUT`. @default 30000 */
  exportTimeoutMs?: number;
}
