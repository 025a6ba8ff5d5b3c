import type { Params } from 'nestjs-pino';
import type { Options } from 'pino-http';
import type { ResolvedTelemetryConfig } from '../config/resolved-telemetry-config';
import { routeTemplateOf } from '../http/route-template';
import { telemetryPinoMixin } from './telemetry-pino-mixin';

/** Headers never written to logs. */
export const REDACTED_HEADER_PATHS: readonly string[] = Object.freeze([
  'req.headers.authorization',
  'req.headers["proxy-authorization"]',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
]);

/**
 * nestjs-pino parameters with trace correlation: JSON lines at `logging.level`, the trace
 * mixin, credentials redacted, one pino-http line per request with the route template and
 * status (health and metrics scrapes left out).
 */
export function telemetryPinoParams(config: ResolvedTelemetryConfig): Params {
  const quiet = [config.health.path, config.metrics.prometheus.path];
  const options: Options = {
    level: config.logging.level,
    mixin: telemetryPinoMixin,
    redact: { paths: [...REDACTED_HEADER_PATHS, ...config.logging.redact], censor: '[REDACTED]' },
    autoLogging: config.logging.requests
      ? { ignore: (req) => quiet.some((p) => (req.url ?? '').startsWith(p)) }
      : false,
    // pino-http calls this when the request starts and again when it ends; only the second
    // knows the route (and a key returned twice would be written twice).
    customProps: (req, res) => {
      const route = res.writableFinished ? routeTemplateOf(req) : undefined;
      return route === undefined ? {} : { route };
    },
  };
  const destination = config.logging.destination;
  return { pinoHttp: destination ? [options, destination] : options };
}
