import { booleanOrRaw, numberOrRaw, parseKeyValueList } from './env-values';

/** How one environment variable maps onto one option path. */
export interface EnvOptionMapping {
  env: string;
  path: string;
  parse: (raw: string) => unknown;
}

const text = (raw: string) => raw.trim();

const batch = (prefix: 'OTEL_BSP' | 'OTEL_BLRP', base: string): EnvOptionMapping[] => [
  {
    env: `${prefix}_MAX_EXPORT_BATCH_SIZE`,
    path: `${base}.maxExportBatchSize`,
    parse: numberOrRaw,
  },
  { env: `${prefix}_SCHEDULE_DELAY`, path: `${base}.scheduledDelayMs`, parse: numberOrRaw },
  { env: `${prefix}_MAX_QUEUE_SIZE`, path: `${base}.maxQueueSize`, parse: numberOrRaw },
  { env: `${prefix}_EXPORT_TIMEOUT`, path: `${base}.exportTimeoutMs`, parse: numberOrRaw },
];

const signal = (name: 'TRACES' | 'METRICS' | 'LOGS', key: string): EnvOptionMapping[] => [
  { env: `OTEL_EXPORTER_OTLP_${name}_ENDPOINT`, path: `otlp.${key}.endpoint`, parse: text },
  { env: `OTEL_EXPORTER_OTLP_${name}_PROTOCOL`, path: `otlp.${key}.protocol`, parse: text },
  {
    env: `OTEL_EXPORTER_OTLP_${name}_HEADERS`,
    path: `otlp.${key}.headers`,
    parse: parseKeyValueList,
  },
  { env: `OTEL_EXPORTER_OTLP_${name}_TIMEOUT`, path: `otlp.${key}.timeoutMs`, parse: numberOrRaw },
];

/**
 * The standard OpenTelemetry environment variables this library reads, and the option each fills.
 * OTEL_SDK_DISABLED, OTEL_RESOURCE_ATTRIBUTES and OTEL_TRACES_SAMPLER need logic of their own
 * and are handled in `read-env-options.ts`.
 */
export const ENV_OPTION_MAP: readonly EnvOptionMapping[] = [
  { env: 'OTEL_SERVICE_NAME', path: 'serviceName', parse: text },
  { env: 'OTEL_EXPORTER_OTLP_ENDPOINT', path: 'otlp.endpoint', parse: text },
  { env: 'OTEL_EXPORTER_OTLP_PROTOCOL', path: 'otlp.protocol', parse: text },
  { env: 'OTEL_EXPORTER_OTLP_HEADERS', path: 'otlp.headers', parse: parseKeyValueList },
  { env: 'OTEL_EXPORTER_OTLP_TIMEOUT', path: 'otlp.timeoutMs', parse: numberOrRaw },
  { env: 'OTEL_EXPORTER_OTLP_COMPRESSION', path: 'otlp.compression', parse: text },
  ...signal('TRACES', 'traces'),
  ...signal('METRICS', 'metrics'),
  ...signal('LOGS', 'logs'),
  ...batch('OTEL_BSP', 'traces.batch'),
  ...batch('OTEL_BLRP', 'events.batch'),
  { env: 'OTEL_METRIC_EXPORT_INTERVAL', path: 'metrics.exportIntervalMs', parse: numberOrRaw },
  { env: 'OTEL_METRIC_EXPORT_TIMEOUT', path: 'metrics.exportTimeoutMs', parse: numberOrRaw },
  { env: 'LOG_LEVEL', path: 'logging.level', parse: (raw) => raw.trim().toLowerCase() },
  {
    env: 'OTEL_TRACES_EXPORTER',
    path: 'traces.exporter',
    parse: (raw) => raw.trim().toLowerCase(),
  },
  { env: 'OTEL_METRICS_EXPORTER', path: 'metrics.otlpEnabled', parse: metricsExporter },
  // Per the spec, only "true" (any case) disables; any other value leaves the SDK enabled.
  {
    env: 'OTEL_SDK_DISABLED',
    path: 'enabled',
    parse: (raw) => (booleanOrRaw(raw) === true ? false : undefined),
  },
];

function metricsExporter(raw: string): boolean | string {
  const names = raw.split(',').map((n) => n.trim().toLowerCase());
  if (names.includes('otlp')) return true;
  if (names.every((n) => n === 'none' || n === 'prometheus')) return false;
  return raw;
}
