import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Params } from 'nestjs-pino';
import type { Options } from 'pino-http';
import type { ResolvedTelemetryConfig } from '../config/resolved-telemetry-config';
import { routeTemplateOf } from '../http/route-template';
import { quietRequestPaths, telemetryPinoOptions } from './telemetry-pino-options';

/**
 * nestjs-pino parameters with trace correlation, for an app that configures LoggerModule itself
 * (with `logging.enabled: false`): the options of `telemetryPinoOptions`, and pino-http's line per
 * request with the route template and status (health and metrics scrapes left out).
 * TelemetryModule itself writes its request lines without pino-http (see RequestLogWriter).
 */
export function telemetryPinoParams(config: ResolvedTelemetryConfig): Params {
  const quiet = quietRequestPaths(config);
  const options: Options = {
    ...telemetryPinoOptions(config),
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
