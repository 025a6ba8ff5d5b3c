import type { LoggerOptions } from 'pino';
import type { ResolvedTelemetryConfig } from '../config/resolved-telemetry-config';
import { credentialHeaderSerializers } from './credential-header-serializers';
import { telemetryPinoMixin } from './telemetry-pino-mixin';

/**
 * pino options with trace correlation: lines at `logging.level`, the trace mixin, credential
 * headers masked by serializers (pino `redact` only for `logging.redact`'s extra paths: it copies
 * the whole object on every serialization).
 */
export function telemetryPinoOptions(config: ResolvedTelemetryConfig): LoggerOptions {
  const extraRedact = config.logging.redact;
  return {
    level: config.logging.level,
    mixin: telemetryPinoMixin,
    serializers: credentialHeaderSerializers,
    ...(extraRedact.length > 0
      ? { redact: { paths: [...extraRedact], censor: '[REDACTED]' } }
      : {}),
  };
}

/** Paths never given a request line: health probes and Prometheus scrapes. */
export function quietRequestPaths(config: ResolvedTelemetryConfig): string[] {
  return [config.health.path, config.metrics.prometheus.path];
}
