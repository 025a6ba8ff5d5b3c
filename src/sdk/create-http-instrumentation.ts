import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { getActiveRuntime } from '../runtime/active-runtime';
import { isHealthRoute } from '../health/health-routes';

/**
 * instrumentation-http, minus server spans for this library's own endpoints (health probes).
 * The paths are read from the running module at request time, so the preload entry (started
 * before any module) honours a `health.path` given to forRoot.
 */
export function createHttpInstrumentation(): HttpInstrumentation {
  return new HttpInstrumentation({
    ignoreIncomingRequestHook: (request) => {
      const config = getActiveRuntime()?.config;
      return config !== undefined && isHealthRoute(request.url ?? '', config);
    },
  });
}
