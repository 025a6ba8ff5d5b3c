import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { TelemetryDiagnostics } from '../diagnostics/telemetry-diagnostics';
import type { AppRequestObserver } from '../http/app-request-hub';
import { routeTemplateOf } from '../http/route-template';
import { type RequestLine, RequestLineJson, type RequestLineLevel } from './request-line-json';

/** The parts of an Express or Fastify request a request line reads, beyond Node's own. */
interface FrameworkRequest extends IncomingMessage {
  originalUrl?: string;
}

/** An id given to the request by the framework or a middleware, kept when present. */
function givenId(req: IncomingMessage): unknown {
  return (req as { id?: unknown }).id;
}

/**
 * Writes one line per request when its response closes, in pino-http's shape (`req`, `res`,
 * `responseTime`, `msg: 'request completed'`) plus the route template: `request errored` at error
 * level for 5xx, `request aborted` at warn level when the client went away first. It runs in the
 * request's trace context (the response's listeners are bound to it), so the line carries the
 * server span's ids.
 *
 * Unlike pino-http it makes no child logger per request and adds no property to the request or
 * response: both cost more than the line itself. Never throws into the request.
 */
export class RequestLogWriter implements Pick<AppRequestObserver, 'requestClosed'> {
  private lastId = 0;
  /** Renders the line without pino's generic path, when the logger is this module's own. */
  private readonly json: RequestLineJson | undefined;

  constructor(
    private readonly logger: Logger,
    private readonly quietPaths: readonly string[],
    private readonly diagnostics: TelemetryDiagnostics,
  ) {
    this.json = RequestLineJson.create(logger);
  }

  requestClosed(req: IncomingMessage, res: ServerResponse, startMs: number): void {
    const framework = req as FrameworkRequest;
    const url = framework.originalUrl ?? req.url ?? '';
    for (const path of this.quietPaths) if (url.startsWith(path)) return;
    this.write(framework, url, res, ++this.lastId, startMs);
  }

  private write(
    req: FrameworkRequest,
    url: string,
    res: ServerResponse,
    id: number,
    start: number,
  ): void {
    try {
      const finished = res.writableFinished;
      const line: RequestLine = {
        req: {
          id: givenId(req) ?? id,
          method: req.method,
          url,
          headers: req.headers,
          remoteAddress: req.socket?.remoteAddress,
          remotePort: req.socket?.remotePort,
        },
        res: { statusCode: res.statusCode, headers: res.getHeaders() },
        responseTime: Math.round(performance.now() - start),
      };
      const route = finished ? routeTemplateOf(req) : undefined;
      if (route !== undefined) line.route = route;
      if (!finished) this.log('warn', line, 'request aborted');
      else if (res.statusCode >= 500) this.log('error', line, 'request errored');
      else this.log('info', line, 'request completed');
    } catch (error) {
      this.diagnostics.count('request_log_failed');
      this.diagnostics.errorRateLimited(
        'request-log',
        `Writing the request log line failed: ${(error as Error)?.message}`,
      );
    }
  }

  private log(level: RequestLineLevel, line: RequestLine, msg: string): void {
    if (!this.json?.write(level, line, msg)) this.logger[level](line, msg);
  }
}
