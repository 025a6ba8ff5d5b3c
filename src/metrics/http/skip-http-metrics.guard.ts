import type { IncomingMessage } from 'node:http';
import type { CanActivate, ExecutionContext } from '@nestjs/common';
import { markSkipped } from './http-request-state';

/**
 * Leaves the requests of a route out of the HTTP metrics; never denies, never throws. Only the
 * routes marked `SKIP_HTTP_METRICS` or `@SkipTelemetry()` get it (see `guardSkippedRoutes`): as a
 * global guard it would make Nest await a guard step on every request of the app. Stateless and
 * frozen, so one object serves every app of the process.
 */
export const SKIP_HTTP_METRICS_GUARD: CanActivate = Object.freeze({
  canActivate(context: ExecutionContext): true {
    try {
      if (context.getType() !== 'http') return true;
      const req = context.switchToHttp().getRequest<{ raw?: IncomingMessage }>();
      markSkipped(req.raw ?? req);
    } catch {
      // Telemetry never fails a request: the request is then counted.
    }
    return true;
  },
});
