import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Params } from 'nestjs-pino';
import type { Options } from 'pino-http';
import type { ResolvedTelemetryConfig } from '../config/resolved-telemetry-config';
import { routeTemplateOf } from '../http/route-template';
import { credentialHeaderSerializers } from './credential-header-serializers';
import { telemetryPinoMixin } from './telemetry-pino-mixin';

/**
 * nestjs-pino parameters with trace correlation: JSON lines at `logging.level`, the trace
 * mixin, credential headers masked (by serializers: pino `redact` only for `logging.redact`'s
 * extra paths, it costs a deep copy per serialization), one pino-http line per request with the
 * route template and status (health and metrics scrapes left out).
 */
export function telemetryPinoParams(config: ResolvedTelemetryConfig): Params {
  const quiet = [config.health.path, config.metrics.prometheus.path];
  const extraRedact = config.logging.redact;
  const options: Options = {
    level: config.logging.level,
    mixin: telemetryPinoMixin,
    serializers: credentialHeaderSerializers,
    ...(extraRedact.length > 0
      ? { redact: { paths: [...extraRedact], censor: '[REDACTED]' } }
      : {}),
    autoLogging: config.logging.requests
      ? { ignore: (req) => quiet.some((p) => (req.url ?? '').startsWith(p)) }
      : false,
    // The route is known when the request ends; adding it to the completion line's object (not
    // with customProps, which makes two child loggers per request) keeps the hot path lean.
    customSuccessObject: withRoute,
    customErrorObject: (req, res, _error, object) => withRoute(req, res, object),
  };
  const destination = config.logging.destination;
  return { pinoHttp: destination ? [options, destination] : options };
}

/** Adds `route` to the line of a request that finished (one that was aborted has none). */
function withRoute(req: IncomingMessage, res: ServerResponse, object: object): object {
  const route = res.writableFinished ? routeTemplateOf(req) : undefined;
  if (route !== undefined) (object as { route?: string }).route = route;
  return object;
}
