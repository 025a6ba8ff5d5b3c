import type { Instrumentation } from '@opentelemetry/instrumentation';
import type { SpanProcessor } from '@opentelemetry/sdk-trace-base';
import type { OtlpCompression, OtlpProtocol } from './options/otlp.options';
import type { EventExporterOption } from './options/events.options';
import type { LogDestination, LoggerModuleMode, LogLevel } from './options/logging.options';
import type { GenAiModelPrice } from './options/metrics.options';
import type { TraceExporterKind } from './options/traces.options';

/** Batch settings with every value filled. */
export interface ResolvedBatch {
  maxExportBatchSize: number;
  scheduledDelayMs: number;
  maxQueueSize: number;
  exportTimeoutMs: number;
}

/** One signal's OTLP destination, fully resolved (the URL already includes the signal path). */
export interface ResolvedOtlpSignal {
  url: string;
  protocol: OtlpProtocol;
  headers: Record<string, string>;
  timeoutMs: number;
  compression: OtlpCompression;
}

/**
 * The configuration after defaults, environment variables and explicit options were merged and
 * validated. Every field is present.
 */
export interface ResolvedTelemetryConfig {
  enabled: boolean;
  serviceName: string;
  serviceVersion: string | undefined;
  environment: string;
  resourceAttributes: Record<string, string | number | boolean>;
  otlp: { traces: ResolvedOtlpSignal; metrics: ResolvedOtlpSignal; logs: ResolvedOtlpSignal };
  traces: {
    enabled: boolean;
    exporter: TraceExporterKind;
    samplingRatio: number;
    /** False when `OTEL_TRACES_SAMPLER` asks for a root sampler that ignores the parent. */
    parentBased: boolean;
    batch: ResolvedBatch;
    /** Extra span processors after the exporter's (tests, custom pipelines). */
    spanProcessors: SpanProcessor[];
  };
  metrics: {
    enabled: boolean;
    otlpEnabled: boolean;
    exportIntervalMs: number;
    exportTimeoutMs: number;
    prefix: string;
    defaultLabels: Record<string, string>;
    maxSeriesPerMetric: number;
    prometheus: {
      enabled: boolean;
      path: string;
      defaultMetrics: boolean;
      port: number | undefined;
      host: string;
      bearerToken: string | undefined;
      routeMetadata: Record<string, unknown>;
    };
    http: { enabled: boolean; buckets: number[] };
    genAi: { prices: Record<string, GenAiModelPrice> };
  };
  events: {
    enabled: boolean;
    exporters: EventExporterOption[];
    sampleRate: number;
    redact: { keys: (string | RegExp)[]; patterns: RegExp[] };
    maxStringLength: number;
    recordInputs: boolean;
    recordOutputs: boolean;
    batch: ResolvedBatch;
  };
  logging: {
    enabled: boolean;
    level: LogLevel;
    loggerModule: LoggerModuleMode;
    requests: boolean;
    redact: string[];
    useAsNestLogger: boolean;
    destination: LogDestination | undefined;
    batchWrites: boolean;
  };
  health: {
    enabled: boolean;
    path: string;
    checkTimeoutMs: number;
    degradedFailsReadiness: boolean;
  };
  shutdown: { timeoutMs: number; drainDelayMs: number };
  instrumentations: Instrumentation[] | undefined;
}
