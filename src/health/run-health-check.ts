import type {
  HealthCheckOutcome,
  HealthCheckRegistration,
  HealthCheckResult,
} from './health-check.types';

/** Runs one check against its own deadline. Never rejects: errors and timeouts become `down`. */
export async function runHealthCheck(
  registration: HealthCheckRegistration,
): Promise<HealthCheckResult> {
  const started = Date.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<HealthCheckResult>((resolve) => {
    timer = setTimeout(
      () => resolve({ status: 'down', message: `timed out after ${registration.timeoutMs} ms` }),
      registration.timeoutMs,
    );
    timer.unref();
  });
  const run = Promise.resolve()
    .then(registration.check)
    .then(toResult, (error: unknown) => ({ status: 'down' as const, message: messageOf(error) }));
  try {
    const result = await Promise.race([run, timeout]);
    return { ...result, durationMs: Date.now() - started };
  } finally {
    clearTimeout(timer);
  }
}

function toResult(outcome: HealthCheckOutcome): HealthCheckResult {
  if (outcome === undefined || outcome === true) return { status: 'up' };
  if (outcome === false) return { status: 'down' };
  if (typeof outcome === 'object' && outcome !== null && isStatus(outcome.status))
    return { ...outcome };
  return {
    status: 'down',
    message: 'the check returned neither a boolean nor { status: up | degraded | down }',
  };
}

function isStatus(value: unknown): value is HealthCheckResult['status'] {
  return value === 'up' || value === 'degraded' || value === 'down';
}

function messageOf(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : String(error);
}
