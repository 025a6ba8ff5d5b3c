import type { ResolvedBatch } from './resolved-telemetry-config';

/** The batch defaults of seed 001's OTLP table: 512 items, 5 s, a queue of 2048. */
export const DEFAULT_BATCH: Readonly<ResolvedBatch> = Object.freeze({
  maxExportBatchSize: 512,
  scheduledDelayMs: 5000,
  maxQueueSize: 2048,
  exportTimeoutMs: 30000,
});

/** Defaults of every option that has a constant default. */
export const TELEMETRY_DEFAULTS = Object.freeze({
  enabled: true,
  environment: 'development',
  otlpHttpEndpoint: 'http://localhost:4318',
  otlpGrpcEndpoint: 'http://localhost:4317',
  otlpProtocol: 'http/protobuf' as const,
  otlpTimeoutMs: 10000,
  otlpCompression: 'none' as const,
  samplingRatio: 1,
  metricsExportIntervalMs: 15000,
  metricsExportTimeoutMs: 30000,
  prometheusPath: '/metrics',
  prometheusHost: '0.0.0.0',
  maxSeriesPerMetric: 2000,
  /** The `http.server.request.duration` buckets of the HTTP semantic conventions, in seconds. */
  httpDurationBuckets: Object.freeze([
    0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10,
  ]),
  healthPath: '/health',
  healthCheckTimeoutMs: 3000,
  logLevel: 'info' as const,
  eventExporters: ['otlp'] as const,
  maxStringLength: 4096,
  redactKeys: [
    'password',
    'secret',
    'token',
    'accessToken',
    'refreshToken',
    'apiKey',
    'authorization',
    'cookie',
    'setCookie',
  ] as readonly string[],
  shutdownTimeoutMs: 5000,
});
