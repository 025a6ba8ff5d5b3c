import type { Provider } from '@nestjs/common';
import type { Logger } from 'pino';
import type { ResolvedTelemetryConfig } from '../config/resolved-telemetry-config';
import { AppRequestHub } from '../http/app-request-hub';
import type { TelemetrySdk } from '../sdk/telemetry-sdk';
import { TELEMETRY_SDK } from '../telemetry.constants';
import { RequestLogWriter } from './request-log-writer';
import { requestLoggerEntry } from './request-logger-store';
import { quietRequestPaths } from './telemetry-pino-options';

/** Inject token of the request log's registration on the app's request hub. @internal */
export const REQUEST_LOG = 'TELEMETRY:REQUEST_LOG';

/**
 * Per request of the app's HTTP server: `logger` (the module's pino logger) becomes the one Nest's
 * logger writes to, and, with `logging.requests`, one line is written when the response closes.
 */
export function requestLogProviders(
  structure: ResolvedTelemetryConfig,
  logger: Logger,
): Provider[] {
  return [
    {
      provide: REQUEST_LOG,
      useFactory: (hub: AppRequestHub, sdk: TelemetrySdk) => {
        const writer = structure.logging.requests
          ? new RequestLogWriter(logger, quietRequestPaths(structure), sdk.diagnostics)
          : undefined;
        hub.add({
          requestStarted: requestLoggerEntry(logger),
          requestClosed: (req, res, start) => writer?.requestClosed(req, res, start),
        });
        return writer;
      },
      inject: [AppRequestHub, TELEMETRY_SDK],
    },
  ];
}
