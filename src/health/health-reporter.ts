import { Inject, Injectable } from '@nestjs/common';
import type { ResolvedTelemetryConfig } from '../config/resolved-telemetry-config';
import type { TelemetrySdk } from '../sdk/telemetry-sdk';
import { ShutdownState } from '../shutdown/shutdown-state';
import { TELEMETRY_CONFIG, TELEMETRY_SDK } from '../telemetry.constants';
import { buildHealthReport } from './build-health-report';
import { HealthCheckRegistry } from './health-check.registry';
import type { HealthResponse } from './health-report.types';
import { runHealthCheck } from './run-health-check';
import { telemetryHealthChecks, type NamedHealthResult } from './telemetry-health-checks';

/** Answers the health endpoints: liveness from the process alone, readiness from every check. */
@Injectable()
export class HealthReporter {
  constructor(
    @Inject(TELEMETRY_CONFIG) private readonly config: ResolvedTelemetryConfig,
    @Inject(TELEMETRY_SDK) private readonly sdk: TelemetrySdk,
    private readonly registry: HealthCheckRegistry,
    private readonly shutdown: ShutdownState,
  ) {}

  /** The process is up and serving: always 200, whatever telemetry or dependencies say. */
  liveness(): HealthResponse {
    const process = {
      status: 'up' as const,
      pid: globalThis.process.pid,
      uptimeSeconds: Math.round(globalThis.process.uptime()),
    };
    const checks = { process };
    return { httpStatus: 200, body: { status: 'ok', info: checks, error: {}, details: checks } };
  }

  /** Runs every check in parallel, each within its own timeout; 503 when not ready. */
  async readiness(): Promise<HealthResponse> {
    const builtIn = telemetryHealthChecks(
      this.sdk.statuses.snapshots(),
      this.sdk.diagnostics.snapshot(),
    );
    const user = await Promise.all(
      this.registry.list().map(async (r): Promise<NamedHealthResult> => ({
        name: r.name,
        required: r.required,
        result: await runHealthCheck(r),
      })),
    );
    return buildHealthReport([...builtIn, ...user], {
      shuttingDown: this.shutdown.shuttingDown,
      degradedFailsReadiness: this.config.health.degradedFailsReadiness,
    });
  }
}
