import type { SpanProcessor } from '@opentelemetry/sdk-trace-base';
import type { BatchOptions } from './batch.options';

/** Where finished spans go. `none` keeps tracing (context, log correlation) but exports nothing. */
export type TraceExporterKind = 'otlp' | 'console' | 'none';

/** Tracing settings. */
export interface TracesOptions {
  /** Create spans at all. When false, `@Instrument` is a pass-through. @default true */
  enabled?: boolean;
  /** Span exporter. Env: `OTEL_TRACES_EXPORTER` (`otlp`, `console`, `none`). @default 'otlp' */
  exporter?: TraceExporterKind;
  /**
   * Fraction of new traces that are sampled (parent-based: a child follows its parent's decision).
   * Env: `OTEL_TRACES_SAMPLER` (`parentbased_traceidratio`, `traceidratio`, `always_on`, `always_off`,
   * `parentbased_always_on`, `parentbased_always_off`) with `OTEL_TRACES_SAMPLER_ARG`.
   * @default 1
   */
  samplingRatio?: number;
  /** Follow the parent span's sampling decision; only root spans use `samplingRatio`. @default true */
  parentBased?: boolean;
  /** Span batching. Env: `OTEL_BSP_*`. @default { maxExportBatchSize: 512, scheduledDelayMs: 5000, maxQueueSize: 2048, exportTimeoutMs: 30000 } */
  batch?: BatchOptions;
  /**
   * Extra span processors, run after the exporter's batch processor (for example an in-memory
   * exporter in tests, see `nestjs-telemetry/testing`). Only used when this module starts the SDK.
   * @default []
   */
  spanProcessors?: SpanProcessor[];
}
