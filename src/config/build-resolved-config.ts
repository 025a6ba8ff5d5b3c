import type {
  ResolvedBatch,
  ResolvedOtlpSignal,
  ResolvedTelemetryConfig,
} from './resolved-telemetry-config';
import type { BatchOptions } from './options/batch.options';
import type { EventsOptions } from './options/events.options';
import type { LoggingOptions } from './options/logging.options';
import type { OtlpOptions } from './options/otlp.options';
import type { TelemetryModuleOptions } from './options/telemetry-module-options';
import { DEFAULT_BATCH, TELEMETRY_DEFAULTS as D } from './telemetry-defaults';

/** Fills every default into validated options. */
export function buildResolvedConfig(
  o: TelemetryModuleOptions,
  identity: { name?: string; version?: string },
): ResolvedTelemetryConfig {
  const m = o.metrics ?? {};
  return {
    enabled: o.enabled ?? D.enabled,
    serviceName: o.serviceName ?? identity.name ?? 'unknown_service:node',
    serviceVersion: o.serviceVersion ?? identity.version,
    environment: o.environment ?? process.env.NODE_ENV ?? D.environment,
    resourceAttributes: { ...o.resourceAttributes },
    otlp: {
      traces: resolveSignal(o.otlp ?? {}, 'traces'),
      metrics: resolveSignal(o.otlp ?? {}, 'metrics'),
      logs: resolveSignal(o.otlp ?? {}, 'logs'),
    },
    traces: {
      enabled: o.traces?.enabled ?? true,
      exporter: o.traces?.exporter ?? 'otlp',
      samplingRatio: o.traces?.samplingRatio ?? D.samplingRatio,
      parentBased: o.traces?.parentBased ?? true,
      batch: resolveBatch(o.traces?.batch),
      spanProcessors: [...(o.traces?.spanProcessors ?? [])],
    },
    metrics: {
      enabled: m.enabled ?? true,
      otlpEnabled: m.otlpEnabled ?? true,
      exportIntervalMs: m.exportIntervalMs ?? D.metricsExportIntervalMs,
      exportTimeoutMs: m.exportTimeoutMs ?? D.metricsExportTimeoutMs,
      prefix: m.prefix ?? '',
      defaultLabels: { ...m.defaultLabels },
      maxSeriesPerMetric: m.maxSeriesPerMetric ?? D.maxSeriesPerMetric,
      prometheus: {
        enabled: m.prometheus?.enabled ?? true,
        path: m.prometheus?.path ?? D.prometheusPath,
        defaultMetrics: m.prometheus?.defaultMetrics ?? true,
        port: m.prometheus?.port,
        host: m.prometheus?.host ?? D.prometheusHost,
        bearerToken: m.prometheus?.bearerToken,
        routeMetadata: { ...m.prometheus?.routeMetadata },
      },
      http: {
        enabled: m.http?.enabled ?? true,
        buckets: [...(m.http?.buckets ?? D.httpDurationBuckets)],
      },
      genAi: { prices: { ...m.genAi?.prices } },
    },
    events: resolveEvents(o.events ?? {}),
    logging: resolveLogging(o.logging ?? {}),
    health: {
      enabled: o.health?.enabled ?? true,
      path: o.health?.path ?? D.healthPath,
      checkTimeoutMs: o.health?.checkTimeoutMs ?? D.healthCheckTimeoutMs,
      degradedFailsReadiness: o.health?.degradedFailsReadiness ?? false,
    },
    shutdown: {
      timeoutMs: o.shutdown?.timeoutMs ?? D.shutdownTimeoutMs,
      drainDelayMs: o.shutdown?.drainDelayMs ?? 0,
    },
    instrumentations: o.instrumentations,
  };
}

function resolveEvents(e: EventsOptions): ResolvedTelemetryConfig['events'] {
  return {
    enabled: e.enabled ?? true,
    exporters: [...(e.exporters ?? D.eventExporters)],
    sampleRate: e.sampleRate ?? 1,
    redact: {
      keys: [...(e.redact?.keys ?? D.redactKeys)],
      patterns: [...(e.redact?.patterns ?? [])],
    },
    maxStringLength: e.maxStringLength ?? D.maxStringLength,
    recordInputs: e.recordInputs ?? false,
    recordOutputs: e.recordOutputs ?? false,
    batch: resolveBatch(e.batch),
  };
}

function resolveLogging(l: LoggingOptions): ResolvedTelemetryConfig['logging'] {
  return {
    enabled: l.enabled ?? true,
    level: l.level ?? D.logLevel,
    loggerModule: l.loggerModule ?? 'create',
    requests: l.requests ?? true,
    redact: [...(l.redact ?? [])],
    useAsNestLogger: l.useAsNestLogger ?? true,
    destination: l.destination,
    batchWrites: l.batchWrites ?? true,
  };
}

function resolveBatch(batch: BatchOptions | undefined): ResolvedBatch {
  return { ...DEFAULT_BATCH, ...stripUndefined(batch ?? {}) };
}

const SIGNAL_PATHS = { traces: '/v1/traces', metrics: '/v1/metrics', logs: '/v1/logs' };

function resolveSignal(otlp: OtlpOptions, signal: keyof typeof SIGNAL_PATHS): ResolvedOtlpSignal {
  const own = otlp[signal] ?? {};
  const protocol = own.protocol ?? otlp.protocol ?? D.otlpProtocol;
  const base = otlp.endpoint ?? (protocol === 'grpc' ? D.otlpGrpcEndpoint : D.otlpHttpEndpoint);
  const url =
    own.endpoint ?? (protocol === 'grpc' ? base : base.replace(/\/+$/, '') + SIGNAL_PATHS[signal]);
  return {
    url,
    protocol,
    headers: { ...otlp.headers, ...own.headers },
    timeoutMs: own.timeoutMs ?? otlp.timeoutMs ?? D.otlpTimeoutMs,
    compression: otlp.compression ?? D.otlpCompression,
  };
}

function stripUndefined<T extends object>(obj: T): Partial<T> {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as Partial<T>;
}
