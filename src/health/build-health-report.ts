import type { HealthResponse } from './health-report.types';
import type { NamedHealthResult } from './telemetry-health-checks';

/** How results turn into a verdict. */
export interface HealthVerdictRules {
  shuttingDown: boolean;
  degradedFailsReadiness: boolean;
}

/**
 * Sorts results into the terminus shape: a required check that is down (or degraded, when
 * `degradedFailsReadiness`) goes to `error` and makes the answer 503; during shutdown the
 * status is `shutting_down` and the answer 503 whatever the checks say.
 */
export function buildHealthReport(
  results: readonly NamedHealthResult[],
  rules: HealthVerdictRules,
): HealthResponse {
  const body: HealthResponse['body'] = { status: 'ok', info: {}, error: {}, details: {} };
  for (const { name, required, result } of results) {
    const failing =
      required &&
      (result.status === 'down' || (result.status === 'degraded' && rules.degradedFailsReadiness));
    (failing ? body.error : body.info)[name] = result;
    body.details[name] = result;
  }
  if (rules.shuttingDown) body.status = 'shutting_down';
  else if (Object.keys(body.error).length > 0) body.status = 'error';
  return { httpStatus: body.status === 'ok' ? 200 : 503, body };
}
